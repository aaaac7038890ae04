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
