import Testing
@testable import BraudelDocuments

/// Head shapes met on a fourth real sample of pages nobody tuned on (Spanish and Portuguese
/// journal pages, repository records and covers, chapter listings, PDF copies), each pinned
/// with invented lines. The page-shaped documents in `corpus/` (`journal-record-romance.txt`,
/// `repository-cover-page.txt`, `thesis-record-page.txt`, `chapter-listing-page.txt`,
/// `pdf-running-byline.txt`, `eprints-record.txt`, `editorial-names-per-line.txt`) carry the
/// same classes with gold.
@Suite struct TitleBlockUnseenPagesTests {
    func metadata(_ text: String) -> DocumentMetadata { TitleBlockParser.metadata(of: text) }

    @Test func abstractLabelsInOtherLanguagesEndTheTitle() {
        for label in ["Resumo", "Sinopsis", "Resumen", "Palavras-chave: portos, marés"] {
            let found = metadata("Os portos e as marés do sul\n\(label)\nEste artigo segue os livros de três portos menores do litoral sul.")
            #expect(found.title == "Os portos e as marés do sul", "\(label)")
        }
    }

    @Test func navigationLinksLicencesLogosAndFileNamesAreNoTitle() {
        let found = metadata("""
        Logo Harbour Papers
        Harbour_Digital_Nro 4be2c91a-77d0-4e1f-9a3b-12cd45ef6789_A
        Next Article in Journal
        A Ledger of the Northern Quays
        Previous Article in Special Issue
        Dredging the Lower River

        CC BY 4.0 — Creative Commons Attribution 4.0 International

        Tides and Tolls in the Southern Ports

        Ana Moreno

        Text of the article starts here and runs on for a good while before it ends.
        """)
        #expect(found.title == "Tides and Tolls in the Southern Ports")
        #expect(found.authors == ["Ana Moreno"])
        #expect(HeadLine.isFileName("final-draft_v2.pdf"))
        #expect(!HeadLine.isFileName("The Harbour Leagues"))
        #expect(HeadLine.isNavigationLabel("previous article in journal"))
        #expect(!HeadLine.isNavigationLabel("next steps for the harbour leagues"))
    }

    @Test func labelledBylineOnTheFirstLineNamesTheAuthor() {
        let found = metadata("""
        por Rosa Castell

        Los puertos menores crecieron cuando el tráfico de ultramar se detuvo, y sus libros lo muestran año por año.
        """)
        #expect(found.title == nil)
        #expect(found.authors == ["Rosa Castell"])
    }

    @Test func honorificsNoteMarksAndBarredAffiliationsLeaveTheName() {
        #expect(Bylines.parse("Lic. Rosa Castell(*)") == ["Rosa Castell"])
        #expect(Bylines.parse("Dr. Ana Moreno") == ["Ana Moreno"])
        #expect(Bylines.parse("Jin Lee | Universidade Federal do Litoral (Brasil)") == ["Jin Lee"])
        #expect(Bylines.parse("Browse By Session Type") == nil)
        #expect(Bylines.parse("Harbour Consult") == nil)
    }

    @Test func authorsSetOneToALine() {
        let found = metadata("""
        Harbours and their hinterlands: an introduction

        Ana Moreno
        Jin Lee
        Rosa Castell

        The three articles in this issue follow goods from small harbours inland and back again.
        """)
        #expect(found.authors == ["Ana Moreno", "Jin Lee", "Rosa Castell"])
    }

    @Test func aDeclaredCountBoundsTheAuthors() {
        let found = metadata("""
        The Ledger of the Tides

        Working Paper · March 2011

        CITATIONS READS

        1 author:

        Ana Moreno
        Harbour Institute of Economic History
        12 PUBLICATIONS   40 CITATIONS

        SEE PROFILE

        Harbour rents rose and fell with the tides of trade, and three small ports let us follow them year by year.
        """)
        #expect(found.title == "The Ledger of the Tides")
        #expect(found.authors == ["Ana Moreno"])
        #expect(found.year == 2011)
        #expect(Bylines.declaredCount("2 authors:") == 2)
    }

