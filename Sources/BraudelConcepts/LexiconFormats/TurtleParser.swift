/// An RDF term as the SKOS importer needs it.
enum RDFTerm: Equatable {
    case iri(String)
    case blank(String)
    case literal(String, language: String?)

    /// The IRI or blank node label a subject or link names.
    var resource: String? {
        switch self {
        case .iri(let value), .blank(let value): return value
        case .literal: return nil
        }
    }
}

/// One RDF statement, with the line its subject was written on.
struct RDFTriple {
    var subject: String
    var predicate: String
    var object: RDFTerm
    var line: Int
}

/// Parses Turtle into triples: prefixes and base, predicate-object lists (`;`), object lists
/// (`,`), `a`, blank node property lists (`[ … ]`) and collections (parsed; their members are
/// not needed for SKOS and are dropped). Nesting of `[` and `(` is capped at ``maxDepth`` so a
/// hostile file fails with a line-numbered error instead of overflowing the stack.
struct TurtleParser {
    static let rdfType = "http://www.w3.org/1999/02/22-rdf-syntax-ns#type"
    /// Deepest nesting of blank node property lists and collections accepted.
    static let maxDepth = 256

    private let tokens: [TurtleToken]
    private var position = 0
    private var prefixes = [String: String]()
    private var base = ""
    private var blankCount = 0
    private var depth = 0
    private(set) var triples = [RDFTriple]()

    /// Parses `text`; throws the first syntax error with its line.
    init(_ text: String) throws {
        var lexer = TurtleLexer(text)
        tokens = try lexer.tokens()
        while position < tokens.count { try statement() }
    }

    private var line: Int { position < tokens.count ? tokens[position].line : (tokens.last?.line ?? 1) }

    private func error(_ reason: String) -> TurtleSyntaxError { TurtleSyntaxError(line: line, reason: reason) }

    private mutating func take() throws -> TurtleToken {
        guard position < tokens.count else { throw error("unexpected end of file") }
        position += 1
        return tokens[position - 1]
    }

    private func peekPunctuation(_ mark: String) -> Bool {
        position < tokens.count && tokens[position].kind == .punctuation(mark)
    }

    private mutating func expect(_ mark: String) throws {
        guard peekPunctuation(mark) else { throw error("expected '\(mark)'") }
        position += 1
    }

    private mutating func statement() throws {
        if case .directive(let name, let atStyle) = tokens[position].kind {
            position += 1
            try directive(name)
            if atStyle { try expect(".") } else if peekPunctuation(".") { position += 1 }
            return
        }
        let startLine = line
        let subject: String
        if peekPunctuation("[") {
            subject = try blankNodePropertyList()
            if peekPunctuation(".") { position += 1; return }
        } else {
            subject = try resource(try take(), role: "subject")
        }
        try predicateObjectList(subject: subject, line: startLine)
        try expect(".")
    }

    private mutating func directive(_ name: String) throws {
        if name == "prefix" {
            guard case .prefixedName(let prefix, let local) = try take().kind, local.isEmpty else { throw error("expected 'prefix:' after @prefix") }
            guard case .iri(let iri) = try take().kind else { throw error("expected <IRI> after the prefix name") }
            prefixes[prefix] = resolve(iri)
        } else {
            guard case .iri(let iri) = try take().kind else { throw error("expected <IRI> after @base") }
            base = resolve(iri)
        }
    }

    private mutating func predicateObjectList(subject: String, line: Int) throws {
        repeat {
            while peekPunctuation(";") { position += 1 }
            if peekPunctuation(".") || peekPunctuation("]") { return }
            let verb = try take()
            let predicate = verb.kind == .typeKeyword ? Self.rdfType : try resource(verb, role: "predicate")
            repeat {
                if peekPunctuation(",") { position += 1 }
                triples.append(RDFTriple(subject: subject, predicate: predicate, object: try object(), line: line))
            } while peekPunctuation(",")
        } while peekPunctuation(";")
    }

    private mutating func object() throws -> RDFTerm {
        if peekPunctuation("[") { return .blank(try blankNodePropertyList()) }
        if peekPunctuation("(") { return .blank(try collection()) }
        let token = try take()
        switch token.kind {
        case .literal(let text, let language):
            if peekPunctuation("^^") {
                position += 1
                _ = try resource(try take(), role: "datatype")
            }
            return .literal(text, language: language)
        case .bareLiteral(let text): return .literal(text, language: nil)
        default: return .iri(try resource(token, role: "object"))
        }
    }

    private mutating func blankNodePropertyList() throws -> String {
        try expect("[")
        try descend()
        defer { depth -= 1 }
        let node = freshBlank()
        if !peekPunctuation("]") { try predicateObjectList(subject: node, line: line) }
        try expect("]")
        return node
    }

    private mutating func collection() throws -> String {
        try expect("(")
        try descend()
        defer { depth -= 1 }
        while !peekPunctuation(")") { _ = try object() }
        try expect(")")
        return freshBlank()
    }

    private mutating func descend() throws {
        depth += 1
        guard depth <= Self.maxDepth else { throw error("'[' and '(' nested deeper than \(Self.maxDepth) levels") }
    }

    private mutating func freshBlank() -> String {
        blankCount += 1
        return "_:b\(blankCount)"
    }

    private func resource(_ token: TurtleToken, role: String) throws -> String {
        switch token.kind {
        case .iri(let iri): return resolve(iri)
        case .blankNode(let label): return "_:" + label
        case .prefixedName(let prefix, let local):
            guard let namespace = prefixes[prefix] else {
                throw TurtleSyntaxError(line: token.line, reason: "undeclared prefix '\(prefix):'")
            }
            return namespace + local
        default: throw TurtleSyntaxError(line: token.line, reason: "expected an IRI as \(role)")
        }
    }

    /// Resolves a relative IRI against @base (enough for vocabularies: fragments, paths).
    private func resolve(_ iri: String) -> String {
        if iri.contains(":") && !iri.hasPrefix("#") && !iri.hasPrefix("/") { return iri }
        if base.isEmpty { return iri }
        if iri.isEmpty { return base }
        if iri.hasPrefix("#") { return String(base.prefix { $0 != "#" }) + iri }
        if iri.hasPrefix("/"), let scheme = base.range(of: "://") {
            let host = base[scheme.upperBound...].prefix { $0 != "/" }
            return String(base[..<scheme.upperBound]) + host + iri
        }
        return String(base[...(base.lastIndex(of: "/") ?? base.startIndex)]) + iri
    }
}
