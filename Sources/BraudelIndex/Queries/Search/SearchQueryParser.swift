import Foundation

/// Recursive-descent parser for the search language, lowest precedence first:
/// `OR` < `AND` (also implicit between terms) < `NOT` < `NEAR/k` < terms and parentheses.
/// Terms with no letter or digit (a lone `-` or `&`) are dropped, as the full-text tokenizer
/// would drop them anyway; everything else malformed is an ``IndexError/badQuery(query:reason:)``.
/// Length, term count and nesting are capped so a hostile query fails with one line instead of
/// overflowing the stack (here or in the recursive SQL planner) or running for minutes.
struct SearchQueryParser {
    /// Longest query accepted, in characters.
    static let maxLength = 10_000
    /// Most words, phrases and filters in one query.
    static let maxTerms = 100
    /// Deepest nesting of parentheses and NOTs.
    static let maxDepth = 64

    private let query: String
    private var tokens: [SearchToken] = []
    private var next = 0
    private var depth = 0

    init(_ query: String) {
        self.query = query
    }

    mutating func parse() throws -> SearchExpression {
        guard query.count <= Self.maxLength else {
            throw IndexError.badQuery(query: String(query.prefix(60)) + "…", reason: "query is \(query.count) characters long; at most \(Self.maxLength)")
        }
        tokens = try SearchQueryLexer(query).tokens()
        let terms = tokens.filter { token in
            switch token.kind {
            case .word, .phrase, .field: true
            default: false
            }
        }.count
        guard terms <= Self.maxTerms else {
            throw IndexError.badQuery(query: String(query.prefix(60)) + "…", reason: "query has \(terms) terms; at most \(Self.maxTerms)")
        }
        try checkParentheses()
        let expression = try parseOr()
        if next < tokens.count {
            let token = tokens[next]
            throw failure(token.kind == .close ? "unbalanced ')'" : "unexpected \(describe(token))", at: token.position)
        }
        guard let expression else { throw IndexError.badQuery(query: query, reason: "no word, concept or filter to search for") }
        return expression
    }

    /// Reports unbalanced parentheses before anything else, as they are the likelier mistake
    /// than the operator left dangling by them.
    private func checkParentheses() throws {
        var open = [Int]()
        for token in tokens {
            if token.kind == .open {
                open.append(token.position)
                if open.count > Self.maxDepth { throw failure("parentheses nested deeper than \(Self.maxDepth) levels", at: token.position) }
            }
            if token.kind == .close {
                guard open.popLast() != nil else { throw failure("unbalanced ')'", at: token.position) }
            }
        }
        if let unclosed = open.last { throw failure("unbalanced '('", at: unclosed) }
    }

    private mutating func parseOr() throws -> SearchExpression? {
        var parts = [SearchExpression]()
        var before = next
        if let first = try parseAnd() { parts.append(first) }
        var sawOperand = next > before
        while let token = peek(), token.kind == .or {
            next += 1
            before = next
            let right = try parseAnd()
            guard sawOperand, next > before else { throw failure("OR needs a term on both sides", at: token.position) }
            if let right { parts.append(right) }
            sawOperand = true
        }
        return combine(parts, or: true)
    }

    private mutating func parseAnd() throws -> SearchExpression? {
        var parts = [SearchExpression]()
        var started = false
        while let token = peek(), token.kind != .or, token.kind != .close {
            if token.kind == .and {
                next += 1
                let before = next
                let right = try parseNot()
                guard started, next > before else { throw failure("AND needs a term on both sides", at: token.position) }
                if let right { parts.append(right) }
            } else if let part = try parseNot() {
                parts.append(part)
            }
            started = true
        }
        return combine(parts, or: false)
    }

    private mutating func parseNot() throws -> SearchExpression? {
        guard let token = peek(), token.kind == .not else { return try parseNear() }
        next += 1
        try descend(at: token.position)
        defer { depth -= 1 }
        guard let inner = try parseNot() else { throw failure("NOT needs a term after it", at: token.position) }
        return .not(inner)
    }

    private mutating func parseNear() throws -> SearchExpression? {
        if let token = peek(), case .near = token.kind { throw failure("NEAR needs a term on both sides", at: token.position) }
        let left = try parsePrimary()
        guard let token = peek(), case .near(let distance) = token.kind else { return left }
        next += 1
        guard let left, let right = try parsePrimary() else { throw failure("NEAR needs a term on both sides", at: token.position) }
        guard left.isNearOperand, right.isNearOperand else {
            throw failure("NEAR joins two words, phrases or concepts", at: token.position)
        }
        if let chained = peek(), case .near = chained.kind {
            throw failure("NEAR joins exactly two terms; combine pairs with AND", at: chained.position)
        }
        return .near(left, right, distance: distance)
    }

