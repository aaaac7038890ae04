import BraudelText
import Foundation
import Testing
@testable import BraudelConcepts

/// Lexicon fixtures live beside this file.
let fixtures = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Fixtures")

@Suite struct ConceptMatcherTests {
    let matcher: ConceptMatcher

    init() throws {
        matcher = ConceptMatcher(lexicon: try LexiconLoader.load(path: fixtures.appendingPathComponent("small-lexicon.yaml").path))
    }

    func found(_ text: String) throws -> [String] {
        let segmented = try Segmenter.segment(text)
        return matcher.mentions(in: segmented).map { "\($0.concept)=\($0.text)" }
    }

    @Test func hyphenSpaceAndClosedSpellingsMatch() throws {
        #expect(try found("the semi-periphery, the semi periphery and the semiperiphery") ==
            ["semiperiphery=semi-periphery", "semiperiphery=semi periphery", "semiperiphery=semiperiphery"])
        #expect(try found("The worldsystem and the world system.") == ["world-system=worldsystem", "world-system=world system"])
        #expect(try found("a core – periphery split") == ["core=core", "periphery=periphery"])
    }

    @Test func inflectionsAndCaseMatch() throws {
        #expect(try found("Semiperipheral states and SEMIPERIPHERIES") ==
            ["semiperiphery=Semiperipheral", "semiperiphery=SEMIPERIPHERIES"])
        #expect(try found("hegemons and the hegemon’s fleet; antisystemic movements") ==
            ["hegemony=hegemons", "hegemony=hegemon’s", "antisystemic-movement=antisystemic movements"])
        #expect(try found("worldsystems theory") == ["world-system=worldsystems"])
    }

    @Test func longestMatchWins() throws {
        #expect(try found("the capitalist world-economy expanded") == ["capitalist-world-economy=capitalist world-economy"])
        #expect(try found("hegemonic decline and cultural hegemony") ==
            ["hegemonic-decline=hegemonic decline", "cultural-hegemony=cultural hegemony"])
    }

    @Test func contextRulesRejectEverydaySenses() throws {
        #expect(try found("This is the core of the argument.") == [])
        #expect(try found("They share core values.") == [])
        #expect(try found("A hard core of activists remained.") == [])
        #expect(try found("He was loyal to the core.") == [])
        #expect(try found("It was in her peripheral vision.") == [])
        #expect(try found("Capital flowed from the core to peripheral states.") == ["core=core", "periphery=peripheral"])
    }

    @Test func aParagraphAboutTheFieldSettlesBareAmbiguousTerms() throws {
        let bare = "Mexico was squeezed between the core above and China below."
        #expect(try found(bare) == [])
        let topical = "The semi-periphery of the world-economy changed. " + bare
        #expect(try found(topical) == ["semiperiphery=semi-periphery", "world-economy=world-economy", "core=core"])
        #expect(try found("The semi-periphery of the world-economy changed.\n\n" + bare) ==
            ["semiperiphery=semi-periphery", "world-economy=world-economy"])
        // Forbidden phrases still win, with "*" standing for any one word.
        #expect(try found("The semi-periphery of the world-economy changed. Amin kept the core of Emmanuel’s insight.") ==
            ["semiperiphery=semi-periphery", "world-economy=world-economy"])
    }

    @Test func shortListItemsBorrowContext() throws {
        let quiz = "Which zone was Portugal in?\n\nCore\n\nSemi-peripheral\n\nPeripheral"
        #expect(try found(quiz) == ["core=Core", "semiperiphery=Semi-peripheral", "periphery=Peripheral"])
    }

    @Test func matchesAcrossARejoinedLineBreakButNotAParagraph() throws {
        #expect(try found("the world-\neconomy grew") == ["world-economy=world-\neconomy"])
        #expect(try found("the world\n\neconomy") == [])
    }

    @Test func caseSensitiveConceptsNeedExactCase() throws {
        #expect(try found("the Pink Tide governments") == ["pink-tide=Pink Tide"])
        #expect(try found("a pink tide of algae") == [])
    }

    @Test func offsetsPointIntoTheText() throws {
        let text = "Émile saw 😀 the semi-periphery."
        let segmented = try Segmenter.segment(text)
        let mention = try #require(matcher.mentions(in: segmented).first)
        let scalars = Array(text.unicodeScalars)
        #expect(String(String.UnicodeScalarView(scalars[mention.start..<mention.end])) == "semi-periphery")
    }
}

@Suite struct LexiconLoaderTests {
    @Test func reportsMalformedLexiconsWithLines() {
        let cases: [(String, String)] = [
            ("concepts:\n  - id: a\n", "has no 'label'"),
            ("concepts:\n  - id: a\n    label: a\n    broader: nowhere\n", "unknown broader concept 'nowhere'"),
            ("concepts:\n  - id: a\n    label: a\n  - id: a\n    label: b\n", "duplicate concept id 'a'"),
            ("concepts:\n  - id: a\n    label: a\n    broader: b\n  - id: b\n    label: b\n    broader: a\n", "broader cycle"),
            ("concepts: [\n", "invalid YAML"),
            ("name: x\n", "missing 'concepts' list"),
        ]
        for (yaml, reason) in cases {
            #expect(throws: LexiconError.self) { try LexiconLoader.load(yaml: yaml, path: "bad.yaml") }
            do {
                _ = try LexiconLoader.load(yaml: yaml, path: "bad.yaml")
            } catch {
                #expect("\(error)".contains(reason), "\(error)")
                #expect("\(error)".hasPrefix("bad.yaml"))
            }
        }
    }

    @Test func narrowerFollowsTheHierarchy() throws {
        let lexicon = try LexiconLoader.load(path: fixtures.appendingPathComponent("small-lexicon.yaml").path)
        #expect(Set(lexicon.narrower(than: "world-economy")) == ["world-economy", "capitalist-world-economy"])
        #expect(lexicon.fingerprint == (try LexiconLoader.load(path: fixtures.appendingPathComponent("small-lexicon.yaml").path)).fingerprint)
    }
}
