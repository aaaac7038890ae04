import BraudelText
import GRDB

/// Decides `a NEAR/k b` when a side is a concept, which FTS5 cannot see: the candidate sentences
/// (both sides present) are re-tokenized and the mention and word spans compared by word-token
/// distance, counted the way FTS5 counts NEAR (tokens strictly between the two).
struct ConceptNearFilter {
    /// Concept id to the ids it stands for, as in ``SearchQuerySQL/concepts``.
    let concepts: [String: [String]]

    /// Ids of sentences where the sides of `near` occur at most its distance apart.
    func sentences(_ near: SearchExpression, compiler: SearchQuerySQL, _ db: Database) throws -> [Int64] {
        guard case .near(let left, let right, let distance) = near else { return [] }
        let candidates = compiler.select(.and([left, right]))
        let leftMentions = try mentionSpans(left, in: candidates, db)
        let rightMentions = try mentionSpans(right, in: candidates, db)
        let rows = try Row.fetchAll(db, sql: "SELECT id, start, text FROM sentence WHERE id IN (\(candidates.sql)) ORDER BY id",
                                    arguments: candidates.arguments)
        var found = [Int64]()
        for row in rows {
            let id: Int64 = row["id"]
            let text: String = row["text"]
            let sentenceStart: Int = row["start"]
            let scalars = Array(text.unicodeScalars)
            guard let tokens = try? Segmenter.segment(text).tokens else { continue }
            func tokenRanges(_ side: SearchExpression, _ mentions: [Int64: [QuerySpan]]?) -> [ClosedRange<Int>] {
                let spans = mentions.map { ($0[id] ?? []).map { QuerySpan(start: $0.start - sentenceStart, end: $0.end - sentenceStart) } }
                    ?? TermLocator(side)?.spans(in: scalars) ?? []
                return spans.compactMap { Self.tokenRange(of: $0, in: tokens) }
            }
            if Self.within(distance, tokenRanges(left, leftMentions), tokenRanges(right, rightMentions)) {
                found.append(id)
            }
        }
        return found
    }

    /// Document-offset spans of a concept side's mentions per candidate sentence; nil for a
    /// word or phrase side.
    private func mentionSpans(_ side: SearchExpression, in candidates: (sql: String, arguments: StatementArguments),
                              _ db: Database) throws -> [Int64: [QuerySpan]]? {
        guard case .concept(let concept) = side else { return nil }
        let ids = concepts[concept] ?? [concept]
        let sql = """
            SELECT sentence_id, start, "end" FROM mention
            WHERE concept IN (\(databaseQuestionMarks(count: ids.count))) AND sentence_id IN (\(candidates.sql))
            """
        var spans = [Int64: [QuerySpan]]()
        for row in try Row.fetchAll(db, sql: sql, arguments: StatementArguments(ids) + candidates.arguments) {
            spans[row["sentence_id"], default: []].append(QuerySpan(start: row["start"], end: row["end"]))
        }
        return spans
    }

    /// Indices of the first and last token a span overlaps.
    static func tokenRange(of span: QuerySpan, in tokens: [Token]) -> ClosedRange<Int>? {
        guard let first = tokens.firstIndex(where: { $0.end > span.start && $0.start < span.end }),
              let last = tokens.lastIndex(where: { $0.end > span.start && $0.start < span.end }) else { return nil }
        return first...last
    }

    /// True when some pair of occurrences has at most `distance` tokens between them
    /// (overlapping occurrences count as adjacent).
    static func within(_ distance: Int, _ left: [ClosedRange<Int>], _ right: [ClosedRange<Int>]) -> Bool {
        left.contains { a in
            right.contains { b in
                let gap = a.upperBound < b.lowerBound ? b.lowerBound - a.upperBound - 1
                    : b.upperBound < a.lowerBound ? a.lowerBound - b.upperBound - 1 : 0
                return gap <= distance
            }
        }
    }
}
