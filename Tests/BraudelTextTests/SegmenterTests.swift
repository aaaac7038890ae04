import Foundation
import Testing
@testable import BraudelText

@Suite struct SegmenterTests {
    @Test func wordsAndSentencesWithScalarOffsets() throws {
        let text = "The semi-periphery grew. Chase-Dunn (1998) disagreed 😀 later."
        let seg = try Segmenter.segment(text)
        #expect(seg.sentences.count == 2)
        let words = seg.tokens.map { seg.slice($0.start, $0.end) }
        #expect(words.prefix(4) == ["The", "semi", "periphery", "grew"])
        #expect(seg.tokens[2].gapBefore == .hyphen)
        #expect(seg.tokens[1].gapBefore == .space)
        #expect(seg.tokens[4].gapBefore == .other)   // new sentence
        let last = try #require(seg.tokens.last)
        #expect(seg.slice(last.start, last.end) == "later")   // offsets survive the emoji
        #expect(last.sentence == 1)
    }

    @Test func foldingHandlesCaseLigaturesAndApostrophes() {
        #expect(Folding.fold("HEGEMONY") == "hegemony")
        #expect(Folding.fold("ﬁrm") == "firm")
        #expect(Folding.fold("Frank’s") == "frank's")
        #expect(Folding.fold("Straße") == "strasse")
    }

    @Test func gapAcrossParagraphIsNotJoinable() throws {
        let seg = try Segmenter.segment("world\n\nsystem")
        #expect(seg.tokens.count == 2)
        #expect(seg.tokens[1].gapBefore == .other)
    }
}

/// Elided articles and prepositions are words of their own, so the noun after them is a token.
@Suite struct ElisionTests {
    func words(_ text: String) throws -> [String] { try Segmenter.segment(text).tokens.map(\.folded) }

    @Test func cliticsSplitOff() throws {
        #expect(try words("l'économie-monde") == ["l'", "économie", "monde"])
        #expect(try words("d’économies qu’une") == ["d'", "économies", "qu'", "une"])
        #expect(try words("dell'economia") == ["dell'", "economia"])
        let segmented = try Segmenter.segment("de l'Europe")
        #expect(segmented.tokens.map { segmented.slice($0.start, $0.end) } == ["de", "l'", "Europe"])
        #expect(segmented.tokens[2].gapBefore == .none)
    }

    @Test func englishApostrophesStay() throws {
        #expect(try words("Prebisch's don't o'clock") == ["prebisch's", "don't", "o'clock"])
    }
}

/// Language identification by libexttextcat on our fixtures in five languages.
@Suite struct LanguageIdentifierTests {
    static let corpus = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().appendingPathComponent("corpus")

    func language(_ path: String) throws -> LanguageIdentifier.Identification {
        LanguageIdentifier.shared.identify(try String(contentsOf: Self.corpus.appendingPathComponent(path), encoding: .utf8))
    }

    @Test func fixturesInFiveLanguages() throws {
        #expect(try language("languages/essai-economie-monde.txt").language == "fr")
        #expect(try language("languages/ensayo-dependencia.md").language == "es")
        #expect(try language("languages/artigo-semiperiferia.txt").language == "pt")
        #expect(try language("languages/aufsatz-weltsystem.txt").language == "de")
        #expect(try language("unequal-exchange.txt").language == "en")
    }

    /// A long document is judged on a sample of its paragraphs; an abstract in a second language
    /// that holds more than a fifth of the letters is always read.
    @Test func aSampleOfALongDocumentFindsItsLanguages() throws {
        let french = try String(contentsOf: Self.corpus.appendingPathComponent("languages/essai-economie-monde.txt"), encoding: .utf8)
        let frenchParagraphs = french.split(separator: "\n\n").filter { $0.count > 200 }
        let long = Array(repeating: frenchParagraphs, count: 10).flatMap { $0 }.joined(separator: "\n\n")
        #expect(LanguageIdentifier.shared.identify(long) == .init(language: "fr", languages: ["fr"]))
        let english = try String(contentsOf: Self.corpus.appendingPathComponent("unequal-exchange.txt"), encoding: .utf8)
        let abstract = english.split(separator: "\n\n").filter { $0.count > 200 }.prefix(2).joined(separator: " ")
        let mixed = abstract + "\n\n" + frenchParagraphs.prefix(6).joined(separator: "\n\n")
        #expect(LanguageIdentifier.shared.identify(mixed).languages.sorted() == ["en", "fr"])
    }

    @Test func tooLittleTextHasNoLanguage() {
        #expect(LanguageIdentifier.shared.identify("Table 1").language == nil)
        #expect(LanguageIdentifier.pick("[gl--utf8][pt--utf8]") == "pt")
        #expect(LanguageIdentifier.pick("SHORT") == nil)
    }
}
