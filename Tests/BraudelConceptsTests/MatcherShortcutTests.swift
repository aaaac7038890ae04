import Testing
@testable import BraudelConcepts

/// The shortcuts in front of the matcher's string comparisons must never change an answer.
@Suite struct MatcherShortcutTests {
    @Test(arguments: [
        ("hegemonic", "hegemon"), ("hegemon", "hegemonic"), ("hegemon", "hegemon"), ("core", ""),
        ("periphery", "peri"), ("periphery", "perx"), ("déjà", "de"), ("de\u{0301}ja", "de"),
        ("de\u{0301}ja", "dé"), ("déjà", "dé"), ("naïve", "na"), ("naïve", "naï"), ("x", "xyz"),
    ])
    func bytePrefixAgreesWithString(pair: (String, String)) {
        #expect(ContextRuleEvaluator.hasPrefix(pair.0, pair.1) == pair.0.hasPrefix(pair.1))
    }

    @Test func firstWordFilterKeepsEveryWordAndItsPossessives() {
        let words = ["world", "semi", "hegemony", "core", "wallerstein's", "o'brien", "périphérie"]
        let filter = FirstWordFilter(words: words)
        for word in words {
            #expect(filter.mayContain(word))
            #expect(filter.mayContain(word + "'s"))
            #expect(filter.mayContain(word + "'"))
        }
        // Most other words are turned away (a bit set can only err towards "maybe").
        let others = (0..<200).map { "zq\($0)x" }
        #expect(others.filter(filter.mayContain).count < 10)
    }
}
