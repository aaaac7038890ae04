import BraudelText

/// Turns a lexicon spelling into the token sequences it may take in text: hyphen compounds open
/// or closed ("world-system", "world system", "worldsystem" — the last a PDF artifact), closed
/// prefixed words opened ("semiperiphery" → "semi periphery"), and regular plurals of the last word.
enum SurfaceForms {
    /// Prefixes that writers attach with a hyphen, a space or nothing.
    static let openablePrefixes = ["semi", "anti", "neo", "post", "inter", "trans", "non", "counter", "proto",
                                   "quasi", "sub", "supra", "super", "multi", "pre"]

    /// Every token sequence (folded words) that spells `form`.
    static func sequences(of form: String) -> [[String]] {
        guard let segmented = try? Segmenter.segment(form), !segmented.tokens.isEmpty else { return [] }
        let tokens = segmented.tokens
        var results: [[String]] = [[tokens[0].folded]]
        for token in tokens.dropFirst() {
            var next = [[String]]()
            for partial in results {
                next.append(partial + [token.folded])
                if token.gapBefore == .hyphen || token.gapBefore == .none {
                    next.append(Array(partial.dropLast()) + [partial.last! + token.folded])
                }
            }
            results = next
        }
        results += results.compactMap(openedPrefix)
        var inflected = results
        for sequence in results {
            for plural in plurals(of: sequence.last!) { inflected.append(Array(sequence.dropLast()) + [plural]) }
        }
        var seen = Set<[String]>()
        return inflected.filter { seen.insert($0).inserted }
    }

    private static func openedPrefix(_ sequence: [String]) -> [String]? {
        guard let first = sequence.first else { return nil }
        for prefix in openablePrefixes where first.hasPrefix(prefix) && first.count >= prefix.count + 4 {
            return [prefix, String(first.dropFirst(prefix.count))] + sequence.dropFirst()
        }
        return nil
    }

    /// Regular English plurals; irregular and adjectival forms are listed in the lexicon.
    static func plurals(of word: String) -> [String] {
        guard word.count > 2, let last = word.last, last.isLetter else { return [] }
        if word.hasSuffix("s") || word.hasSuffix("x") || word.hasSuffix("z") || word.hasSuffix("ch") || word.hasSuffix("sh") {
            return [word + "es"]
        }
        if last == "y", let before = word.dropLast().last, !"aeiou".contains(before) {
            return [String(word.dropLast()) + "ies"]
        }
        return [word + "s"]
    }
}
