import BraudelText

/// BibTeX name lists: names joined by `and` at brace depth 0, each in one of the three forms
/// "First von Last", "von Last, First" and "von Last, Jr, First". A braced group is one word
/// (`{van der Linden}`, `{World Bank}`); a name that is one braced group is kept whole. The
/// von part is BibTeX's lower-case words, and the project's name particles (`NameParticles`)
/// written in capitals ("De la Vega") when another word follows them.
enum BibTeXNames {
    static func parse(_ value: String) -> [PersonName] {
        split(value, onWord: "and").compactMap(name)
    }

    /// One name from its raw (LaTeX) text; nil for "others" (BibTeX's et al.).
    private static func name(_ raw: String) -> PersonName? {
        let trimmed = raw.trimmingCharacters(in: .whitespacesAndNewlines)
        if trimmed.isEmpty || trimmed.lowercased() == "others" { return nil }
        if isOneGroup(trimmed) { return PersonName(family: LaTeXText.plain(trimmed), isLiteral: true) }
        let parts = commaParts(trimmed).map(words)
        switch parts.count {
        case 1:
            let w = parts[0]
            guard w.count > 1 else { return PersonName(family: plain(w)) }
            let lastWord = w.count - 1
            if let vonStart = w.indices.first(where: { $0 < lastWord && isParticle(w[$0]) }) {
                var vonEnd = vonStart
                for k in vonStart..<lastWord where isParticle(w[k]) { vonEnd = k }
                return PersonName(given: plain(Array(w[..<vonStart])), particle: plain(Array(w[vonStart...vonEnd])),
                                  family: plain(Array(w[(vonEnd + 1)...])))
            }
            return PersonName(given: plain(Array(w[..<lastWord])), family: plain([w[lastWord]]))
        default:
            let (particle, family) = vonLast(parts[0])
            let given = plain(parts.count >= 3 ? parts[2] : parts[1])
            let suffix = parts.count >= 3 ? plain(parts[1]) : nil
            return PersonName(given: given, particle: particle, family: family, suffix: suffix)
        }
    }

    /// "von Last" before the first comma: leading particles, then the family name.
    private static func vonLast(_ w: [String]) -> (String?, String) {
        var k = 0
        while k < w.count - 1, isParticle(w[k]) { k += 1 }
        return (k > 0 ? plain(Array(w[..<k])) : nil, plain(Array(w[k...])))
    }

    private static func isParticle(_ word: String) -> Bool {
        let text = LaTeXText.plain(word)
        guard let first = text.first else { return false }
        if word.hasPrefix("{"), !word.hasPrefix("{\\") { return false }
        return first.isLowercase || NameParticles.all.contains(text.lowercased())
    }

    private static func plain(_ words: [String]) -> String {
        LaTeXText.plain(words.joined(separator: " "))
    }

    private static func isOneGroup(_ text: String) -> Bool {
        guard text.hasPrefix("{"), text.hasSuffix("}") else { return false }
        var depth = 0
        for (offset, c) in text.enumerated() {
            if c == "{" { depth += 1 }
            if c == "}" { depth -= 1 }
            if depth == 0, offset < text.count - 1 { return false }
        }
        return true
    }

    /// Splits at `word` standing alone between spaces at brace depth 0 (case-insensitive).
    static func split(_ text: String, onWord word: String) -> [String] {
        let tokens = tokenize(text, separators: { $0.isWhitespace })
        var parts: [[String]] = [[]]
        for token in tokens {
            if token.lowercased() == word { parts.append([]) } else { parts[parts.count - 1].append(token) }
        }
        return parts.map { $0.joined(separator: " ") }
    }

    private static func commaParts(_ text: String) -> [String] {
        var parts = [""]
        var depth = 0
        for c in text {
            if c == "{" { depth += 1 }
            if c == "}" { depth -= 1 }
            if c == ",", depth == 0 { parts.append("") } else { parts[parts.count - 1].append(c) }
        }
        return parts.map { $0.trimmingCharacters(in: .whitespaces) }
    }

    private static func words(_ text: String) -> [String] {
        tokenize(text, separators: { $0.isWhitespace || $0 == "~" })
    }

    /// Tokens split at `separators` outside braces.
    private static func tokenize(_ text: String, separators: (Character) -> Bool) -> [String] {
        var tokens = [String]()
        var current = ""
        var depth = 0
        for c in text {
            if c == "{" { depth += 1 }
            if c == "}" { depth -= 1 }
            if depth == 0, separators(c) {
                if !current.isEmpty { tokens.append(current) }
                current = ""
            } else {
                current.append(c)
            }
        }
        if !current.isEmpty { tokens.append(current) }
        return tokens
    }
}
