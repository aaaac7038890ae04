import Foundation

/// One period of a series: `events` of interest out of `total` (mentions of a concept out of the
/// year's tokens, citations of a work out of the year's citations).
public struct BurstBatch: Sendable, Hashable {
    public var period: Int
    public var events: Int
    public var total: Int

    public init(period: Int, events: Int, total: Int) {
        self.period = period
        self.events = events
        self.total = total
    }
}

/// A run of periods in the burst state, with Kleinberg's weight: how much cheaper the burst
/// state explains those periods than the base state.
public struct Burst: Sendable, Hashable {
    public var begin: Int
    public var end: Int
    public var strength: Double

    public init(begin: Int, end: Int, strength: Double) {
        self.begin = begin
        self.end = end
        self.strength = strength
    }
}

/// Kleinberg's two-state burst detection for batched data ("Bursty and hierarchical structure in
/// streams", 2002, §4), the variant CiteSpace applies to citations per year. The base state emits
/// events at the series' overall rate p₀ = Σr/Σd, the burst state at s·p₀; a period costs
/// −ln(p^r (1−p)^(d−r)) (the binomial coefficient is the same in both states and cancels), and
/// entering the burst state costs γ·ln n for a series of n periods. The cheapest state sequence
/// (Viterbi) gives the bursts.
public struct BurstDetector: Sendable, Hashable {
    /// How much higher the burst rate is than the base rate.
    public var scale: Double
    /// The price of entering a burst: higher γ, fewer and longer bursts.
    public var gamma: Double

    public init(scale: Double = 2, gamma: Double = 1) {
        self.scale = scale
        self.gamma = gamma
    }

    /// Bursts of a series of consecutive periods, in order (a period without data is a batch of 0/0).
    public func bursts(_ batches: [BurstBatch]) -> [Burst] {
        let events = batches.reduce(0) { $0 + $1.events }, total = batches.reduce(0) { $0 + $1.total }
        guard batches.count > 1, events > 0, total > events else { return [] }
        let base = Double(events) / Double(total)
        let rates = [base, min(scale * base, 0.9999)]
        guard rates[1] > rates[0] else { return [] }
        let costs = batches.map { batch in rates.map { Self.cost(batch, rate: $0) } }
        let entry = gamma * log(Double(batches.count))
        let states = Self.cheapestStates(costs, entry: entry)
        var found = [Burst]()
        var start: Int?
        for index in 0...batches.count {
            let bursting = index < batches.count && states[index] == 1
            if bursting, start == nil { start = index }
            if !bursting, let first = start {
                let strength = (first..<index).reduce(0.0) { $0 + costs[$1][0] - costs[$1][1] }
                found.append(Burst(begin: batches[first].period, end: batches[index - 1].period, strength: strength))
                start = nil
            }
        }
        return found
    }

    private static func cost(_ batch: BurstBatch, rate: Double) -> Double {
        -(Double(batch.events) * log(rate) + Double(batch.total - batch.events) * log(1 - rate))
    }

    /// Viterbi over two states starting in the base state; leaving a burst is free. Ties go to
    /// the base state, so a burst never begins or ends on a period that does not support it.
    private static func cheapestStates(_ costs: [[Double]], entry: Double) -> [Int] {
        var best = [0.0, entry]
        var back = [[Int]]()
        for (index, cost) in costs.enumerated() {
            if index > 0 {
                let toBase = best[0] <= best[1] ? 0 : 1
                let toBurst = best[0] + entry <= best[1] ? 0 : 1
                back.append([toBase, toBurst])
                best = [min(best[0], best[1]), min(best[0] + entry, best[1])]
            }
            best = [best[0] + cost[0], best[1] + cost[1]]
        }
        var state = best[0] <= best[1] ? 0 : 1
        var states = [state]
        for step in back.reversed() {
            state = step[state]
            states.append(state)
        }
        return states.reversed()
    }
}
