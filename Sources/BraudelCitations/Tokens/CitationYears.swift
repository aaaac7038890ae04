import BraudelText
/// A year found in tokens: "1974", "1974a", "n.d.", "forthcoming", "in press", or a reprint
/// pair ("[1867] 1976", "1867/1976") whose later year is the edition cited.
struct YearMatch: Sendable {
    /// The year as written ("1974a", "n.d."); for reprints the later (edition) year.
    var year: String
    /// For reprints, the earlier (original) year.
    var original: String?
    var start: Int
    var end: Int
    /// Index of the first token after the year.
    var next: Int
}

/// What the tokens at a position hold: a year, a year range (which disqualifies the group:
/// "(1945–1973)", life dates), or nothing year-like.
enum YearScan {
    case year(YearMatch)
    case range
    case none
}

/// Recognizes years in author–year citations and reference entries.
enum CitationYears {
    /// True for "1500"…"2099", optionally with one suffix letter (not "s": "1990s" is a decade).
    static func isYear(_ key: String) -> Bool {
        let bytes = Array(key.utf8)
        guard bytes.count == 4 || bytes.count == 5 else { return false }
        var value = 0
        for byte in bytes[0..<4] {
            guard byte >= 0x30, byte <= 0x39 else { return false }
            value = value * 10 + Int(byte - 0x30)
        }
        guard value >= 1500, value <= 2099 else { return false }
        if bytes.count == 5 { return bytes[4] >= 0x61 && bytes[4] <= 0x7A && bytes[4] != 0x73 }
        return true
    }

    /// The four digits of a year key, without suffix.
    static func digits(_ year: String) -> Substring { year.prefix(4) }

    /// True when a year as written carries a letter suffix ("1990a").
    static func hasSuffix(_ year: String) -> Bool { year.utf8.count == 5 && isYear(year) }

    static func scan(_ t: [CitationToken], at i: Int, limit: Int, scalars s: [Unicode.Scalar]) -> YearScan {
        guard i < limit else { return .none }
        let token = t[i]
        if token.kind == .number { return numeric(t, at: i, limit: limit) }
        if token.isPunct("["), i + 3 < limit, t[i + 1].kind == .number, isYear(t[i + 1].key),
           t[i + 2].isPunct("]"), t[i + 3].kind == .number, isYear(t[i + 3].key) {
            return .year(reprint(t[i + 1].key, t[i + 3].key, start: token.start, end: t[i + 3].end, next: i + 4))
        }
        return undated(t, at: i, limit: limit, scalars: s)
    }

    private static func numeric(_ t: [CitationToken], at i: Int, limit: Int) -> YearScan {
        let token = t[i]
        guard isYear(token.key) else { return splitYear(t, at: i, limit: limit) }
        if i + 2 < limit, t[i + 1].kind == .punct, CitationScalars.isDash(t[i + 1].first), t[i + 2].kind == .number {
            return .range
        }
        if i + 2 < limit, t[i + 1].isPunct("/"), !t[i + 1].gapBefore, t[i + 2].kind == .number {
            // "1976/77": a volume dated across two years, cited as written.
            if t[i + 2].key.count == 2, token.key.count == 4, t[i + 2].key.allSatisfy(\.isNumber) {
                return .year(YearMatch(year: token.key + "/" + t[i + 2].key, original: nil, start: token.start,
                                       end: t[i + 2].end, next: i + 3))
            }
            guard isYear(t[i + 2].key) else { return .range }
            return .year(reprint(token.key, t[i + 2].key, start: token.start, end: t[i + 2].end, next: i + 3))
        }
        // "2004 [1913]", "1939 [1964]": the year outside the brackets is the one cited, whichever
        // edition it is; the bracketed one is the other edition.
        if i + 3 < limit, t[i + 1].isPunct("["), t[i + 2].kind == .number, isYear(t[i + 2].key), t[i + 3].isPunct("]") {
            return .year(YearMatch(year: token.key, original: t[i + 2].key, start: token.start, end: t[i + 3].end, next: i + 4))
        }
        // "1974(c)": the suffix letter set in parentheses.
        if token.key.count == 4, i + 3 < limit, t[i + 1].isPunct("("), !t[i + 1].gapBefore, t[i + 2].kind == .word,
           t[i + 2].letterCount == 1, !t[i + 2].capitalized, t[i + 2].key != "s", t[i + 3].isPunct(")") {
            return .year(YearMatch(year: token.key + t[i + 2].key, original: nil, start: token.start, end: t[i + 3].end, next: i + 4))
        }
        return .year(YearMatch(year: token.key, original: nil, start: token.start, end: token.end, next: i + 1))
    }

