import Foundation

/// A term ranked as a cluster label: its log-likelihood ratio (Dunning's G²) for being more
/// frequent in the cluster's text units than in the other units.
public struct LabelTerm: Sendable, Hashable {
    public var term: String
    public var score: Double
    /// Units of the cluster holding the term.
    public var count: Int
}

/// Labels clusters as CiteSpace does: the terms most over-represented in a cluster's text units
/// (sentences citing its works, or its documents) against all other units, ranked by G².
public enum ClusterLabeler {
    /// For each cluster, its terms ranked by G² against the units outside it, over-represented
    /// ones only, best first, ties by term.
    public static func rank(_ counts: TermCounts, limit: Int = 5) -> [[LabelTerm]] {
        counts.inCluster.indices.map { cluster in
            let size = counts.clusterUnits[cluster], rest = counts.units - size
            let ranked = counts.inCluster[cluster].compactMap { term, a -> LabelTerm? in
                let c = (counts.everywhere[term] ?? 0) - a
                // Over-represented only: a rate inside above the rate outside.
                guard Double(a) * Double(max(rest, 1)) > Double(c) * Double(size) else { return nil }
                return LabelTerm(term: term, score: logLikelihood(a, size - a, c, rest - c), count: a)
            }
            return Array(ranked.sorted { ($0.score, $1.term) > ($1.score, $0.term) }.prefix(limit))
        }
    }

    /// G² of the 2×2 table [[a, b], [c, d]]: 2 Σ O ln(O/E).
    static func logLikelihood(_ a: Int, _ b: Int, _ c: Int, _ d: Int) -> Double {
        let cells = [a, b, c, d].map(Double.init)
        let n = cells.reduce(0, +)
        guard n > 0 else { return 0 }
        let rows = [cells[0] + cells[1], cells[2] + cells[3]], columns = [cells[0] + cells[2], cells[1] + cells[3]]
        var sum = 0.0
        for (index, observed) in cells.enumerated() where observed > 0 {
            let expected = rows[index / 2] * columns[index % 2] / n
            sum += observed * log(observed / expected)
        }
        return 2 * sum
    }
}

/// Term counts over text units, per cluster and overall: the contingency tables of the labels.
public struct TermCounts: Sendable, Hashable {
    /// Units holding each term, per cluster.
    public private(set) var inCluster: [[String: Int]]
    /// Units of each cluster.
    public private(set) var clusterUnits: [Int]
    /// Units holding each term, all units counted once.
    public private(set) var everywhere: [String: Int] = [:]
    /// All units, in clusters or not.
    public private(set) var units = 0

    public init(clusterCount: Int) {
        inCluster = [[String: Int]](repeating: [:], count: clusterCount)
        clusterUnits = [Int](repeating: 0, count: clusterCount)
    }

    /// Counts one unit holding `terms` and belonging to `clusters` (possibly none).
    public mutating func add(terms: some Collection<String>, clusters: some Collection<Int>) {
        add(units: 1, holding: Dictionary(terms.map { ($0, 1) }, uniquingKeysWith: { first, _ in first }), clusters: clusters)
    }

    /// Counts `count` units of which `holding[term]` hold each term, all belonging to `clusters`
    /// (a document's sentences, say).
    public mutating func add(units count: Int, holding: [String: Int], clusters: some Collection<Int>) {
        units += count
        for (term, held) in holding { everywhere[term, default: 0] += held }
        for cluster in clusters where cluster < clusterUnits.count {
            clusterUnits[cluster] += count
            for (term, held) in holding { inCluster[cluster][term, default: 0] += held }
        }
    }
}
