import Testing
@testable import BraudelDocuments

/// Each rule of the PDF cleaner on a small input with its exact expected output.
@Suite struct PDFTextCleanerTests {
    func clean(_ raw: String, _ context: CleaningContext = .empty) -> String {
        PDFTextCleaner.clean(raw, context: context)
    }

    @Test func normalizesLineEndingsAndRejoinsBrokenSentences() {
        let raw = "the modern interstate\r\nsystem that emerged\rin the long sixteenth century.\r\n"
        #expect(clean(raw) == "the modern interstate system that emerged in the long sixteenth century.")
    }

    @Test func formFeedIsAPageBreakNotAParagraphBreak() {
        let raw = "The sentence runs across\n\u{0C}the page break without a gap.\n"
        #expect(clean(raw) == "The sentence runs across the page break without a gap.")
    }

    @Test func removesBarePageNumbersButKeepsYears() {
        let raw = """
        Hegemony rests on production, trade and finance, in that order, as
        217
        Wallerstein argued, and it is lost in the same order when it declines.
        - 12 -
        Page 13
        Page 14 of 40
        The peak of Dutch hegemony came in
        1648
        """
        #expect(clean(raw) == "Hegemony rests on production, trade and finance, in that order, as Wallerstein argued, and it is lost in the same order when it declines. The peak of Dutch hegemony came in 1648")
    }

    @Test func removesRunningHeadersComparedWithDigitsCollapsed() {
        let bodies = ["the modern world-system was born in the long", "sixteenth century, when a European",
                      "division of labor took shape across several", "states without a single political center."]
        var pages = [String]()
        for (offset, body) in bodies.enumerated() {
            pages.append("Okafor / Semiperipheral States \(217 + offset)\n\n\(body)\n")
        }
        let cleaned = clean(pages.joined(separator: "\u{0C}"))
        #expect(cleaned == "the modern world-system was born in the long sixteenth century, when a European division of labor took shape across several states without a single political center.")
    }

    @Test func keepsShortLinesRepeatedCloseTogether() {
        // Quiz options repeat every few lines; they are content, not running headers.
        let raw = """
        1. Which zone exports raw materials?
        Core
        Periphery

        2. Which zone concentrates capital?
        Core
        Periphery

        3. Which zone is intermediate?
        Core
        Periphery
        """
        let cleaned = clean(raw)
        #expect(cleaned.components(separatedBy: "Core").count - 1 == 3)
        #expect(cleaned.components(separatedBy: "Periphery").count - 1 == 3)
    }

