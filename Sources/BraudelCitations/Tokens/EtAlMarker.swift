/// "et al." and the same marker in the languages this literature is written in: "e outros",
/// "y otros", "e col.", "u. a.", "und andere", "et coll.". One list, read forwards (in
/// parentheses and reference entries) and backwards (before a narrative year).
enum EtAlMarker {
    /// The two words of each marker, lowercased; "u. a." must carry both its periods.
    static let pairs: [(String, String)] = [
        ("et", "al"), ("e", "outros"), ("y", "otros"), ("e", "otros"), ("y", "col"), ("e", "col"),
        ("et", "coll"), ("u", "a"), ("und", "andere"),
    ]

    /// Words that occur only as the second half of a marker (never a name in an author block).
    static let secondWords: Set<String> = ["al", "outros", "otros", "col", "coll", "andere"]

    /// True when tokens `i` and `i + 1` spell a marker.
    static func starts(at i: Int, in t: [CitationToken], limit: Int) -> Bool {
        guard i >= 0, i + 1 < limit, t[i].kind == .word, t[i + 1].kind == .word, !t[i].capitalized || t[i].key == "et" else { return false }
        let first = t[i].key, second = t[i + 1].key
        guard pairs.contains(where: { $0.0 == first && $0.1 == second }) else { return false }
        // "u. a." is the abbreviation only with both periods; "u a" is no marker.
        return first != "u" || (t[i].hasPeriod && t[i + 1].hasPeriod)
    }

    /// True when the marker's second word is token `k`.
    static func ends(at k: Int, in t: [CitationToken], floor: Int = 0) -> Bool {
        k - 1 >= floor && starts(at: k - 1, in: t, limit: k + 1)
    }
}
