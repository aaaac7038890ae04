import Testing
@testable import BraudelDocuments

/// Head shapes met on a sixth real sample of page starts (record and review pages, study
/// guides, working papers, magazine essays, sharing-site copies), pinned with invented lines.
/// The page heads in `corpus/metadata/` (`record-page-field-dates.txt`,
/// `review-record-glued-label.txt`, `abstract-heading-page.txt`, `working-paper-name-blocks.txt`,
/// `run-together-capitals-head.txt`, `magazine-dashed-byline.txt`, `study-guide-contents.txt`,
/// `question-page-lowercase.txt`, `repost-credited-byline.txt`, `book-record-button-lines.txt`,
/// `two-line-head-stop.txt`, `discussion-paper-position-head.txt`) carry the same classes with gold.
@Suite struct TitleBlockSixthSampleTests {
    func metadata(_ text: String) -> DocumentMetadata { TitleBlockParser.metadata(of: text) }

    @Test func abstractLabelBeforeTheTitleNamesTheHeadingNotTheAbstract() {
        let found = metadata("Ir al contenido\n\n\nResumen de Los libros del puerto: una lectura\n\nRosa Castell\n\nEl artículo lee los libros de aduana de tres puertos menores y muestra cómo creció el cabotaje.")
        #expect(found.title == "Los libros del puerto: una lectura")
        #expect(found.authors == ["Rosa Castell"])
        #expect(HeadLine("Resumen de Los libros del puerto").kind == .text)
        #expect(HeadLine("Resumen").kind == .end)
    }

    @Test func gluedAuthorLabelAndInvertedListWithAmpersand() {
        #expect(Bylines.parse("AuthorOkafor, Ngozi") == ["Ngozi Okafor"])
        #expect(Bylines.parse("Authority of the Harbour Board") == nil)
        #expect(Bylines.parseLabelled("Moreno, A., Quintero, I., & Lindqvist, D.")?.count == 3)
    }

    @Test func fieldLineWithAnISODateIsNoTitle() {
        #expect(DateLine.isISODate("2021-06-14"))
        #expect(!DateLine.isISODate("2021-13-14"))
        #expect(!DateLine.isISODate("1076-156X"))
        let found = metadata("""
        Tallying the quays - Harbour dues explained by pilotage records

        Published to: Coastal Trade Review. 118 40412- - 2021-06-14 118()

        Authors:

        Moreno, A., Quintero, I., & Lindqvist, D.

        Abstract
        """)
        #expect(found.title == "Tallying the quays - Harbour dues explained by pilotage records")
        #expect(found.authors.count == 3)
    }

    @Test func departmentLinesBetweenNameBlocksJoinedByAnd() {
        let found = metadata("Tides Bridged: Harbour Records\n \nAna Moreno\nHistory\nLindqvist College\nand\nJin K. Lee\nEconomics\nHarbourside University\nAbstract: This paper joins two ways of reading port records.")
        #expect(found.authors == ["Ana Moreno", "Jin K. Lee"])
    }

    @Test func romanceAffiliationStartsAtItsKeywordAfterAFullName() {
        let found = metadata("OS LIVROS DO PORTO E AS MARÉS DO SUL Maria Helena Duarte Universidade Federal do Litoral (UFL) Núcleo de Estudos E-Mail: [email protected] RESUMO Este artigo lê os livros de três portos menores.")
        #expect(found.title == "OS LIVROS DO PORTO E AS MARÉS DO SUL")
        #expect(found.authors == ["Maria Helena Duarte"])
        // A department in a Romance language under a name is no further author.
        let record = metadata("Mareas y aduanas del Pacífico\n\nRosa Castell\nEscuela de Historia, Universidad del Puerto, Valparaíso.\n\nResumen\nEl artículo lee los libros de aduana.")
        #expect(record.authors == ["Rosa Castell"])
    }

