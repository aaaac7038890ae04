/// One token of a search query, with the character position where it starts (1-based, for
/// error messages a user can count).
struct SearchToken: Equatable {
    enum Kind: Equatable {
        case word(String)
        case phrase(String)
        /// `name:value`, with `value` unquoted when it was typed in double quotes.
        case field(name: String, value: String)
        case open, close, and, or, not
        case near(Int)
    }

    var kind: Kind
    var position: Int
}

/// Splits a query into tokens. Double quotes delimit phrases (and quoted field values); `(` opens
/// a group at the start of a token and `)` closes one at its end unless the word opened it, so
/// `world-system(s)` stays a word. Upper-case `AND`, `OR`, `NOT`, `NEAR` and `NEAR/k` are operators; any other casing is
/// a word.
struct SearchQueryLexer {
    static let fields: Set<String> = ["concept", "author", "year", "lang"]
    /// FTS5's own default NEAR distance, used for a bare `NEAR`.
    static let defaultNearDistance = 10

    private let query: String
    private let characters: [Character]

    init(_ query: String) {
        self.query = query
        // Control characters (NUL above all, which ends an FTS5 string early) only separate.
        characters = query.map { $0.unicodeScalars.contains { $0.properties.generalCategory == .control } ? " " : $0 }
    }

    func tokens() throws -> [SearchToken] {
        var tokens = [SearchToken]()
        var index = 0
        while index < characters.count {
            let character = characters[index]
            if character.isWhitespace {
                index += 1
            } else if character == "(" {
                tokens.append(SearchToken(kind: .open, position: index + 1))
                index += 1
            } else if character == ")" {
                tokens.append(SearchToken(kind: .close, position: index + 1))
                index += 1
            } else if character == "\"" {
                let (text, next) = try quoted(from: index)
                tokens.append(SearchToken(kind: .phrase(text), position: index + 1))
                index = next
            } else {
                let (token, next) = try bareToken(from: index)
                tokens.append(token)
                index = next
            }
        }
        return tokens
    }

    /// The text inside the quote opening at `start`, and the index after its closing quote.
    private func quoted(from start: Int) throws -> (String, Int) {
        guard let close = characters[(start + 1)...].firstIndex(of: "\"") else {
            throw IndexError.badQuery(query: query, reason: "unbalanced double quote at character \(start + 1)")
        }
        return (String(characters[(start + 1)..<close]), close + 1)
    }

    /// A word, operator or field starting at `start`. It ends at whitespace, a quote, or a run of
    /// `)` that is followed by whitespace, a quote or the end and does not close a `(` inside the
    /// word itself.
    private func bareToken(from start: Int) throws -> (SearchToken, Int) {
        var end = start
        var innerDepth = 0
        while end < characters.count, !characters[end].isWhitespace, characters[end] != "\"" {
            if characters[end] == "(" {
                innerDepth += 1
            } else if characters[end] == ")" && innerDepth > 0 {
                innerDepth -= 1
            } else if closesGroup(at: end) {
                break
            }
            end += 1
        }
        let text = String(characters[start..<end])
        let position = start + 1
        if let colon = text.firstIndex(of: ":"), Self.fields.contains(text[..<colon].lowercased()) {
            let name = text[..<colon].lowercased()
            var value = String(text[text.index(after: colon)...])
            var next = end
            if value.isEmpty, end < characters.count, characters[end] == "\"" {
                (value, next) = try quoted(from: end)
            }
            return (SearchToken(kind: .field(name: name, value: value), position: position), next)
        }
        return (SearchToken(kind: try Self.operatorOrWord(text, position: position, query: query), position: position), end)
    }

    /// True when the `)` at `index` ends a token: only `)`s follow up to a boundary.
    private func closesGroup(at index: Int) -> Bool {
        guard characters[index] == ")" else { return false }
        var next = index
        while next < characters.count, characters[next] == ")" { next += 1 }
        return next == characters.count || characters[next].isWhitespace || characters[next] == "\""
    }

    private static func operatorOrWord(_ text: String, position: Int, query: String) throws -> SearchToken.Kind {
        switch text {
        case "AND": return .and
        case "OR": return .or
        case "NOT": return .not
        case "NEAR": return .near(defaultNearDistance)
        default:
            guard text.hasPrefix("NEAR/") else { return .word(text) }
            guard let distance = Int(text.dropFirst(5)), (0...1000).contains(distance) else {
                throw IndexError.badQuery(query: query, reason: "NEAR/k needs a distance from 0 to 1000 at character \(position)")
            }
            return .near(distance)
        }
    }
}
