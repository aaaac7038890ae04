/// One year of a cited work, with the locator written after it.
struct CitedYear: Sendable {
    var year: String
    var start: Int
    var end: Int
    var locator: String?
}

/// Parses the year list of a citation: "1990, 1992", "1990a, b", "1974 and 1976",
/// "[1867] 1976: 45", "1999, pp. 45–47".
enum YearListParser {
    /// The years from token `i`, or nil when no year starts there or a range ("1945–1973")
    /// shows these are not citation years.
    static func parse(_ t: [CitationToken], from i: Int, limit: Int, scalars s: [Unicode.Scalar],
                      allowingRanges: Bool = false) -> (years: [CitedYear], next: Int)? {
        var years: [CitedYear] = []
        var i = i
        while true {
            switch CitationYears.scan(t, at: i, limit: limit, scalars: s) {
            case .range:
                // After an author, "1981–1984" is the span of a multivolume work; alone it is a
                // period ("(1950–1973)"), and after a narrative name life dates.
                guard allowingRanges, let match = CitationYears.multivolumeRange(t, at: i, limit: limit, scalars: s)
                else { return nil }
                years.append(CitedYear(year: match.year, start: match.start, end: match.end))
                i = match.next
            case .none: return years.isEmpty ? nil : (years, i)
            case .year(let match):
                years.append(CitedYear(year: match.year, start: match.start, end: match.end))
                i = match.next
            }
            i = suffixContinuations(t, from: i, limit: limit, years: &years)
            if let (locator, next) = LocatorParser.parse(t, at: i, limit: limit, scalars: s) {
                years[years.count - 1].locator = locator
                i = next
            }
            guard let next = nextYearStart(t, from: i, limit: limit, scalars: s) else { return (years, i) }
            i = next
        }
    }

    /// ", b" after "1990a": another work of the same year.
    private static func suffixContinuations(_ t: [CitationToken], from i: Int, limit: Int,
                                            years: inout [CitedYear]) -> Int {
        var i = i
        while i + 1 < limit, t[i].isPunct(","), let last = years.last, CitationYears.hasSuffix(last.year) {
            let letter = t[i + 1]
            guard letter.kind == .word, letter.letterCount == 1, !letter.hasPeriod, !letter.capitalized,
                  letter.key != "s", i + 2 >= limit || !t[i + 2].isWord("d") else { break }
            years.append(CitedYear(year: String(CitationYears.digits(last.year)) + letter.key,
                                   start: letter.start, end: letter.end))
            i += 2
        }
        return i
    }

    /// Index of the next year after ",", "and" or ", and"; nil when the list ends.
    private static func nextYearStart(_ t: [CitationToken], from i: Int, limit: Int,
                                      scalars s: [Unicode.Scalar]) -> Int? {
        var j = i
        if j < limit, t[j].isPunct(",") { j += 1 }
        if j < limit, t[j].isConjunction { j += 1 }
        // "1966, 1967 1969": a comma lost between two years still separates them.
        guard j > i || (j < limit && t[j].kind == .number && t[j].gapBefore), j < limit,
              case .year = CitationYears.scan(t, at: j, limit: limit, scalars: s) else { return nil }
        return j
    }
}

/// Parses a locator after a year: ": 45", ", p. 45", ", pp. 45–47", ": Table 2", ", 45".
enum LocatorParser {
    static func parse(_ t: [CitationToken], at i: Int, limit: Int,
                      scalars s: [Unicode.Scalar]) -> (String, Int)? {
        guard i + 1 < limit else { return nil }
        if t[i].isPunct(":") { return body(t, from: i + 1, limit: limit, scalars: s) }
        // "Wolf 1982 p. 310": a page mark without the comma before it.
        if t[i].kind == .word, t[i].hasPeriod, t[i].key == "p" || t[i].key == "pp" {
            return body(t, from: i, limit: limit, scalars: s)
        }
        guard t[i].isPunct(","), startsLocator(t[i + 1]) else { return nil }
        return body(t, from: i + 1, limit: limit, scalars: s)
    }

    /// A locator standing alone in parentheses: "(p. 45)", "(pp. 4–5)".
    static func bare(_ t: [CitationToken], limit: Int, scalars s: [Unicode.Scalar]) -> String? {
        guard limit > 1, t[0].kind == .word, t[0].key == "p" || t[0].key == "pp",
              let (locator, next) = body(t, from: 0, limit: limit, scalars: s), next == limit else { return nil }
        return locator
    }

    private static func startsLocator(_ token: CitationToken) -> Bool {
        if token.kind == .number { return !CitationYears.isYear(token.key) }
        return token.kind == .word && CitationLexicon.locatorWords.contains(token.key)
    }

    private static func body(_ t: [CitationToken], from a: Int, limit: Int,
                             scalars s: [Unicode.Scalar]) -> (String, Int)? {
        var j = a
        var last = -1
        var sawNumber = false
        while j < limit {
            let token = t[j]
            if token.isPunct(",") || token.isConjunction {
                guard j + 1 < limit, t[j + 1].kind == .number, !CitationYears.isYear(t[j + 1].key) else { break }
                j += 1
                continue
            }
            if token.kind == .number {
                sawNumber = true
            } else if token.kind == .word {
                guard isLocatorWord(token, after: last >= 0 ? t[last] : nil) else { break }
                if isRoman(token.key) { sawNumber = true }
            } else if token.kind == .punct, CitationScalars.isDash(token.first) || token.isPunct(".") || token.isPunct("/") {
                j += 1
                continue
            } else {
                break
            }
            last = j
            j += 1
        }
        // "passim" stands alone: the work throughout.
        let passim = last >= a && t[a...last].contains { $0.isWord("passim") }
        guard last >= a, sawNumber || passim else { return nil }
        return (CitationScalars.normalizedString(s, t[a].start..<t[last].end), last + 1)
    }

    private static func isLocatorWord(_ token: CitationToken, after previous: CitationToken?) -> Bool {
        if CitationLexicon.locatorWords.contains(token.key) || isRoman(token.key) { return true }
        // "Table A2", "n. 3a": a short label right after a locator word or number.
        return token.letterCount <= 2 && previous != nil
    }

    private static func isRoman(_ key: String) -> Bool {
        !key.isEmpty && key.count <= 4 && key.allSatisfy { "ivxlc".contains($0) }
    }
}
