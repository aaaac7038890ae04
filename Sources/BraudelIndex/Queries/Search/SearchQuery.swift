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
    /// Documents whose identified language is this ISO 639 code (`lang:fr`).
    case language(String)
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

extension SearchQuery {
    /// The query with its plain words read as a concept when, beside any document filters, they
    /// are all it holds and `concept` names one for them (`hegemony author:x` means
    /// `concept:hegemony author:x`, as `hegemony` alone means `concept:hegemony`).
    public func resolvingConceptWords(_ concept: (String) -> String?) -> SearchQuery {
        var resolved = self
        switch expression {
        case .word(let word, prefix: false):
            if let id = concept(word) { resolved.expression = .concept(id) }
        case .and(let parts):
            var words = [String](), filters = [SearchExpression]()
            for part in parts {
                if case .word(let word, prefix: false) = part { words.append(word) }
                else if part.isDocumentFilter { filters.append(part) }
                else { return self }
            }
            guard !words.isEmpty, let id = concept(words.joined(separator: " ")) else { return self }
            resolved.expression = filters.isEmpty ? .concept(id) : .and([.concept(id)] + filters)
        default:
            break
        }
        return resolved
    }

    /// The query with every `concept:` name replaced by what `resolve` makes of it (an id).
    public func mappingConcepts(_ resolve: (String) throws -> String) rethrows -> SearchQuery {
        var mapped = self
        mapped.expression = try expression.mappingConcepts(resolve)
        return mapped
    }
}

extension SearchExpression {
    func mappingConcepts(_ resolve: (String) throws -> String) rethrows -> SearchExpression {
        switch self {
        case .concept(let name): return .concept(try resolve(name))
        case .and(let parts): return .and(try parts.map { try $0.mappingConcepts(resolve) })
        case .or(let parts): return .or(try parts.map { try $0.mappingConcepts(resolve) })
        case .not(let inner): return .not(try inner.mappingConcepts(resolve))
        case .near(let left, let right, let distance):
            return .near(try left.mappingConcepts(resolve), try right.mappingConcepts(resolve), distance: distance)
        default: return self
        }
    }
}