    private mutating func parsePrimary() throws -> SearchExpression? {
        guard let token = peek() else { return nil }
        switch token.kind {
        case .open:
            next += 1
            try descend(at: token.position)
            defer { depth -= 1 }
            let inner = try parseOr()
            guard let close = peek(), close.kind == .close else { throw failure("unbalanced '('", at: token.position) }
            next += 1
            return inner
        case .word(let text):
            next += 1
            return Self.word(text)
        case .phrase(let text):
            next += 1
            return Self.hasWordCharacter(text) ? .phrase(text) : nil
        case .field(let name, let value):
            next += 1
            return try field(name, value, at: token.position)
        case .close, .and, .or, .not, .near:
            return nil
        }
    }

    private func field(_ name: String, _ value: String, at position: Int) throws -> SearchExpression {
        let trimmed = value.trimmingCharacters(in: .whitespaces)
        guard !trimmed.isEmpty else { throw failure("\(name): needs a value", at: position) }
        switch name {
        case "concept": return .concept(trimmed)
        case "author": return .author(trimmed)
        case "lang":
            guard trimmed.count >= 2, trimmed.count <= 3, trimmed.allSatisfy({ $0.isASCII && $0.isLetter }) else {
                throw failure("lang: takes a language code such as en, fr, es, pt, de (got '\(trimmed)')", at: position)
            }
            return .language(trimmed.lowercased())
        default:
            guard let range = Self.yearRange(trimmed) else {
                throw failure("year: takes YEAR, FROM..TO, FROM.. or ..TO (got '\(trimmed)')", at: position)
            }
            return .year(range)
        }
    }

    static func yearRange(_ text: String) -> YearRange? {
        func year(_ part: Substring) -> Int?? {
            if part.isEmpty { return .some(nil) }
            guard part.count <= 4, let value = Int(part), value >= 0 else { return nil }
            return .some(value)
        }
        let parts = text.split(separator: "..", maxSplits: 1, omittingEmptySubsequences: false)
        if parts.count == 1 {
            guard let single = year(parts[0]), let single else { return nil }
            return YearRange(from: single, to: single)
        }
        guard let from = year(parts[0]), let to = year(parts[1]), from != nil || to != nil else { return nil }
        if let from, let to, from > to { return nil }
        return YearRange(from: from, to: to)
    }

    private static func word(_ text: String) -> SearchExpression? {
        var stem = Substring(text)
        var prefix = false
        while stem.hasSuffix("*") {
            stem = stem.dropLast()
            prefix = true
        }
        return hasWordCharacter(stem) ? .word(String(stem), prefix: prefix) : nil
    }

    static func hasWordCharacter<S: StringProtocol>(_ text: S) -> Bool {
        text.unicodeScalars.contains { $0.properties.isAlphabetic || $0.properties.numericType != nil }
    }

    /// Joins operands, flattening nested groups of the same operator and dropping repeated
    /// operands (`a OR a` is `a`): a term repeated hundreds of times cost minutes of SQL.
    private func combine(_ parts: [SearchExpression], or: Bool) -> SearchExpression? {
        guard parts.count > 1 else { return parts.first }
        var seen = Set<SearchExpression>()
        let flat = parts.flatMap { part -> [SearchExpression] in
            switch (part, or) {
            case (.or(let inner), true), (.and(let inner), false): return inner
            default: return [part]
            }
        }.filter { seen.insert($0).inserted }
        guard flat.count > 1 else { return flat.first }
        return or ? .or(flat) : .and(flat)
    }

    /// One level deeper into parentheses or NOTs, refused past ``maxDepth``.
    private mutating func descend(at position: Int) throws {
        depth += 1
        guard depth <= Self.maxDepth else { throw failure("parentheses and NOTs nested deeper than \(Self.maxDepth) levels", at: position) }
    }

    private func peek() -> SearchToken? { next < tokens.count ? tokens[next] : nil }

    private func failure(_ reason: String, at position: Int) -> IndexError {
        .badQuery(query: query, reason: "\(reason) at character \(position)")
    }

    private func describe(_ token: SearchToken) -> String {
        switch token.kind {
        case .word(let text): "'\(text)'"
        case .phrase(let text): "\"\(text)\""
        case .field(let name, _): "\(name):"
        case .open: "'('"
        case .close: "')'"
        case .and: "AND"
        case .or: "OR"
        case .not: "NOT"
        case .near: "NEAR"
        }
    }
}

extension SearchExpression {
    /// NEAR measures the distance between two single terms: words, prefixes, quoted phrases or
    /// concepts (a concept's mentions), not between groups or filters.
    var isNearOperand: Bool {
        switch self {
        case .word, .phrase, .concept: true
        default: false
        }
    }
}
