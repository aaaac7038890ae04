import Foundation

/// A key that names one cited work the same way in every document, so that citations and
/// reference entries from different texts can be counted together.
public enum WorkKey {
    /// Words skipped when picking a title's significant words.
    static let titleStopWords: Set<String> = [
        "a", "an", "the", "of", "and", "in", "on", "for", "to", "with", "at", "by", "from", "as", "its", "or",
        "into", "toward", "towards", "de", "la", "le", "les", "el", "los", "las", "der", "die", "das", "und",
        "et", "des", "du", "y", "e", "il", "lo", "une", "un",
    ]

    /// Identity of a cited work across documents: folded, diacritic-free first surname + "|" +
    /// year (as written, lowercased; without its a/b letter when a title follows) + ("|" + first
    /// 3 significant title words folded, when a title is known). E.g. "wallerstein|1974|modern
    /// world system".
    public static func make(firstAuthor: String, year: String, title: String?) -> String {
        let surname = surnameKey(firstAuthor)
        if let title {
            let words = NameFolding.words(title).filter { !titleStopWords.contains($0) }.prefix(3)
            // "1974a" only tells two works apart inside one reference list; across lists the
            // title does that, so the letter would split one work into two.
            if !words.isEmpty { return surname + "|" + withoutSuffix(yearKey(year)) + "|" + words.joined(separator: " ") }
        }
        return surname + "|" + yearKey(year)
    }

    /// A DOI compared across documents: lowercased (DOIs ignore case), without a "doi:" or
    /// doi.org prefix and trailing punctuation.
    public static func normalizedDOI(_ doi: String) -> String {
        var text = doi.trimmingCharacters(in: .whitespacesAndNewlines).lowercased()
        for prefix in ["https://doi.org/", "http://doi.org/", "https://dx.doi.org/", "http://dx.doi.org/", "doi:"]
        where text.hasPrefix(prefix) {
            text = String(text.dropFirst(prefix.count)).trimmingCharacters(in: .whitespaces)
        }
        while let last = text.last, ".,;:".contains(last) { text.removeLast() }
        return text
    }

    /// "Chase-Dunn" and "Chase Dunn" → "chase-dunn"; "Bértola" → "bertola"; "O'Brien" →
    /// "obrien". A "Surname, Given" form keeps the surname; "et al." is dropped.
    static func surnameKey(_ author: String) -> String {
        var name = author
        if let comma = name.firstIndex(of: ",") { name = String(name[..<comma]) }
        var words = NameFolding.words(name)
        if words.count >= 2, words[words.count - 2] == "et", words[words.count - 1] == "al" { words.removeLast(2) }
        if words.count > 1, words[0] == "the" { words.removeFirst() }
        return words.joined(separator: "-")
    }

    /// "1974a" → "1974"; other years as they are.
    static func withoutSuffix(_ year: String) -> String {
        let scalars = Array(year.unicodeScalars)
        guard scalars.count == 5, scalars[..<4].allSatisfy({ ("0"..."9").contains($0) }), ("a"..."z").contains(scalars[4]) else { return year }
        return String(year.dropLast())
    }

    /// The year as written, lowercased and trimmed ("1974A " → "1974a").
    static func yearKey(_ year: String) -> String {
        NameFolding.plain(year).split(whereSeparator: { $0 == " " || $0 == "\n" }).joined(separator: " ")
    }
}
