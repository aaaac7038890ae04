import Foundation
import GRDB

/// Compiles a ``SearchExpression`` into one SQL statement selecting matching sentence ids.
///
/// Sub-expressions the full-text index answers alone (words, phrases, prefixes, NEAR and their
/// AND/OR/NOT) become a single FTS5 MATCH whose every term is double-quoted, so nothing typed
/// reaches FTS5 as syntax. Concept terms read the `mention` table and filters the `document`
/// table; the pieces are joined with INTERSECT, UNION and EXCEPT on sentence ids.
struct SearchQuerySQL {
    /// Concept id to the ids it stands for (itself, or itself and narrower ones).
    let concepts: [String: [String]]
    /// Author filter text to the ids of documents it selects, resolved beforehand in Swift
    /// because SQLite's own case folding is ASCII-only.
    let authorDocuments: [String: [Int64]]
    /// Sentences satisfying each NEAR that involves a concept, found beforehand by
    /// ``ConceptNearFilter`` (token distances the mention table cannot give).
    var nearSentences: [SearchExpression: [Int64]] = [:]

    /// A SELECT of column `id` and its arguments.
    func select(_ expression: SearchExpression) -> (sql: String, arguments: StatementArguments) {
        if let match = Self.ftsExpression(expression) {
            return ("SELECT rowid AS id FROM sentence_fts WHERE sentence_fts MATCH ?", [match])
        }
        switch expression {
        case .concept(let id):
            let ids = concepts[id] ?? [id]
            // DISTINCT: a sentence mentioning the concept twice is one hit, also when filters
            // join it as a row set rather than through INTERSECT.
            return ("SELECT DISTINCT sentence_id AS id FROM mention WHERE concept IN (\(databaseQuestionMarks(count: ids.count)))",
                    StatementArguments(ids))
        case .author(let name):
            return ("SELECT id FROM sentence WHERE document_id IN (\(documentList(name)))", [])
        case .year(let range):
            return ("SELECT s.id FROM sentence s JOIN document d ON d.id = s.document_id WHERE d.year BETWEEN ? AND ?",
                    [range.from ?? Int.min, range.to ?? Int.max])
        case .language(let code):
            return ("SELECT s.id FROM sentence s JOIN document d ON d.id = s.document_id WHERE d.language = ?", [code])
        case .or(let parts):
            return compound(parts.map(select), operator: "UNION")
        case .and(let parts):
            return conjunction(parts)
        case .not(let inner):
            return compound([("SELECT id FROM sentence", []), select(inner)], operator: "EXCEPT")
        case .near:
            let ids = (nearSentences[expression] ?? []).map(String.init).joined(separator: ",")
            return ("SELECT id FROM sentence WHERE id IN (\(ids))", [])
        case .word, .phrase:
            preconditionFailure("text terms always have an FTS expression")
        }
    }

    /// Positive parts intersected, then every negated part taken away (from all sentences when
    /// nothing positive is left). When a selective part (words, a concept, NEAR) is there,
    /// document filters and negated concepts and words become row checks on its hits instead of
    /// sets: `year:..1980` alone is most of a large index, and intersecting such sets took
    /// minutes where probing each hit takes a second.
    private func conjunction(_ parts: [SearchExpression]) -> (sql: String, arguments: StatementArguments) {
        var positives = [SearchExpression](), negatives = [SearchExpression]()
        for part in parts {
            if case .not(let inner) = part { negatives.append(inner) } else { positives.append(part) }
        }
        let selective = positives.filter { !$0.isDocumentFilter }
        if !selective.isEmpty {
            return filtered(compound(selective.map(select), operator: "INTERSECT"),
                            filters: positives.filter(\.isDocumentFilter), negatives: negatives)
        }
        var pieces = positives.isEmpty ? [("SELECT id FROM sentence", StatementArguments())] : []
        pieces += positives.map(select)
        let base = compound(pieces, operator: "INTERSECT")
        guard !negatives.isEmpty else { return base }
        return compound([base] + negatives.map(select), operator: "EXCEPT")
    }