    @Test func headingWithADashedBylineUnderSiteLines() {
        let found = metadata("A project of the Harbour Writers' Cooperative\n\n\nVolume 2 - No. 4 -  2016\n\n\nPort Dues Reconsidered - by Ngozi Okafor\n\nFor a long while the dues a ship paid were read as a tax on tonnage and nothing else, and this essay asks why.")
        #expect(found.title == "Port Dues Reconsidered")
        #expect(found.authors == ["Ngozi Okafor"])
    }

    @Test func contentsListAndTheFirstSectionHeadingAreNoTitle() {
        let found = metadata("- Coastal Trade: An Introduction\n- The Ledger as a Source for Harbour History\n- Pilots and Their Logs: An Overview\n- Critical Evaluation\nCoastal Trade: An Introduction\n\nCoastal trade kept small harbours alive long after the ocean routes passed them by, and their ledgers tell the story.")
        #expect(found.title == nil)
        // A field in a bulleted run stays a field.
        #expect(HeadLine.head(["• Writer: Ana Moreno", "• Apr 16", "• 2 min read"])[0].isText)
    }

    @Test func lowercaseFirstLineIsTheTitleOnlyWhenNothingElseIs() {
        let question = metadata("pilots and ledgers in harbour history\n\nPilots and ledgers are two sources for the history of small harbours, and each sees something the other misses entirely.")
        #expect(question.title == "pilots and ledgers in harbour history")
        // A sharing site's lowercased copy title over a run-together head yields to the head.
        let copy = metadata("tolls of the harbour\n\n40\nHarbour Review, Vol. 9, No. 2, 2005 153–180 TOLLS OF THE HARBOUR Ana Moreno Department of History, Harbourside University ana@harbour.edu ABSTRACT This paper reads the toll books of a small port.")
        #expect(copy.authors == ["Ana Moreno"])
    }

    @Test func keywordRunAboveTheTitleAndASourceLineCreditingTheAuthor() {
        let found = metadata("""
        | Harbour ledgers infographics Port Authority Port Authority harbour ledgers pilots tonnage dues | Tide Online Harbour ledgers – infographics – Port Authority harbour ledgers, pilots, tonnage

        Harbour Dues in the Nineteenth Century: Ledgers and Pilots

        Originally published: Coastal Weekly on Vol. 12, Issue No. 7, March 3, 2019 by Ana Moreno (more by Coastal Weekly)

        Starting with the plainest account of what a ship paid to enter a harbour, I argue that the pilots set the dues.
        """)
        #expect(found.title == "Harbour Dues in the Nineteenth Century: Ledgers and Pilots")
        #expect(found.authors == ["Ana Moreno"])
        #expect(found.year == 2019)
    }

    @Test func aButtonLabelPrintedTwiceMakesItsBlockInterface() {
        let found = metadata("Jump to ratings and reviews\nRate this book\n\nTides and Tallies: The Small Ports of the South\n\nRate this book\nA prize-winning study of three small harbours and the books they kept, from the first ledger to the last log.")
        #expect(found.title == "Tides and Tallies: The Small Ports of the South")
    }

    @Test func aHeadOfTwoLinesIsTitleAndByline() {
        let found = metadata("Os livros do porto e o comércio de cabotagem. uma leitura alternativa das aduanas menores do litoral sul.\nMaria Helena Duarte *\nResumo. Este trabalho lê os livros de aduana de três portos menores do litoral sul.")
        #expect(found.title?.hasPrefix("Os livros do porto e o comércio de cabotagem. uma leitura") == true)
        #expect(found.authors == ["Maria Helena Duarte"])
    }

    @Test func aRankAfterTheNameAnchorsARunTogetherHeadBehindBarredSeriesFields() {
        let found = metadata("Cadernos Portuários 021 | 2017 Discussion Paper 021 | 2017 The Harbour Books Revisited: ledgers and dues Ana Moreno Assistant Professor at the State University of the Coast (SUC) This paper reads the ledgers of three small ports.")
        #expect(found.title == "The Harbour Books Revisited: ledgers and dues")
        #expect(found.authors == ["Ana Moreno"])
    }
}
