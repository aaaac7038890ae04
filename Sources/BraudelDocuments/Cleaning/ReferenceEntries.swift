import BraudelText

/// Recognizes the first line of a bibliography entry or of a numbered note, so that entries
/// broken over several lines are rejoined but neighbouring entries stay apart.
enum ReferenceEntries {
    /// Lowercase name particles that may precede a surname ("van der Linden, Marcel").
    static let particles = NameParticles.all.union(NameParticles.joiners)

    /// Whether `line` starts a new bibliography entry. `previousEndsEntry` says whether the
    /// line before ended like an entry (with a period or a closing bracket).
    static func startsEntry(_ bytes: [UInt8], _ line: Range<Int>, previousEndsEntry: Bool) -> Bool {
        let text = String(decoding: bytes[line], as: UTF8.self)
        if startsWithDashRun(text) || startsNumbered(text) { return true }
        if let afterComma = surnameThenComma(text) {
            return looksLikeGivenNames(afterComma) && (previousEndsEntry || containsYear(text))
        }
        return startsWithOrganizationAndYear(text)
    }

    /// Whether a line starts a numbered note or entry: "12. Text", "[12] Text", "12 Text".
    static func startsNumbered(_ text: String) -> Bool {
        var scalars = Substring(text).unicodeScalars[...]
        let bracketed = scalars.first == "["
        if bracketed { scalars = scalars.dropFirst() }
        let digits = scalars.prefix { $0.properties.numericType != nil && $0.isASCII }
        guard (1...3).contains(digits.count) else { return false }
        scalars = scalars.dropFirst(digits.count)
        if bracketed {
            guard scalars.first == "]" else { return false }
            scalars = scalars.dropFirst()
        } else if scalars.first == "." || scalars.first == ")" {
            scalars = scalars.dropFirst()
        }
        guard scalars.first == " " else { return false }
        let next = scalars.drop { $0 == " " }.first
        return next.map { UTF8Bytes.isUppercase($0) || $0 == "\u{201C}" || $0 == "\"" } ?? false
    }

    /// "———." / "---," / "___." stand for the previous entry's authors.
    static func startsWithDashRun(_ text: String) -> Bool {
        let run = text.unicodeScalars.prefix { $0 == "-" || $0 == "_" || $0 == "\u{2014}" || $0 == "\u{2013}" || $0 == "\u{2015}" }
        return run.count >= 2
    }

    /// The text after "Surname," when the line starts with an optionally particled,
    /// capitalized surname (Chase-Dunn, O’Brien, McMichael, van der Linden) and a comma.
    static func surnameThenComma(_ text: String) -> Substring? {
        guard let comma = text.firstIndex(of: ","), text.distance(from: text.startIndex, to: comma) <= 40 else { return nil }
        let words = text[..<comma].split(separator: " ")
        guard !words.isEmpty, words.count <= 4 else { return nil }
        var capitalized = 0
        for word in words {
            if particles.contains(word.lowercased()) && word.first?.isLowercase == true { continue }
            guard let first = word.unicodeScalars.first, UTF8Bytes.isUppercase(first) else { return nil }
            guard word.unicodeScalars.allSatisfy({ UTF8Bytes.isLetter($0) || $0 == "-" || $0 == "'" || $0 == "\u{2019}" || $0 == "." })
            else { return nil }
            capitalized += 1
        }
        guard capitalized >= 1, capitalized <= 3 else { return nil }
        return text[text.index(after: comma)...]
    }

    /// "Immanuel." "G.," "Janet L." "J.-P." — not "MA: Harvard" or "1974" (places and pages
    /// that follow a comma inside a wrapped entry).
    static func looksLikeGivenNames(_ rest: Substring) -> Bool {
        let words = rest.split(separator: " ", maxSplits: 3)
        guard let first = words.first, let initial = first.unicodeScalars.first else { return false }
        guard UTF8Bytes.isUppercase(initial), !first.contains(":") else { return false }
        let letters = first.unicodeScalars.filter { UTF8Bytes.isLetter($0) }
        // Two-letter all-caps words are state or country codes ("MA", "UK"), not initials.
        if letters.count == 2 && letters.allSatisfy({ UTF8Bytes.isUppercase($0) }) && !first.contains(".") { return false }
        return true
    }

    /// "World Bank. 2017." / "UNCTAD (2019)" / "Human Rights Watch. n.d." at the start of a line.
    static func startsWithOrganizationAndYear(_ text: String) -> Bool {
        let words = text.split(separator: " ", maxSplits: 10)
        var capitalizedWords = 0
        for (position, word) in words.enumerated() where position < 9 {
            if word.hasPrefix("(") { return capitalizedWords > 0 && isYearToken(word.dropFirst()) }
            let isLast = word.hasSuffix(".") || word.hasSuffix(",")
            let bare = isLast ? word.dropLast() : word[...]
            if position > 0 && ["of", "and", "for", "the", "&", "on", "in"].contains(bare.lowercased()) { continue }
            guard let first = bare.unicodeScalars.first, UTF8Bytes.isUppercase(first) || first.properties.numericType != nil
            else { break }
            if first.properties.numericType != nil {
                return capitalizedWords > 0 && position > 0 && isYearToken(bare)
            }
            capitalizedWords += 1
            if isLast {
                guard position + 1 < words.count else { return false }
                return isYearToken(words[position + 1].trimmingPrefix("("))
            }
        }
        return false
    }

    /// "2017", "2017.", "1998a", "(2019)", "n.d."
    static func isYearToken(_ token: Substring) -> Bool {
        if token.lowercased().hasPrefix("n.d") { return true }
        let digits = token.prefix { $0.isASCII && $0.isNumber }
        guard digits.count == 4, let year = Int(digits), year >= 1500, year <= 2099 else { return false }
        let rest = token.dropFirst(4)
        return rest.isEmpty || rest.first?.isLetter == true || ".,);:".contains(rest.first!)
    }

    /// A four-digit year 1500–2099 as a word anywhere in the line.
    static func containsYear(_ text: String) -> Bool {
        YearFinder.years(in: text, range: 1500...2099).first != nil
    }

    /// Whether a line ends the way a bibliography entry ends.
    static func endsEntry(_ bytes: [UInt8], _ line: Range<Int>) -> Bool {
        guard let last = LineShapes.lastScalar(bytes, line) else { return true }
        return last == "." || last == ")" || last == "]" || LineShapes.endsSentence(bytes, line)
    }
}
