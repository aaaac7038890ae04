/// Elided articles, pronouns and prepositions that French and Italian write joined to the next
/// word by an apostrophe ("l'économie-monde", "d'économies-monde", "qu'une", "dell'economia").
/// ICU keeps such a run as one word; the segmenter splits it so that the noun is a token.
public enum Elision {
    /// Folded clitics, each ending in its apostrophe.
    public static let clitics: Set<String> = [
        "l'", "d'", "j'", "m'", "n'", "s'", "t'", "c'", "qu'", "jusqu'", "lorsqu'", "puisqu'", "quoiqu'",
        "presqu'", "dell'", "dall'", "nell'", "sull'", "all'", "coll'", "un'", "quell'", "quest'",
    ]

    /// The length in scalars of the clitic that starts `folded`, when a word of at least two
    /// letters follows it; nil otherwise ("o'clock", "don't" and "Prebisch's" are left whole).
    public static func cliticLength(_ folded: String) -> Int? {
        let utf8 = folded.utf8
        // Cheap screen: an apostrophe within the first eight bytes.
        guard let apostrophe = utf8.prefix(8).firstIndex(of: 0x27) else { return nil }
        let head = String(folded[..<folded.utf8.index(after: apostrophe)])
        guard clitics.contains(head) else { return nil }
        let rest = folded.unicodeScalars.dropFirst(head.unicodeScalars.count)
        guard rest.count >= 2, rest.allSatisfy({ $0.properties.isAlphabetic || $0 == "-" }) else { return nil }
        return head.unicodeScalars.count
    }
}