    /// The hits of `base` that pass the document filters and none of the negated parts.
    private func filtered(_ base: (sql: String, arguments: StatementArguments), filters: [SearchExpression],
                          negatives: [SearchExpression]) -> (sql: String, arguments: StatementArguments) {
        guard !filters.isEmpty || !negatives.isEmpty else { return base }
        var conditions = [String](), arguments = base.arguments
        for filter in filters {
            // The documents a filter keeps, as a set of ids made once from an index on `document`
            // (`document_year`, `document_language`): probing each hit's document row read a
            // page of that document's text per hit.
            switch filter {
            case .year(let range):
                conditions.append("s.document_id IN (SELECT id FROM document WHERE year BETWEEN ? AND ?)")
                arguments += [range.from ?? Int.min, range.to ?? Int.max]
            case .author(let name):
                conditions.append("s.document_id IN (\(documentList(name)))")
            case .language(let code):
                conditions.append("s.document_id IN (SELECT id FROM document WHERE language = ?)")
                arguments += [code]
            default: continue
            }
        }
        var exceptions = [(sql: String, arguments: StatementArguments)]()
        for negative in negatives {
            if case .concept(let id) = negative {
                let ids = concepts[id] ?? [id]
                conditions.append("NOT EXISTS (SELECT 1 FROM mention m WHERE m.sentence_id = b.id AND m.concept IN (\(databaseQuestionMarks(count: ids.count))))")
                arguments += StatementArguments(ids)
            } else {
                exceptions.append(select(negative))
            }
        }
        let join = filters.isEmpty ? "" : " JOIN sentence s ON s.id = b.id"
        let whereClause = conditions.isEmpty ? "" : " WHERE " + conditions.joined(separator: " AND ")
        let kept = ("SELECT b.id AS id FROM (\(base.sql)) b\(join)\(whereClause)", arguments)
        return exceptions.isEmpty ? kept : compound([kept] + exceptions, operator: "EXCEPT")
    }

    /// The ids of the documents an `author:` filter selects, as an SQL list.
    private func documentList(_ name: String) -> String {
        (authorDocuments[name] ?? []).map(String.init).joined(separator: ",")
    }

    private func compound(_ pieces: [(sql: String, arguments: StatementArguments)], operator name: String)
        -> (sql: String, arguments: StatementArguments) {
        guard pieces.count > 1 else { return pieces[0] }
        var arguments = StatementArguments()
        for piece in pieces { arguments += piece.arguments }
        let sql = pieces.map { "SELECT id FROM (\($0.sql))" }.joined(separator: " \(name) ")
        return (sql, arguments)
    }

    /// The FTS5 expression for a node the full-text index answers alone, else nil.
    static func ftsExpression(_ expression: SearchExpression) -> String? {
        switch expression {
        case .word(let text, let prefix): return quoted(text) + (prefix ? "*" : "")
        case .phrase(let text): return quoted(text)
        case .near(let left, let right, let distance):
            guard let left = ftsExpression(left), let right = ftsExpression(right) else { return nil }
            return "NEAR(\(left) \(right), \(distance))"
        case .or(let parts):
            let inner = parts.compactMap(ftsExpression)
            return inner.count == parts.count ? "(" + inner.joined(separator: " OR ") + ")" : nil
        case .and(let parts):
            return conjunctionExpression(parts)
        case .not, .concept, .author, .year, .language: return nil
        }
    }

    /// `(a AND b) NOT (c OR d)` for text-only parts with at least one positive; FTS5 has no
    /// unary NOT.
    private static func conjunctionExpression(_ parts: [SearchExpression]) -> String? {
        var positives = [String](), negatives = [String]()
        for part in parts {
            if case .not(let inner) = part {
                guard let text = ftsExpression(inner) else { return nil }
                negatives.append(text)
            } else {
                guard let text = ftsExpression(part) else { return nil }
                positives.append(text)
            }
        }
        guard !positives.isEmpty else { return nil }
        let base = "(" + positives.joined(separator: " AND ") + ")"
        return negatives.isEmpty ? base : base + " NOT (" + negatives.joined(separator: " OR ") + ")"
    }

    /// A term as an FTS5 string: double-quoted, inner quotes doubled, so it is only ever text.
    static func quoted(_ text: String) -> String {
        "\"" + text.replacingOccurrences(of: "\"", with: "\"\"") + "\""
    }
}

extension SearchExpression {
    /// `author:` and `year:`: they select documents, and so most sentences of an index.
    var isDocumentFilter: Bool {
        switch self {
        case .author, .year, .language: return true
        default: return false
        }
    }

    /// Text terms and concept ids the query asks to find (not those under NOT), for ranking
    /// and highlighting.
    var positiveTerms: [SearchExpression] {
        switch self {
        case .word, .phrase, .concept: return [self]
        case .near(let left, let right, _): return [left, right]
        case .and(let parts), .or(let parts): return parts.flatMap(\.positiveTerms)
        case .not, .author, .year, .language: return []
        }
    }

    /// NEAR nodes with a concept side, which FTS5 cannot answer.
    var conceptNears: [SearchExpression] {
        switch self {
        case .near(let left, let right, _) where SearchQuerySQL.ftsExpression(left) == nil
            || SearchQuerySQL.ftsExpression(right) == nil:
            return [self]
        case .and(let parts), .or(let parts): return parts.flatMap(\.conceptNears)
        case .not(let inner): return inner.conceptNears
        default: return []
        }
    }

    /// Author filter values anywhere in the query.
    var authorNames: [String] {
        switch self {
        case .author(let name): return [name]
        case .and(let parts), .or(let parts): return parts.flatMap(\.authorNames)
        case .not(let inner): return inner.authorNames
        default: return []
        }
    }
}
