import BraudelText
import Foundation

/// Turns a lexicon spelling into the token sequences it may take in text: hyphen compounds open
/// or closed ("world-system", "world system", "worldsystem" — the last a PDF artifact), closed
/// prefixed words opened ("semiperiphery" → "semi periphery"), and regular plurals of the last word.
/// A spelling ending in `*` ("hegemon*", "world-system*") is a prefix pattern: its last word
/// matches any word it begins, so the sequences end in that word's stem followed by `*` and get
/// no plurals (the prefix already covers them).
enum SurfaceForms {
    /// Prefixes that writers attach with a hyphen, a space or nothing.
    static let openablePrefixes = ["semi", "anti", "neo", "post", "inter", "trans", "non", "counter", "proto",
                                   "quasi", "sub", "supra", "super", "multi", "pre"]

    /// Every token sequence (folded words) that spells `form`.
    static func sequences(of form: String) -> [[String]] {
        let pattern = prefixStem(of: form)
        guard let segmented = try? Segmenter.segment(pattern ?? form), !segmented.tokens.isEmpty else { return [] }
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
        if pattern != nil {
            var seen = Set<[String]>()
            return results.map { Array($0.dropLast()) + [$0.last! + "*"] }.filter { seen.insert($0).inserted }
        }
        var inflected = results
        for sequence in results {
            for plural in plurals(of: sequence.last!) { inflected.append(Array(sequence.dropLast()) + [plural]) }
        }
        var seen = Set<[String]>()
        return inflected.filter { seen.insert($0).inserted }
    }

    /// The spelling without its trailing `*` when it is a prefix pattern, else nil.
    static func prefixStem(of form: String) -> String? {
        let trimmed = form.trimmingCharacters(in: .whitespaces)
        guard trimmed.hasSuffix("*") else { return nil }
        let stem = String(trimmed.dropLast())
        return stem.last?.isLetter == true || stem.last?.isNumber == true ? stem : nil
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
