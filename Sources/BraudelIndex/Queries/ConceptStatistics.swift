import Foundation
import GRDB

extension CorpusIndex {
    /// Mentions and documents per concept, for concepts that occur; most mentioned first.
    public func conceptCounts() throws -> [ConceptCount] {
        try reading { db in
            try Row.fetchAll(db, sql: """
                SELECT concept, MIN(label) AS label, COUNT(*) AS mentions,
                       COUNT(DISTINCT document_id) AS documents
                FROM mention GROUP BY concept
                ORDER BY mentions DESC, concept
                """).map { row in
                ConceptCount(concept: row["concept"], label: row["label"],
                             mentions: row["mentions"], documents: row["documents"])
            }
        }
    }

    /// Concept pairs occurring in the same sentence at least `minCount` times, most frequent first
    /// (ties by NPMI, then ids), at most `top` pairs. Probabilities are over all indexed sentences.
    public func cooccurrence(top: Int? = nil, minCount: Int = 1) throws -> [ConceptPair] {
        try reading { db in
            let sentences = try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM sentence") ?? 0
            let rows = try Row.fetchAll(db, sql: """
                WITH present AS (SELECT DISTINCT sentence_id, concept FROM mention),
                     single AS (SELECT concept, COUNT(*) AS n FROM present GROUP BY concept),
                     label AS (SELECT concept, MIN(label) AS label FROM mention GROUP BY concept),
                     pair AS (
                        SELECT x.concept AS a, y.concept AS b, COUNT(*) AS n
                        FROM present x JOIN present y ON y.sentence_id = x.sentence_id AND x.concept < y.concept
                        GROUP BY x.concept, y.concept HAVING COUNT(*) >= ?)
                SELECT pair.a, la.label AS a_label, pair.b, lb.label AS b_label, pair.n,
                       sa.n AS n_a, sb.n AS n_b
                FROM pair
                JOIN single sa ON sa.concept = pair.a JOIN single sb ON sb.concept = pair.b
                JOIN label la ON la.concept = pair.a JOIN label lb ON lb.concept = pair.b
                """, arguments: [max(1, minCount)])
            let pairs = rows.map { row in
                Self.pair(row, sentences: sentences)
            }.sorted { lhs, rhs in
                if lhs.count != rhs.count { return lhs.count > rhs.count }
                if lhs.npmi != rhs.npmi { return lhs.npmi > rhs.npmi }
                return (lhs.a, lhs.b) < (rhs.a, rhs.b)
            }
            return top.map { Array(pairs.prefix(max(0, $0))) } ?? pairs
        }
    }

    private static func pair(_ row: Row, sentences: Int) -> ConceptPair {
        let count: Int = row["n"], countA: Int = row["n_a"], countB: Int = row["n_b"]
        let measures = Association(count: count, countA: countA, countB: countB, total: sentences)
        return ConceptPair(a: row["a"], aLabel: row["a_label"], b: row["b"], bLabel: row["b_label"],
                           count: count, countA: countA, countB: countB,
                           pmi: measures.pmi, npmi: measures.npmi)
    }
}

/// Pointwise mutual information of two events observed in `total` trials.
struct Association {
    let pmi: Double
    let npmi: Double

    init(count: Int, countA: Int, countB: Int, total: Int) {
        guard count > 0, countA > 0, countB > 0, total > 0 else {
            pmi = 0
            npmi = 0
            return
        }
        let n = Double(total)
        let pAB = Double(count) / n
        pmi = log(pAB / ((Double(countA) / n) * (Double(countB) / n)))
        // p(ab) = 1: both occur in every sentence; -log p(ab) is 0 and the association is perfect.
        npmi = pAB >= 1 ? 1 : pmi / -log(pAB)
    }
}
