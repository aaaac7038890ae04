/// One lexical token of Turtle (RDF 1.1 Turtle), with the line it starts on.
struct TurtleToken: Equatable {
    enum Kind: Equatable {
        /// `<…>`, escapes resolved, not yet resolved against @base.
        case iri(String)
        /// `prefix:local` (either part may be empty).
        case prefixedName(prefix: String, local: String)
        /// `_:label`.
        case blankNode(String)
        /// A string with its language tag or datatype (`^^` followed by an IRI token).
        case literal(String, language: String?)
        /// Numbers and booleans, kept as written.
        case bareLiteral(String)
        /// `@prefix`, `@base` (`at`: ends with '.'), or SPARQL's `PREFIX`, `BASE`.
        case directive(String, at: Bool)
        /// `a`, standing for rdf:type.
        case typeKeyword
        /// `.`, `;`, `,`, `[`, `]`, `(`, `)`, `^^`.
        case punctuation(String)
    }
    var kind: Kind
    var line: Int
}

/// A Turtle syntax error: the line and what was expected.
struct TurtleSyntaxError: Error {
    var line: Int
    var reason: String
}

/// Splits Turtle text into tokens. Written as a scanner over Unicode scalars: the grammar is
/// small and a hand-written scanner gives exact line numbers for errors.
struct TurtleLexer {
    private let scalars: [Unicode.Scalar]
    private var position = 0
    private var line = 1

    init(_ text: String) { scalars = Array(text.unicodeScalars) }

    /// Every token of the text, in order.
    mutating func tokens() throws -> [TurtleToken] {
        var result = [TurtleToken]()
        while let token = try next() { result.append(token) }
        return result
    }

    private func peek(_ offset: Int = 0) -> Unicode.Scalar? {
        position + offset < scalars.count ? scalars[position + offset] : nil
    }

    private mutating func advance() -> Unicode.Scalar {
        let scalar = scalars[position]
        position += 1
        if scalar == "\n" { line += 1 }
        return scalar
    }

    private mutating func skipSpaceAndComments() {
        while let scalar = peek() {
            if scalar == "#" {
                while let s = peek(), s != "\n" { _ = advance() }
            } else if scalar.properties.isWhitespace {
                _ = advance()
            } else {
                return
            }
        }
    }

    private mutating func next() throws -> TurtleToken? {
        skipSpaceAndComments()
        guard let scalar = peek() else { return nil }
        let start = line
        func token(_ kind: TurtleToken.Kind) -> TurtleToken { TurtleToken(kind: kind, line: start) }
        switch scalar {
        case "<": return token(.iri(try iri()))
        case "\"", "'": return token(try literal())
        case "@":
            _ = advance()
            let word = name()
            if word == "prefix" || word == "base" { return token(.directive(word, at: true)) }
            throw TurtleSyntaxError(line: start, reason: "unknown directive '@\(word)'")
        case ".", ";", ",", "[", "]", "(", ")":
            _ = advance()
            return token(.punctuation(String(scalar)))
        case "^":
            guard peek(1) == "^" else { throw TurtleSyntaxError(line: start, reason: "expected '^^'") }
            _ = advance(); _ = advance()
            return token(.punctuation("^^"))
        case "_" where peek(1) == ":":
            _ = advance(); _ = advance()
            return token(.blankNode(name()))
        default:
            if scalar == "+" || scalar == "-" || ("0"..."9").contains(scalar) { return token(.bareLiteral(number())) }
            return token(try word())
        }
    }

    /// A name: letters, digits, `_`, `-`, `.` (not final) and escapes, as PN_LOCAL allows.
    private mutating func name() -> String {
        var text = String.UnicodeScalarView()
        while let scalar = peek() {
            if scalar == "\\", let escaped = peek(1) {
                _ = advance(); _ = advance()
                text.append(escaped)
            } else if scalar.properties.isAlphabetic || ("0"..."9").contains(scalar) || "_-%:".unicodeScalars.contains(scalar) {
                text.append(advance())
            } else if scalar == ".", let after = peek(1), after.properties.isAlphabetic || ("0"..."9").contains(after) || after == "_" {
                text.append(advance())
            } else {
                break
            }
        }
        return String(text)
    }

