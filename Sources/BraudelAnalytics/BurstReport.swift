import BraudelIndex

/// A burst of one concept or work.
public struct ItemBurst: Sendable, Hashable {
    public var id: String
    public var label: String
    public var burst: Burst
    /// Events over the whole series (mentions, or citing documents).
    public var total: Int
}

/// Bursts of concepts (mentions per year against the year's tokens) and of cited works (citing
/// documents per year against all citing pairs of that year), over every year from the corpus's
/// first dated document to its last, as CiteSpace frames them.
public enum BurstReport {
    /// Bursts of the given concepts (all mentioned ones when nil), strongest first.
    public static func concepts(_ index: CorpusIndex, ids: [String]? = nil, detector: BurstDetector,
                                minStrength: Double = 0) throws -> [ItemBurst] {
        let labels = Dictionary(try index.conceptCounts().map { ($0.concept, $0.label) }, uniquingKeysWith: { a, _ in a })
        let rates = try index.conceptRates(ids ?? labels.keys.sorted()).rates
        var exposure = [Int: Int]()
        for rate in rates { exposure[rate.year] = rate.tokens }
        let rows = rates.map { (id: $0.concept, label: labels[$0.concept] ?? $0.concept, year: $0.year, events: $0.mentions) }
        return detect(rows, exposure: exposure, detector: detector, minStrength: minStrength)
    }

    /// Bursts of every cited work, strongest first.
    public static func works(_ index: CorpusIndex, detector: BurstDetector, minStrength: Double = 0) throws -> [ItemBurst] {
        let rows = try index.workCitingYears().map { (id: $0.work, label: $0.label, year: $0.year, events: $0.documents) }
        var exposure = [Int: Int]()
        for row in rows { exposure[row.year, default: 0] += row.events }
        return detect(rows, exposure: exposure, detector: detector, minStrength: minStrength)
    }

    /// Strongest bursts first, then by begin year and id.
    static func detect(_ rows: [(id: String, label: String, year: Int, events: Int)], exposure: [Int: Int],
                       detector: BurstDetector, minStrength: Double) -> [ItemBurst] {
        guard let first = exposure.keys.min(), let last = exposure.keys.max() else { return [] }
        var series = [String: (label: String, events: [Int: Int])]()
        for row in rows {
            series[row.id, default: (row.label, [:])].events[row.year, default: 0] += row.events
        }
        var found = [ItemBurst]()
        for (id, item) in series {
            let batches = (first...last).map { BurstBatch(period: $0, events: item.events[$0] ?? 0, total: exposure[$0] ?? 0) }
            let total = item.events.values.reduce(0, +)
            for burst in detector.bursts(batches) where burst.strength >= minStrength {
                found.append(ItemBurst(id: id, label: item.label, burst: burst, total: total))
            }
        }
        return found.sorted { ($0.burst.strength, $1.burst.begin, $1.id) > ($1.burst.strength, $0.burst.begin, $0.id) }
    }
}
