import BraudelMeasures
import BraudelText
import GRDB

/// Mention pairs at most K tokens apart, and the mention and token totals they are measured
/// against, per document year. Token positions are not stored in the index, so each document
/// holding two or more mentions is segmented again at query time: slower than the sentence,
/// paragraph and document units, but it needs no schema change.
struct WindowCounts {
    var mentions = [Int?: [String: Int]]()
    var pairs = [Int?: [PairCounter.PairKey: Int]]()
    var tokens = [Int?: Int]()

    static func load(_ db: Database, window: Int, byYear: Bool, focus: String?, path: String) throws -> WindowCounts {
        var counts = WindowCounts()
        for row in try Row.fetchAll(db, sql: "SELECT year, SUM(token_count) AS tokens FROM document GROUP BY year") {
            counts.tokens[byYear ? row["year"] as Int? : nil, default: 0] += row["tokens"] as Int
        }
        let documents = try Row.fetchAll(db, sql: """
            SELECT d.id, d.path, d.year, COUNT(*) AS n FROM mention m JOIN document d ON d.id = m.document_id
            GROUP BY d.id ORDER BY d.id
            """)
        for document in documents {
            let group: Int? = byYear ? document["year"] : nil
            let mentions = try Row.fetchAll(db, sql: """
                SELECT concept, start FROM mention WHERE document_id = ? ORDER BY start
                """, arguments: [document["id"] as Int64]).map { (concept: $0["concept"] as String, start: $0["start"] as Int) }
            for mention in mentions { counts.mentions[group, default: [:]][mention.concept, default: 0] += 1 }
            guard mentions.count > 1 else { continue }
            let text = try String.fetchOne(db, sql: "SELECT text FROM document WHERE id = ?",
                                           arguments: [document["id"] as Int64]) ?? ""
            let tokenStarts: [Int]
            do {
                tokenStarts = try Segmenter.segment(text).tokens.map(\.start)
            } catch {
                throw IndexError.database(path: path, reason: "cannot segment \(document["path"] as String): \(error)")
            }
            let positions = mentions.map { max(0, ParagraphMap.count(of: tokenStarts, atOrBefore: $0.start) - 1) }
            counts.countPairs(mentions.map(\.concept), at: positions, window: window, focus: focus, group: group)
        }
        return counts
    }

    /// Counts pairs of mentions of different concepts whose first tokens are at most `window`
    /// apart; `positions` ascend with the mentions.
    private mutating func countPairs(_ concepts: [String], at positions: [Int], window: Int, focus: String?, group: Int?) {
        for i in concepts.indices {
            var j = i + 1
            while j < concepts.count && positions[j] - positions[i] <= window {
                let (a, b) = (min(concepts[i], concepts[j]), max(concepts[i], concepts[j]))
                if a != b && (focus == nil || a == focus || b == focus) {
                    pairs[group, default: [:]][PairCounter.PairKey(a: a, b: b), default: 0] += 1
                }
                j += 1
            }
        }
    }

    /// The pairs of one year group with their measures; `a` is the focus concept when there is one.
    func associations(group: Int?, window: Int, minCount: Int, focus: String?, year: Int?,
                      labels: [String: String]) -> [ConceptAssociation] {
        let single = mentions[group] ?? [:], total = tokens[group] ?? 0
        return (pairs[group] ?? [:]).compactMap { key, count in
            guard count >= minCount else { return nil }
            let (a, b) = key.b == focus ? (key.b, key.a) : (key.a, key.b)
            let countA = single[a] ?? 0, countB = single[b] ?? 0
            let measures = AssociationMeasures(count: count, countA: countA, countB: countB, total: total, span: Self.span(of: window))
            return ConceptAssociation(
                a: a, aLabel: labels[a] ?? a, b: b, bLabel: labels[b] ?? b, year: year, unit: .window, window: window,
                count: count, countA: countA, countB: countB, units: total, expected: measures.expected,
                pmi: measures.pmi, npmi: measures.npmi, g2: measures.g2, dice: measures.dice, logDice: measures.logDice)
        }
    }

    /// 2K slots around a mention, saturating: K comes from the user (`--window`), and a huge K
    /// means "the whole document", not an overflow trap.
    static func span(of window: Int) -> Int {
        let doubled = window.multipliedReportingOverflow(by: 2)
        return doubled.overflow ? .max : doubled.partialValue
    }
}
