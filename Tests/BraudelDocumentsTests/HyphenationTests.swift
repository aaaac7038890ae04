import Testing
@testable import BraudelDocuments

/// End-of-line hyphens decided by evidence: the document, the lexicons, then shape.
@Suite struct HyphenationTests {
    func clean(_ raw: String, _ context: CleaningContext = .empty) -> String {
        PDFTextCleaner.clean(raw, context: context)
    }

    @Test func dropsTypesettingHyphenWithoutEvidence() {
        #expect(clean("capital accumu-\nlation proceeds") == "capital accumulation proceeds")
        #expect(clean("the semi-\nperipheral zone") == "the semiperipheral zone")
    }

    @Test func keepsHyphenWhenTheDocumentWritesTheHyphenatedForm() {
        let raw = "Some call it semi-peripheral. The semi-\nperipheral states differ."
        #expect(clean(raw) == "Some call it semi-peripheral. The semi-peripheral states differ.")
    }

    @Test func pluralOrSingularElsewhereCountsAsEvidence() {
        #expect(clean("Semi-peripheries rise. A semi-\nperiphery falls.") == "Semi-peripheries rise. A semi-periphery falls.")
        #expect(clean("Some anti-systems exist: an anti-\nsystem") == "Some anti-systems exist: an anti-system")
        #expect(clean("Semiperipheries rise. A semi-\nperiphery falls.") == "Semiperipheries rise. A semiperiphery falls.")
    }

    @Test func dropsHyphenWhenTheDocumentWritesTheClosedForm() {
        let raw = "Antisystemic movements grew. Such anti-\nsystemic protest spread."
        #expect(clean(raw) == "Antisystemic movements grew. Such antisystemic protest spread.")
    }

    @Test func lexiconKnowledgeDecidesWhenTheDocumentIsSilent() {
        let context = CleaningContext(hyphenatedWords: ["neo-liberal"], closedWords: ["worldsystem"])
        #expect(clean("the neo-\nliberal turn", context) == "the neo-liberal turn")
        #expect(clean("the world-\nsystem", context) == "the worldsystem")
    }

    @Test func keepsHyphenBeforeACapitalizedName() {
        #expect(clean("as Chase-\nDunn and Abu-\nLughod show") == "as Chase-Dunn and Abu-Lughod show")
    }

    @Test func titleCaseCompoundKeepsItsHyphenDespiteALostHyphenElsewhere() {
        // "Worldsystem" (a hyphen lost elsewhere in the extraction) is no evidence against the
        // capitalized compound of a title or a name.
        let raw = "Worldsystem theory begins with Wallerstein's The Modern World-\nSystem (1974) and Chase-\nDunn (1998)."
        #expect(clean(raw) == "Worldsystem theory begins with Wallerstein's The Modern World-System (1974) and Chase-Dunn (1998).")
        let names = "Chasedunn is an OCR slip; the reference reads Chase-\nDunn, Christopher."
        #expect(clean(names) == "Chasedunn is an OCR slip; the reference reads Chase-Dunn, Christopher.")
    }

    @Test func capitalsThroughoutAreNotTakenForNames() {
        #expect(clean("CAPITAL ACCUMU-\nLATION") == "CAPITAL ACCUMULATION")
    }

    @Test func keepsHyphenAfterFreeStandingCompoundHeads() {
        #expect(clean("the capitalist world-\neconomy and self-\nreliance") == "the capitalist world-economy and self-reliance")
    }

    @Test func compoundHeadFollowedBySuffixIsOneWord() {
        #expect(clean("a world-\nly matter of nation-\nalism") == "a worldly matter of nationalism")
    }

    @Test func numbersDashesAndSoftHyphens() {
        #expect(clean("pages 45-\n67 of the report") == "pages 45-67 of the report")
        #expect(clean("a global -\nthe word") == "a global - the word")
        #expect(clean("capital\u{2014}\nand labor") == "capital\u{2014}and labor")
        #expect(clean("a global \u{2013}\nthe word") == "a global \u{2013} the word")
        #expect(clean("hege\u{00AD}\nmony") == "hegemony")
    }

    @Test func urlsBrokenAtSlashesAreRejoined() {
        #expect(clean("see https://doi.org/10.1080/\n14747731 for data") == "see https://doi.org/10.1080/14747731 for data")
    }
}
