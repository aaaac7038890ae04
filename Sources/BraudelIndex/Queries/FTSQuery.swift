/// Turns what a user types into an FTS5 query that cannot be a syntax error.
///
/// Accepted: words (implicitly ANDed), `"a phrase"`, a trailing `*` for a prefix (`hegemon*`),
/// and the upper-case operators `AND`, `OR`, `NOT` between terms. Every word and phrase is
/// emitted double-quoted, so FTS5 syntax characters the user types (`(`, `:`, `^`, `-`, a lone
/// `*`, `NEAR(`) are only text for the tokenizer; an unbalanced quote closes at the end of input;
/// terms with no letter or digit are dropped, and a query left with none is a ``IndexError/badQuery(query:reason:)``.
struct FTSQuery {
    /// The FTS5 MATCH expression.
    let expression: String
    /// The words and phrases searched, for callers that re-locate them in text.
    let terms: [String]

    private enum Item: Equatable {
        case term(String, prefix: Bool)
        case operation(String)
    }

    init(_ query: String) throws {
        let items = Self.normalize(Self.scan(query))
        guard !items.isEmpty else {
            throw IndexError.badQuery(query: query, reason: "no word to search for")
        }
        var parts = [String]()
        var terms = [String]()
        for item in items {
            switch item {
            case .term(let text, let prefix):
                parts.append("\"" + text + "\"" + (prefix ? "*" : ""))
                terms.append(text)
            case .operation(let name):
                parts.append(name)
            }
        }
        expression = parts.joined(separator: " ")
        self.terms = terms
    }

    /// A query for one exact phrase, whatever characters it holds.
    init(phrase: String) throws {
        let words = phrase.split(whereSeparator: { $0 == "\"" || $0.isWhitespace }).joined(separator: " ")
        guard Self.hasWordCharacter(words) else {
            throw IndexError.badQuery(query: phrase, reason: "no word to search for")
        }
        expression = "\"" + words + "\""
        terms = [words]
    }

    private static func scan(_ query: String) -> [Item] {
        var items = [Item]()
        var index = query.startIndex
        while index < query.endIndex {
            let character = query[index]
            if character.isWhitespace {
                index = query.index(after: index)
            } else if character == "\"" {
                let start = query.index(after: index)
                let close = query[start...].firstIndex(of: "\"") ?? query.endIndex
                items.append(.term(String(query[start..<close]), prefix: false))
                index = close < query.endIndex ? query.index(after: close) : close
            } else {
                let end = query[index...].firstIndex(where: { $0.isWhitespace || $0 == "\"" }) ?? query.endIndex
                items.append(word(String(query[index..<end])))
                index = end
            }
        }
        return items
    }

    private static func word(_ text: String) -> Item {
        if ["AND", "OR", "NOT"].contains(text) { return .operation(text) }
        var stem = Substring(text)
        var prefix = false
        while stem.hasSuffix("*") {
            stem = stem.dropLast()
            prefix = true
        }
        return .term(String(stem), prefix: prefix)
    }

    /// Drops empty terms and operators that do not stand between two terms.
    private static func normalize(_ items: [Item]) -> [Item] {
        var out = [Item]()
        for item in items {
            switch item {
            case .term(let text, _):
                guard hasWordCharacter(text) else { continue }
                out.append(item)
            case .operation:
                guard let last = out.last, case .term = last else { continue }
                out.append(item)
            }
        }
        while let last = out.last, case .operation = last { out.removeLast() }
        return out
    }

    private static func hasWordCharacter(_ text: String) -> Bool {
        text.unicodeScalars.contains { $0.properties.isAlphabetic || $0.properties.numericType != nil }
    }
}
