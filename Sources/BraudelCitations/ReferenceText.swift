/// Small text operations on the publication part of a reference entry.
enum ReferenceText {
    /// Abbreviations whose period does not end a sentence of an entry ("Vol. 1", "pp. 45").
    private static let abbreviations: Set<String> = [
        "pp", "p", "vol", "vols", "no", "nos", "ed", "eds", "trans", "rev", "st", "jr", "sr", "inc", "co",
        "ltd", "dept", "univ", "ch", "chap", "pt", "repr", "comp", "intro", "mass", "calif",
    ]

    /// Trims spaces and the punctuation that separates parts of an entry.
    static func trimmed<S: StringProtocol>(_ s: S) -> String {
        let junk: Set<Character> = [" ", ".", ",", ";", ":", "\u{201D}", "\""]
        var sub = Substring(s)
        while let first = sub.first, junk.contains(first) || first == "\u{201C}" { sub.removeFirst() }
        while let last = sub.last, junk.contains(last) { sub.removeLast() }
        return String(sub)
    }

    /// The entry part split at sentence periods: a period followed by a space that does not
    /// close an initial ("S. Amin") or an abbreviation ("Vol. 1").
    static func sentences(_ s: String) -> [String] {
        let chars = Array(s)
        var parts: [String] = []
        var start = 0
        for i in chars.indices where chars[i] == "." && i + 1 < chars.count && chars[i + 1] == " " {
            if closesAbbreviation(chars, period: i) { continue }
            parts.append(String(chars[start..<i]))
            start = i + 2
        }
        parts.append(String(chars[start...]))
        return parts.map(trimmed).filter { !$0.isEmpty }
    }

    private static func closesAbbreviation(_ chars: [Character], period: Int) -> Bool {
        var k = period
        while k > 0, chars[k - 1].isLetter { k -= 1 }
        let word = String(chars[k..<period])
        if word.count == 1 { return word.first?.isUppercase == true }
        return abbreviations.contains(word.lowercased())
    }

    /// nil for an empty string.
    static func nonEmpty(_ s: String) -> String? {
        let t = trimmed(s)
        return t.isEmpty ? nil : t
    }
}