    /// "201 3", "1 974a": a year split by a stray space in extraction. The two digit runs
    /// must stand side by side and make exactly one year together.
    private static func splitYear(_ t: [CitationToken], at i: Int, limit: Int) -> YearScan {
        let head = t[i]
        guard i + 1 < limit, head.key.count < 4, head.key.allSatisfy(\.isNumber), t[i + 1].kind == .number,
              t[i + 1].gapBefore, t[i + 1].start - head.end == 1 else { return .none }
        let joined = head.key + t[i + 1].key
        guard isYear(joined), i + 2 >= limit || t[i + 2].kind != .number else { return .none }
        return .year(YearMatch(year: joined, original: nil, start: head.start, end: t[i + 1].end, next: i + 2))
    }

    /// "1981–1984", "1974-89": the publication span of a multivolume work, as written with a
    /// plain hyphen; the later year may be abbreviated. Nil for a span over 40 years.
    static func multivolumeRange(_ t: [CitationToken], at i: Int, limit: Int, scalars s: [Unicode.Scalar]) -> YearMatch? {
        guard i + 2 < limit, t[i].kind == .number, t[i].key.count == 4, isYear(t[i].key),
              t[i + 1].kind == .punct, CitationScalars.isDash(t[i + 1].first), t[i + 2].kind == .number else { return nil }
        let first = Int(t[i].key)!, tail = t[i + 2].key
        guard tail.allSatisfy(\.isNumber), tail.count == 2 || tail.count == 4, let value = Int(tail) else { return nil }
        let last = tail.count == 2 ? first / 100 * 100 + value : value
        guard last > first, last - first <= 40 else { return nil }
        return YearMatch(year: CitationScalars.normalizedString(s, t[i].start..<t[i + 2].end), original: nil, start: t[i].start, end: t[i + 2].end, next: i + 3)
    }

    private static func reprint(_ a: String, _ b: String, start: Int, end: Int, next: Int) -> YearMatch {
        let (original, edition) = digits(a) <= digits(b) ? (a, b) : (b, a)
        return YearMatch(year: edition, original: original, start: start, end: end, next: next)
    }

    /// "n.d.", "n. d.", "nd", "forthcoming", "in press".
    private static func undated(_ t: [CitationToken], at i: Int, limit: Int, scalars s: [Unicode.Scalar]) -> YearScan {
        let token = t[i]
        guard token.kind == .word else { return .none }
        switch token.key {
        case "n.d", "nd":
            return .year(YearMatch(year: CitationScalars.string(s, token.start..<token.end), original: nil,
                                   start: token.start, end: token.end, next: i + 1))
        // Spaced "n. d." only in lower case: "N. D." is a pair of initials ("Kondratieff, N. D. (1935)").
        case "n" where token.hasPeriod && i + 1 < limit && t[i + 1].isWord("d") && t[i + 1].hasPeriod
                && ScalarClass.isLower(s[token.start]):
            return .year(YearMatch(year: "n.d.", original: nil, start: token.start, end: t[i + 1].end, next: i + 2))
        case "forthcoming":
            return .year(YearMatch(year: CitationScalars.string(s, token.start..<token.coreEnd), original: nil,
                                   start: token.start, end: token.coreEnd, next: i + 1))
        case "in" where i + 1 < limit && t[i + 1].isWord("press"):
            return .year(YearMatch(year: CitationScalars.normalizedString(s, token.start..<t[i + 1].coreEnd),
                                   original: nil, start: token.start, end: t[i + 1].coreEnd, next: i + 2))
        default:
            return .none
        }
    }
}
