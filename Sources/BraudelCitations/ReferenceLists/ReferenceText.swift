import BraudelText
/// Small text operations on the publication part of a reference entry.
enum ReferenceText {
    /// Abbreviations whose period does not end a sentence of an entry ("Vol. 1", "pp. 45").
    private static let abbreviations: Set<String> = [
        "pp", "p", "vol", "vols", "no", "nos", "ed", "eds", "trans", "rev", "st", "jr", "sr", "inc", "co",
        "ltd", "dept", "univ", "ch", "chap", "pt", "repr", "comp", "intro", "mass", "calif",
    ]

    /// Trims spaces and the punctuation that separates parts of an entry.
    static func trimmed<S: StringProtocol>(_ s: S) -> String {
        var sub = Substring(s)
        while let first = sub.first, isJunk(first) || first == "\u{201C}" { sub.removeFirst() }
        while let last = sub.last, isJunk(last) { sub.removeLast() }
        return String(sub)
    }

    /// Spaces and separating punctuation. A switch rather than a set literal, which was built
    /// and hashed anew on every call (this runs several times per entry).
    private static func isJunk(_ character: Character) -> Bool {
        switch character {
        case " ", ".", ",", ";", ":", "\u{201D}", "\"": return true
        default: return false
        }
    }

    /// The entry part split at sentence periods: a period followed by a space that does not
    /// close an initial ("S. Amin") or an abbreviation ("Vol. 1").
    static func sentences(_ s: String) -> [String] {
        let scalars = Array(s.unicodeScalars)
        var parts: [String] = []
        var start = 0
        for i in scalars.indices where scalars[i] == "." && i + 1 < scalars.count && scalars[i + 1] == " " {
            if closesAbbreviation(scalars, period: i) { continue }
            parts.append(CitationScalars.string(scalars, start..<i))
            start = i + 2
        }
        parts.append(CitationScalars.string(scalars, start..<scalars.count))
        return parts.map(trimmed).filter { !$0.isEmpty }
    }

    private static func closesAbbreviation(_ s: [Unicode.Scalar], period: Int) -> Bool {
        var k = period
        while k > 0, ScalarClass.isLetter(s[k - 1]) { k -= 1 }
        let length = period - k
        if length == 1 { return ScalarClass.isUpper(s[k]) }
        guard length > 0, length <= 5 else { return false }
        return abbreviations.contains(CitationScalars.lowercasedKey(s, k..<period))
    }

    /// nil for an empty string.
    static func nonEmpty(_ s: String) -> String? {
        let t = trimmed(s)
        return t.isEmpty ? nil : t
    }
}
