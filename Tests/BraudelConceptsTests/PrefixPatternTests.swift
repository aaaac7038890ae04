import BraudelText
import Testing
@testable import BraudelConcepts

/// Spellings ending in `*` match every word they begin, as quanteda and LIWC globs do.
@Suite struct PrefixPatternTests {
    let lexicon = """
    name: prefixes
    version: 1
    concepts:
      - id: hegemony
        label: hegemony
        variants: ["hegemon*"]
      - id: hegemonic-decline
        label: hegemonic decline
      - id: world-system
        label: world-system
        variants: ["world-system*"]
      - id: economy
        label: "econom*"
      - id: economism
        label: economism
    """

    func found(_ text: String) throws -> [String] {
        let matcher = ConceptMatcher(lexicon: try LexiconLoader.load(yaml: lexicon, path: "prefixes.yaml"))
        return matcher.mentions(in: try Segmenter.segment(text)).map { "\($0.concept)=\($0.text)" }
    }

    @Test func trailingStarMatchesEveryWordTheStemBegins() throws {
        #expect(try found("Hegemonic powers, hegemons and hegemonies; a hegemon’s fleet.") ==
            ["hegemony=Hegemonic", "hegemony=hegemons", "hegemony=hegemonies", "hegemony=hegemon’s"])
        #expect(try found("economic and economies") == ["economy=economic", "economy=economies"])
        #expect(try found("a hedge, an eco label") == [])
    }

    @Test func longerAndExactSpellingsStillWin() throws {
        #expect(try found("hegemonic decline began") == ["hegemonic-decline=hegemonic decline"])
        #expect(try found("economism and economics") == ["economism=economism", "economy=economics"])
    }

    @Test func prefixAppliesToTheLastWordOfAnyCompoundSpelling() throws {
        #expect(try found("world-systemic crises, the world systemic view, worldsystemic") ==
            ["world-system=world-systemic", "world-system=world systemic", "world-system=worldsystemic"])
    }

    @Test func spellingCheckKeepsPatternsApartFromWords() throws {
        let spellings = SpellingCheck(path: "prefixes.yaml").run(try LexiconLoader.load(yaml: lexicon, path: "prefixes.yaml"))
        #expect(spellings.findings.filter { $0.severity == .error }.isEmpty, "\(spellings.findings.map(\.message))")
    }
}