    @Test func chapterListingAndTrailingDOIAreSplitOff() {
        #expect(HeadLine.splitPageRange("7 - The Harbour Leagues of the Northern Sea  pp. 201-233")
            == ["The Harbour Leagues of the Northern Sea", "pp. 201-233"])
        #expect(HeadLine.splitPageRange("Notes on pp. 4-5") == ["Notes on pp. 4-5"])
        #expect(HeadLine.splitTrailingDOI("Mareas y aduanas del sur - DOI: http://dx.doi.org/10.5555/x.1")
            == ["Mareas y aduanas del sur", "DOI: http://dx.doi.org/10.5555/x.1"])
        // In a run-together head the title follows the DOI: nothing is split.
        #expect(HeadLine.splitTrailingDOI("Review, Vol. 9 DOI: 10.5555/x.1 Tides of the South Ana Moreno").count == 1)
    }

    @Test func romanceDatesMonthRangesAndJournalPageLinesDate() {
        #expect(DateLine.isDateOnly("miércoles, 13 de septiembre de 2017"))
        #expect(metadata("Tides of the South\n\nmiércoles, 13 de septiembre de 2017\n\nAna Moreno\n").year == 2017)
        #expect(metadata("Harbour Review, Nº 4, Julio-diciembre 2020, pp. 1-17\n\nTides of the South\n\nAna Moreno\n").year == 2020)
        #expect(metadata("Harbour Bulletin, No. 1, 2021 Page 15\n\nTides of the South\n\nAna Moreno\n").year == 2021)
    }

    @Test func aDateOfReceiptYieldsToThePublicationLine() {
        let found = metadata("""
        Tides of the South
        Ana Moreno
        Fecha de recepción: 1 de diciembre de 2017
        Harbour Review Año 4, Nº 8 (2018) pp. 129-151
        """)
        #expect(found.year == 2018)
        #expect(PublicationYear.isReceipt("Received: 06 September 2025; Accepted: 11 September 2025"))
    }

    @Test func tabSeparatedWordsAndARunningHeaderByline() {
        let found = metadata("Harbour\tReview,\tVol.\t4,\tN.\t2,\t2016,\tp.\t88-104.\nAna\tMoreno\n88\n\nOs\tportos\tmenores\n\nAna\tMoreno1\n1Universidade\tFederal\tdo\tLitoral.\n")
        #expect(found.title == "Os portos menores")
        #expect(found.authors == ["Ana Moreno"])
        #expect(found.year == 2016)
    }

    @Test func thePagesOwnCitationNamesTheWork() {
        let found = metadata("""
        Date of Completion
        2019
        First Advisor
        Rosa Castell
        Recommended Citation
        Moreno, Ana Lucía, "Tolls on the Lower River" (2019). Harbour College Senior Theses.
        """)
        #expect(found.title == "Tolls on the Lower River")
        #expect(found.authors == ["Ana Lucía Moreno"])
        #expect(found.year == 2019)
        let apa = SelfCitation.parse("Salas Moreno, L. (2025). Tides of the south. Harbour Review, 7(3), 1-9.")
        #expect(apa?.title == "Tides of the south")
        #expect(apa?.authors == ["L. Salas Moreno"])
        #expect(SelfCitation.parse("A sentence that mentions (2019) in passing.") == nil)
    }

    @Test func aRecordsCitationLineRepeatingTheTitleGivesAuthorsAndYear() {
        let found = metadata("""
        Tidal Ledgers and Harbour Dues

        Moreno, Ana and Lee, Jin (2018) Tidal Ledgers and Harbour Dues. Coastal History Review, 7 (2).

        Three small ports kept ledgers of the dues they charged on every boat that came in.
        """)
        #expect(found.title == "Tidal Ledgers and Harbour Dues")
        #expect(found.authors == ["Ana Moreno", "Jin Lee"])
        #expect(found.year == 2018)
    }

    @Test func aTranslatedTitleUnderOrAfterTheTitleIsLeftOut() {
        let under = metadata("""
        Mareas y aduanas en la costa del sur
        Tides and customs houses on the southern coast
        Rosa Castell
        Escuela de Historia, Universidad del Puerto.
        """)
        #expect(under.title == "Mareas y aduanas en la costa del sur")
        let apart = metadata("""
        Mareas y aduanas en la costa del sur

        Tides and Customs Houses on the Southern Coast

        Rosa Castell
        """)
        #expect(apart.title == "Mareas y aduanas en la costa del sur")
        let inline = metadata("Mareas y aduanas del sur (Tides and customs houses of the south)\n\nRosa Castell\n")
        #expect(inline.title == "Mareas y aduanas del sur")
        // One English title set over two lines is one title.
        #expect(metadata("Ports of the South\nand the Trade of the Atlantic\nRosa Castell\n").title
            == "Ports of the South and the Trade of the Atlantic")
    }

    @Test func anAffiliationNoteUnderTheNameNamesNoOne() {
        let found = metadata("Tides of the South\n\nAna Moreno1\n1National Harbour University of the Coast, Santos.\n")
        #expect(found.authors == ["Ana Moreno"])
    }

    @Test func aCatalogueRecordKeepsTheStopAfterItsTitle() {
        let found = metadata("""
        Harbour leagues in the northern seas: A new reading of the toll books of three small ports.

        Three small ports kept toll books for fifty years, and we read them again here with new counts.

        Full description

        Bibliographic Details
        Main Authors: Ana Moreno, Jin Lee
        Format: Article
        """)
        #expect(found.title == "Harbour leagues in the northern seas: A new reading of the toll books of three small ports")
        #expect(found.authors == ["Ana Moreno", "Jin Lee"])
    }
}