    private mutating func word() throws -> TurtleToken.Kind {
        let start = line
        let text = name()
        switch text {
        case "": throw TurtleSyntaxError(line: start, reason: "unexpected character '\(peek().map(String.init) ?? "")'")
        case "a": return .typeKeyword
        case "true", "false": return .bareLiteral(text)
        case _ where text.uppercased() == "PREFIX" || text.uppercased() == "BASE": return .directive(text.lowercased(), at: false)
        default:
            guard let colon = text.firstIndex(of: ":") else {
                throw TurtleSyntaxError(line: start, reason: "'\(text)' is neither a prefixed name nor a keyword")
            }
            return .prefixedName(prefix: String(text[..<colon]), local: String(text[text.index(after: colon)...]))
        }
    }

    private mutating func number() -> String {
        var text = String.UnicodeScalarView()
        while let scalar = peek(), "0123456789+-.eE".unicodeScalars.contains(scalar) {
            if scalar == ".", !(peek(1).map { ("0"..."9").contains($0) } ?? false) { break }
            text.append(advance())
        }
        return String(text)
    }

    private mutating func iri() throws -> String {
        let start = line
        _ = advance()
        var text = String.UnicodeScalarView()
        while let scalar = peek() {
            _ = advance()
            if scalar == ">" { return String(text) }
            if scalar == "\n" { break }
            if scalar == "\\" { text.append(try unicodeEscape()) } else { text.append(scalar) }
        }
        throw TurtleSyntaxError(line: start, reason: "unterminated IRI")
    }

    private mutating func literal() throws -> TurtleToken.Kind {
        let start = line
        let quote = advance()
        let long = peek() == quote && peek(1) == quote
        if long { _ = advance(); _ = advance() } else if peek() == quote {
            _ = advance()
            return .literal("", language: try languageTag())
        }
        var text = String.UnicodeScalarView()
        while let scalar = peek() {
            if scalar == quote && (!long || (peek(1) == quote && peek(2) == quote)) {
                _ = advance()
                if long { _ = advance(); _ = advance() }
                return .literal(String(text), language: try languageTag())
            }
            if scalar == "\n" && !long { break }
            _ = advance()
            text.append(scalar == "\\" ? try stringEscape() : scalar)
        }
        throw TurtleSyntaxError(line: start, reason: "unterminated string")
    }

    private mutating func languageTag() throws -> String? {
        guard peek() == "@" else { return nil }
        _ = advance()
        var tag = String.UnicodeScalarView()
        while let scalar = peek(), scalar.properties.isAlphabetic || ("0"..."9").contains(scalar) || scalar == "-" { tag.append(advance()) }
        return String(tag)
    }

    private mutating func stringEscape() throws -> Unicode.Scalar {
        guard let scalar = peek() else { throw TurtleSyntaxError(line: line, reason: "unterminated escape") }
        switch scalar {
        case "t": _ = advance(); return "\t"
        case "n": _ = advance(); return "\n"
        case "r": _ = advance(); return "\r"
        case "b": _ = advance(); return "\u{8}"
        case "f": _ = advance(); return "\u{C}"
        case "u", "U": return try unicodeEscape()
        default: return advance()
        }
    }

    /// `\uXXXX` or `\UXXXXXXXX`, the backslash already read.
    private mutating func unicodeEscape() throws -> Unicode.Scalar {
        let start = line
        guard let marker = peek(), marker == "u" || marker == "U" else {
            throw TurtleSyntaxError(line: start, reason: "bad escape in IRI")
        }
        _ = advance()
        var hex = ""
        for _ in 0..<(marker == "u" ? 4 : 8) {
            guard let digit = peek(), digit.properties.isASCIIHexDigit else { break }
            hex.unicodeScalars.append(advance())
        }
        guard hex.count == (marker == "u" ? 4 : 8), let value = UInt32(hex, radix: 16), let scalar = Unicode.Scalar(value) else {
            throw TurtleSyntaxError(line: start, reason: "bad \\\(marker) escape")
        }
        return scalar
    }
}
