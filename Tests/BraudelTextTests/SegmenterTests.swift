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
