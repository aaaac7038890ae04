import Testing
@testable import BraudelText

/// The one-pass decoder must agree with the standard library's views on every kind of text
/// the segmenter sees: ASCII, accented Latin, CJK, and characters outside the BMP.
@Suite struct TextUnitsTests {
    @Test(arguments: [
        "",
        "Plain ASCII text.",
        "Bértola and Ocampo (2012) — “core–periphery”\u{00AD} ﬁrm",
        "数据 and 😀 with 𝔘𝔫𝔦𝔠𝔬𝔡𝔢 at the end 🇧🇷",
        "e\u{0301} combining, \r\n line breaks\n\nand a last 𐍈",
    ])
    func agreesWithStringViews(text: String) {
        let (scalars, units) = TextUnits.decode(text)
        #expect(scalars == Array(text.unicodeScalars))
        #expect(units == Array(text.utf16))
    }

    @Test func segmenterOffsetsStayScalarOffsetsPastSupplementaryCharacters() throws {
        let text = "𝔘 world-economy 😀 semiperiphery."
        let segmented = try Segmenter.segment(text)
        let words = segmented.tokens.map { segmented.slice($0.start, $0.end) }
        #expect(words == ["𝔘", "world", "economy", "semiperiphery"])
    }
}

/// A long text is decoded a window at a time: any window must be the scalars the whole text has
/// there, across the saved byte offsets and through characters of every UTF-8 length.
@Suite struct ScalarTextTests {
    @Test func windowsAreTheWholeTextsScalars() {
        let piece = "Bértola — “core” 数据 😀 semiperiphery.\n\n"
        let text = String(repeating: piece, count: 300)
        let whole = Array(text.unicodeScalars)
        let scalarText = ScalarText(text)
        #expect(scalarText.count == whole.count)
        for range in [0..<0, 0..<1, 1020..<1030, 1023..<2049, 3000..<whole.count, 0..<whole.count, whole.count - 5..<whole.count + 10] {
            let clamped = min(range.lowerBound, whole.count)..<min(range.upperBound, whole.count)
            #expect(scalarText.scalars(in: range) == Array(whole[clamped]), "\(range)")
        }
        let span = 40..<(40 + piece.unicodeScalars.count)
        #expect(scalarText.string(in: span) == String(String.UnicodeScalarView(whole[span])))
    }
}
