import Testing
@testable import BraudelDocuments

/// The cleaning rules for what pdftotext produces from typeset papers, each on a small input
/// with its exact expected output.
@Suite struct PDFExtractionCleaningTests {
    func clean(_ raw: String) -> String {
        PDFTextCleaner.clean(raw, context: .empty)
    }

    @Test func alternatingRunningHeadersSeenTwiceEachAreRemoved() {
        // Five pages: author on even pages, short title on odd ones, each only twice, printed
        // right above the body with no blank line (so they do not stand alone).
        let raw = """
        The semiperiphery mediates between core and periphery in every long cycle, and
        1
        \u{0C}Maria K. Okafor
        its states compete for the capital that leaves the declining hegemon.
        2
        \u{0C}States of the Semiperiphery
        Brazil and South Korea are the usual cases of upward mobility since the
        3
        \u{0C}Maria K. Okafor
        postwar boom, while Argentina shows the opposite movement.
        4
        \u{0C}States of the Semiperiphery
        Mobility is rare.
        5
        """
        #expect(clean(raw) == "The semiperiphery mediates between core and periphery in every long cycle, and its states compete for the capital that leaves the declining hegemon. Brazil and South Korea are the usual cases of upward mobility since the postwar boom, while Argentina shows the opposite movement.\n\nMobility is rare.")
    }

    @Test func headerRepeatingTheBylineLeavesTheBylineOnTheFirstPage() {
        let raw = """
        Semiperipheral States
        Maria K. Okafor

        The semiperiphery mediates between core and periphery in every long cycle
        of accumulation, and its states compete for the capital that leaves the
        declining hegemon, as the core itself turns from production to finance
        in the autumn of each hegemony, which is when the semiperiphery gains
        1
        \u{0C}Maria K. Okafor

        room for manoeuvre over the terms of trade and the routes of commodity
        2
        \u{0C}Maria K. Okafor

        chains that cross it, and for a while its states can bargain
        3
        \u{0C}Maria K. Okafor

        with core firms.
        4
        """
        #expect(clean(raw) == "Semiperipheral States\n\nMaria K. Okafor\n\nThe semiperiphery mediates between core and periphery in every long cycle of accumulation, and its states compete for the capital that leaves the declining hegemon, as the core itself turns from production to finance in the autumn of each hegemony, which is when the semiperiphery gains room for manoeuvre over the terms of trade and the routes of commodity chains that cross it, and for a while its states can bargain with core firms.")
    }

    @Test func footnoteMarkersBeforeLowercaseWordsAfterPunctuation() {
        let raw = """
        Britain lost its hegemony,3 which the United States inherited;12 its decline is
        debated (Wallerstein 1999: 45) and measured in 3.5 percent growth, 1991,3 and
        pp.45 and Vol.9 and e.g.2 below, over 40 km² of land.
        """
        #expect(clean(raw) == "Britain lost its hegemony, which the United States inherited; its decline is debated (Wallerstein 1999: 45) and measured in 3.5 percent growth, 1991,3 and pp.45 and Vol.9 and e.g.2 below, over 40 km² of land.")
    }

    @Test func lostHyphensStayAsTheyAre() {
        // pdftotext joins "world-" + "system" at a line end itself; the matcher knows the
        // closed form, so cleaning must not invent a hyphen.
        #expect(clean("the modern worldsystem and its\nworldeconomy") == "the modern worldsystem and its worldeconomy")
    }

    @Test func softHyphensGoNoBreakSpacesStayLigaturesStay() {
        let raw = "The semi\u{00AD}periphery of the \u{FB01}nancial world-econ\u{00AD}\nomy, p.\u{00A0}  45 and\u{00A0}\ncore."
        #expect(clean(raw) == "The semiperiphery of the \u{FB01}nancial world-economy, p.\u{00A0}45 and core.")
    }

    @Test func wordsCutFromAJustifiedLineAreOneSentenceAgain() {
        let raw = """
        Much of the literature looks either at the core, where accumulation is
        concentrated, or at the periphery, where surplus is drained through unequal
        exchange
        (Emmanuel
        1972;
        Amin
        1976).
        The
        semiperiphery has received less sustained attention in this literature.
        """
        #expect(clean(raw) == "Much of the literature looks either at the core, where accumulation is concentrated, or at the periphery, where surplus is drained through unequal exchange (Emmanuel 1972; Amin 1976). The semiperiphery has received less sustained attention in this literature.")
    }

    @Test func labeledAbstractStartsAParagraph() {
        let raw = """
        Centre for Comparative Historical Research, Working Paper 14,
        October 2019
        Abstract. This paper follows three port cities of the semiperiphery through
        the last two hegemonic transitions.
        """
        #expect(clean(raw) == "Centre for Comparative Historical Research, Working Paper 14, October 2019\n\nAbstract. This paper follows three port cities of the semiperiphery through the last two hegemonic transitions.")
    }

    @Test func titleBlockIsSetApartWhenTheTitleIsKnown() {
        let raw = "Port Cities of the Semiperiphery\nand the Rhythm of Hegemonic\nDecline\nHelena M. Castro-Ribeiro\nAbstract. Ports matter.\n\u{0C}Next page\n"
        let separated = TitleBlockSeparator.separate(raw, titles: ["Port Cities of the Semiperiphery and the Rhythm of Hegemonic Decline"],
                                                     authors: ["Helena M. Castro-Ribeiro"])
        #expect(separated == "Port Cities of the Semiperiphery\nand the Rhythm of Hegemonic\nDecline\n\nHelena M. Castro-Ribeiro\n\nAbstract. Ports matter.\n\u{0C}Next page\n")
        #expect(clean(separated).hasPrefix("Port Cities of the Semiperiphery and the Rhythm of Hegemonic Decline\n\nHelena M. Castro-Ribeiro\n\nAbstract. Ports matter."))
        #expect(TitleBlockSeparator.separate(raw, titles: ["Another Title Entirely"], authors: []) == raw)
    }
}
