import Testing
@testable import BraudelDocuments

/// Extraction damage the cleaner repairs, and the look-alikes it must leave alone. The corpus
/// fixture corpus/journal-page-navigation.txt holds the same shapes in a whole document.
@Suite struct ExtractionRepairTests {
    func clean(_ text: String) -> String { PDFTextCleaner.clean(text, context: .empty) }

    @Test func functionWordGluedToANameIsSplit() {
        #expect(clean("The account of Hopkins andWallerstein (1986) holds.") == "The account of Hopkins and Wallerstein (1986) holds.")
        #expect(clean("a reading ofArrighi (1994) here") == "a reading of Arrighi (1994) here")
        // Names that are written with an inner capital stay whole.
        #expect(clean("McNeill and DeSouza and MacDonald wrote.") == "McNeill and DeSouza and MacDonald wrote.")
    }

    @Test func yearSplitInsideACitationIsJoined() {
        #expect(clean("as shown (OECD 201 3) before") == "as shown (OECD 2013) before")
        #expect(clean("as shown (Amin 1 974a; Frank 1967) before") == "as shown (Amin 1974a; Frank 1967) before")
        // Two numbers that do not close a citation are two numbers.
        #expect(clean("in 201 3 cases out of 400") == "in 201 3 cases out of 400")
        #expect(clean("(table 12 3)") == "(table 12 3)")
    }

    @Test func wordSplitByASpaceIsJoinedOnlyOnTheDocumentsEvidence() {
        #expect(clean("Ar righi (1994) argued this. Arrighi later added more.")
                == "Arrighi (1994) argued this. Arrighi later added more.")
        // Without the joined form elsewhere, nothing is joined.
        #expect(clean("Ar righi (1994) argued this.") == "Ar righi (1994) argued this.")
        // A half that is a word of the document keeps the split: "He re" where "he" is written.
        #expect(clean("He re we go. Here he is.") == "He re we go. Here he is.")
    }

    @Test func tagsLeftInPlainTextAreRemoved() {
        #expect(clean("show<strong>in</strong>g the rise <strong>of</strong> ports") == "showing the rise of ports")
        #expect(clean("Bunker <b>and</b> Ciccantell (2005)") == "Bunker and Ciccantell (2005)")
        #expect(clean("<span class=\"hl\">Amin</span> (1976) wrote") == "Amin (1976) wrote")
        // A line-breaking element ends the line, which the cleaner then joins like any other.
        #expect(clean("the ledgers<br />studied by Haddad") == "the ledgers studied by Haddad")
        // Angle brackets that are not a tag of an HTML element stay.
        #expect(clean("if a < b and b > c") == "if a < b and b > c")
        #expect(clean("quoted <Wallerstein 1974> and <that>") == "quoted <Wallerstein 1974> and <that>")
        #expect(clean("an open <strong tag\nacross lines>") == "an open <strong tag across lines>")
    }

    @Test func nameGluedToTheYearOfACitationIsSeparated() {
        #expect(clean("(Lindqvist and Mbeki2004)") == "(Lindqvist and Mbeki 2004)")
        #expect(clean("(Okafor1998; Haddad 2016)") == "(Okafor 1998; Haddad 2016)")
        #expect(clean("(Smith2001a, 4)") == "(Smith 2001a, 4)")
        // Not a citation's close, or not a year: left as written.
        #expect(clean("the Windows2000 release") == "the Windows2000 release")
        #expect(clean("(Model1234)") == "(Model1234)")
        #expect(clean("(A320)") == "(A320)")
    }

    @Test func footnoteMarkersSpareSectionNumbersAndLabelValues() {
        #expect(clean("See Section 4.2 The next part.") == "See Section 4.2 The next part.")
        #expect(clean("II.3 The problem of ports.") == "II.3 The problem of ports.")
        #expect(clean("The ports grew.\nTotal Page:16\n\nMore text.").contains("Total Page:16"))
        #expect(clean("the rise of new sectors.1 The dockworkers struck.") == "the rise of new sectors. The dockworkers struck.")
    }
}
