/// A parsed `braudel search` query: a boolean expression over words, phrases, concept mentions
/// and document filters, evaluated per sentence by ``CorpusIndex/search(_:expanding:limit:)``.
public struct SearchQuery: Sendable, Hashable {
    /// The query as typed, for error messages.
    public var text: String
    public var expression: SearchExpression

    /// Parses `text`; a malformed query is an ``IndexError/badQuery(query:reason:)`` whose
    /// reason names the character position at fault.
    public init(_ text: String) throws {
        self.text = text
        var parser = SearchQueryParser(text)
        expression = try parser.parse()
    }

    /// Every concept id the query names, in order of appearance, without repeats.
    public var conceptIDs: [String] {
        var seen = Set<String>()
        return expression.conceptIDs.filter { seen.insert($0).inserted }
    }

    /// True when the query is only plain words typed without any syntax, so that as a whole it
    /// may spell a lexicon concept (`world system`, `semi-peripheral`).
    public var isPlainWords: Bool {
        guard let tokens = try? SearchQueryLexer(text).tokens(), !tokens.isEmpty else { return false }
        return tokens.allSatisfy { token in
            if case .word(let word) = token.kind { return !word.hasSuffix("*") }
            return false
        }
    }
}

/// One node of a search query. Leaves match sentences; `and`, `or` and `not` combine them.
public indirect enum SearchExpression: Sendable, Hashable {
    /// A word as typed; `prefix` when it ended in `*`.
    case word(String, prefix: Bool)
    /// Consecutive words, matched ignoring case, diacritics and punctuation between them.
    case phrase(String)
    /// Any mention of the concept (and, when expanded, of its narrower concepts).
    case concept(String)
    /// Two words, phrases or concepts at most `distance` tokens apart in one sentence.
    case near(SearchExpression, SearchExpression, distance: Int)
    /// Documents with an author whose name contains this text (case and diacritics ignored).
    case author(String)
    /// Documents whose year lies in the range.
    case year(YearRange)
    case and([SearchExpression])
    case or([SearchExpression])
    case not(SearchExpression)

    var conceptIDs: [String] {
        switch self {
        case .concept(let id): return [id]
        case .and(let parts), .or(let parts): return parts.flatMap(\.conceptIDs)
        case .not(let inner): return inner.conceptIDs
        case .near(let left, let right, _): return left.conceptIDs + right.conceptIDs
        default: return []
        }
    }
}

/// An inclusive range of publication years; either end may be open.
public struct YearRange: Sendable, Hashable {
    public var from: Int?
    public var to: Int?

    public init(from: Int?, to: Int?) {
        self.from = from
        self.to = to
    }
}