    @Test func paragraphBreaksByBlankLineIndentAndShortFinalLine() {
        let raw = """
        The world-economy has a single division of labor across many states and
        cultures, which distinguishes it from a world-empire.
           An indented line after a sentence end opens a new paragraph even without
        a blank line between them, as in most typeset books.
        A short final line ends it.
        And this line starts another paragraph because the line before was short.

        A blank line always separates paragraphs.
        """
        #expect(clean(raw) == """
        The world-economy has a single division of labor across many states and cultures, which distinguishes it from a world-empire.

        An indented line after a sentence end opens a new paragraph even without a blank line between them, as in most typeset books.

        A short final line ends it.

        And this line starts another paragraph because the line before was short.

        A blank line always separates paragraphs.
        """)
    }

    @Test func headingLinesStayTheirOwnParagraphsAndBeginSections() {
        let raw = """
        The semiperiphery is a structural position between the core and the periphery.
        2. The Semiperiphery in Motion
        Mobility between zones is rare but real, and it is the subject of this section
        of the article.
        CONCLUSION
        States rise and fall.
        """
        let result = PDFTextCleaner.cleanDocument(raw, context: .empty)
        #expect(result.text == """
        The semiperiphery is a structural position between the core and the periphery.

        2. The Semiperiphery in Motion

        Mobility between zones is rare but real, and it is the subject of this section of the article.

        CONCLUSION

        States rise and fall.
        """)
        #expect(result.sections.map(\.heading) == [nil, "2. The Semiperiphery in Motion", "CONCLUSION"])
        let scalars = Array(result.text.unicodeScalars)
        let second = result.sections[1]
        #expect(String(String.UnicodeScalarView(scalars[second.start..<(second.start + 30)])) == "2. The Semiperiphery in Motion")
        #expect(second.end == result.text.unicodeScalars.count - "\n\nCONCLUSION\n\nStates rise and fall.".unicodeScalars.count)
    }

    @Test func titleCaseLineFollowedByLowercaseIsNotAHeading() {
        let raw = """
        The long sixteenth century saw the birth of the capitalist world-economy in Europe.
        The Dutch Republic
        was the first hegemonic power of the capitalist world-economy, before Britain.
        """
        #expect(clean(raw) == "The long sixteenth century saw the birth of the capitalist world-economy in Europe. The Dutch Republic was the first hegemonic power of the capitalist world-economy, before Britain.")
    }

    @Test func referenceEntriesAreSeparatedAndContinuationsJoined() {
        let raw = """
        The argument ends here, with a long final sentence that fills the line.

        Works Cited
        Abu-Lughod, Janet L. 1989. Before European Hegemony: The World System A.D.
        1250–1350. New York: Oxford University Press.
        Amin, Samir. 1974. Accumulation on a World Scale. New York: Monthly Review
        Press.
        ———. 1990. Delinking. London: Zed.
        UNCTAD. 2019. Trade and Development Report. Geneva: United Nations.
        van der Linden, Marcel. 2008. Workers of the World. Leiden: Brill.
        Arrighi, Giovanni. 1994. The Long Twentieth Century. Cambridge,
        MA: Harvard University Press.
        """
        #expect(clean(raw) == """
        The argument ends here, with a long final sentence that fills the line.

        Works Cited

        Abu-Lughod, Janet L. 1989. Before European Hegemony: The World System A.D. 1250–1350. New York: Oxford University Press.

        Amin, Samir. 1974. Accumulation on a World Scale. New York: Monthly Review Press.

        ———. 1990. Delinking. London: Zed.

        UNCTAD. 2019. Trade and Development Report. Geneva: United Nations.

        van der Linden, Marcel. 2008. Workers of the World. Leiden: Brill.

        Arrighi, Giovanni. 1994. The Long Twentieth Century. Cambridge, MA: Harvard University Press.
        """)
    }

    @Test func hangingIndentContinuesAnEntryWhoseFirstLineEndsASentence() {
        // pdftotext keeps the hanging indent; a first line that ends with a period is not the
        // whole entry, and an indented "In G." line continues it too.
        let raw = """
        References
        Amsden, Alice H. 1989. Asia's Next Giant: South Korea and Late Industrialization.
            New York: Oxford University Press.
        Arrighi, Giovanni, Terence K. Hopkins, and Immanuel Wallerstein. 1989.
            Antisystemic Movements. London: Verso.
        Gereffi, G. (1994). The Organization of Buyer-Driven Global Commodity Chains. In G.
            Gereffi & M. Korzeniewicz (Eds.), Commodity Chains and Global Capitalism
            (pp. 95–122). Westport, CT: Praeger.
        World Bank. 2017. World Development Report 2017: Governance and the Law.
            Washington, DC: World Bank.
        """
        #expect(clean(raw) == """
        References

        Amsden, Alice H. 1989. Asia's Next Giant: South Korea and Late Industrialization. New York: Oxford University Press.

        Arrighi, Giovanni, Terence K. Hopkins, and Immanuel Wallerstein. 1989. Antisystemic Movements. London: Verso.

        Gereffi, G. (1994). The Organization of Buyer-Driven Global Commodity Chains. In G. Gereffi & M. Korzeniewicz (Eds.), Commodity Chains and Global Capitalism (pp. 95–122). Westport, CT: Praeger.

        World Bank. 2017. World Development Report 2017: Governance and the Law. Washington, DC: World Bank.
        """)
    }

    @Test func numberedNotesAreSeparated() {
        let raw = """
        Notes
        1. See Wallerstein (1974) for the concept, and Arrighi (1994) for its use
        in the study of cycles.
        2. On the semiperiphery, see Chase-Dunn (1998).
        """
        #expect(clean(raw) == """
        Notes

        1. See Wallerstein (1974) for the concept, and Arrighi (1994) for its use in the study of cycles.

        2. On the semiperiphery, see Chase-Dunn (1998).
        """)
    }

    @Test func detachesFootnoteMarkersButNotCitationNumbers() {
        let raw = """
        Britain lost its hegemony.12 The United States rose after 1945 (Arrighi 1994).7
        Its decline is debated (Wallerstein 1999: 45). See Review 14, No.2 and pp.45-67 in
        the issue of 1991.3 Hegemony¹² Rises and falls, as in “system.”4 That is all.
        """
        #expect(clean(raw) == "Britain lost its hegemony. The United States rose after 1945 (Arrighi 1994). Its decline is debated (Wallerstein 1999: 45). See Review 14, No.2 and pp.45-67 in the issue of 1991.3 Hegemony Rises and falls, as in “system.” That is all.")
    }

    @Test func trimsLeadingSpacesCollapsesSpacesAndKeepsTypography() {
        let raw = "   \u{2018}capitalism\u{2019} \u{2013}  a global\n   system of  the \u{FB01}rm and the e\u{FB00}ective state\u{00A0}  \n"
        #expect(clean(raw) == "\u{2018}capitalism\u{2019} \u{2013} a global system of the \u{FB01}rm and the e\u{FB00}ective state")
    }

    @Test func unwrappedLinesEndingSentencesAreParagraphs() {
        let long = String(repeating: "The core exploits the periphery through unequal exchange. ", count: 4)
        let raw = long + "\n" + long + "\n"
        let trimmed = long.trimmingTrailingSpaces()
        #expect(clean(raw) == trimmed + "\n\n" + trimmed)
    }

    @Test func outputHasOnlyDoubleNewlinesAndNoTrailingWhitespace() throws {
        let cleaned = clean(try Fixtures.text("pdf_extracted.txt"))
        #expect(!cleaned.isEmpty)
        for paragraph in cleaned.components(separatedBy: "\n\n") {
            #expect(!paragraph.isEmpty)
            #expect(!paragraph.contains("\n"))
            #expect(paragraph.last != " " && paragraph.first != " ")
        }
        #expect(!cleaned.contains("\n\n\n"))
    }

    @Test func cleansTheExtractedArticleFixture() throws {
        let result = PDFTextCleaner.cleanDocument(try Fixtures.text("pdf_extracted.txt"), context: .empty)
        #expect(result.text == """
        Journal of World-Systems Research, Vol. 9, No. 2 (2003)

        Semiperipheral States in the Contemporary World-Economy

        Maria K. Okafor and Thomas Lindqvist

        Abstract

        This article examines the semiperipheral zone of the capitalist world-economy since 1945. It argues that accumulation in the semiperiphery follows the rhythm of the core.

        1. Introduction

        The world-system perspective treats the semiperiphery as a structural position between core and periphery (Arrighi and Silver 1999: 45). Chase-Dunn and Hall (1997) stress upward mobility.

        Semiperipheral states rise and fall. The semiperipheral zone is not a residual category of the interstate system. Its states combine core-like and peripheral production, as Wallerstein argued in his account of hegemony. The long cycles of British and Dutch hegemony show this.

        2. The Semiperiphery in Motion

        Mobility is rare. Abu-Lughod (1989) finds earlier world-systems with their own semi- peripheries and uneven world-system integration.

        Brazil and South Korea are the usual examples of such states, whose rise depended on state-led industrialization.

        References

        Arrighi, Giovanni, and Beverly J. Silver. 1999. Chaos and Governance in the Modern World System. Minneapolis: University of Minnesota Press.

        Chase-Dunn, Christopher, and Thomas D. Hall. 1997. Rise and Demise: Comparing World-Systems. Boulder, CO: Westview Press.

        ———. 2000. "Comparing World-Systems to Explain Social Evolution." In World System History, edited by Robert A. Denemark. London: Routledge.

        World Bank. 2017. World Development Report. Washington, DC: World Bank.

        Wallerstein, Immanuel. 1974. The Modern World-System. New York: Academic Press.
        """)
        #expect(result.sections.compactMap(\.heading) == [
            "Journal of World-Systems Research, Vol. 9, No. 2 (2003)",
            "Semiperipheral States in the Contemporary World-Economy",
            "Abstract", "1. Introduction", "2. The Semiperiphery in Motion", "References",
        ])
    }
}
