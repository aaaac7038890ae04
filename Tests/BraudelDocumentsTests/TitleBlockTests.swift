import Testing
@testable import BraudelDocuments

/// Title, authors and year read from the head of a document in the shapes real pages print
/// them: web and repository furniture above the title, bylines in every common form, heads run
/// together on one line, years only from lines that date the work. The texts are invented;
/// the corpus fixtures (corpus/journal-page-navigation.txt and the others) hold whole documents.
@Suite struct TitleBlockTests {
    func metadata(_ text: String) -> DocumentMetadata { TitleBlockParser.metadata(of: text) }

    // MARK: furniture above the title

    /// Found by the fuzzer: a word Swift counts both as capitals and as holding a lowercase
    /// letter ("ªª") once made the scan for a title in capitals stand still forever.
    @Test func aWordBothUpperAndLowerCaseEndsTheCapitalsScan() {
        let found = metadata("\u{AA}\u{AA}  bkeis\n")
        #expect(found.title == nil)
        #expect(metadata("ISSN 1076-156X \u{AA}\u{AA} THE LONG WAVE RETURNS Ana B. Moreno Studies\n").authors.count <= 1)
    }

    @Test func navigationAndViewerLinesAreNeverTheTitle() {
        let found = metadata("""
        Skip to main content
        Top Menu
        Download PDF
        You are on page 1 of 14
        7/27/2019 Moreno: Ports
        1/14

        Ports of the Semiperiphery

        Ana Moreno

        Text of the article starts here and runs on for a while.
        """)
        #expect(found.title == "Ports of the Semiperiphery")
        #expect(found.authors == ["Ana Moreno"])
        #expect(found.year == nil, "a render date is not the publication year")
    }

    @Test func pageCountersInOtherLanguagesAreFurniture() {
        for counter in ["Sie sind auf Seite 1von 33", "Está en la página 1de 41", "Total Page:16", "Page 3"] {
            #expect(HeadLine(counter).kind == .furniture, "\(counter)")
        }
        #expect(HeadLine("ArticlePDF Available").kind == .furniture)
        #expect(HeadLine("Ports of the Semiperiphery").kind == .text)
    }

    @Test func catalogueFieldsAndAccessStampsAreSkipped() {
        let found = metadata("""
        Uploaded by a reader

        Harbour Cities in the World-Economy, 1700–1850

        Author(s): Ana Moreno and Jin Lee
        Source: Review of Port History, Vol. 4, No. 2 (Spring, 1987), pp. 11-40
        Stable URL: https://example.org/stable/1
        Accessed: 02-10-2019 09:21 UTC
        """)
        #expect(found.title == "Harbour Cities in the World-Economy, 1700–1850")
        #expect(found.authors == ["Ana Moreno", "Jin Lee"])
        #expect(found.year == 1987)
    }

    // MARK: titles broken by layout

    @Test func titleBrokenAcrossBlankLinesIsJoined() {
        let found = metadata("""
        The Income Structure of the

        World-Economy
        Ana Moreno

        Text.
        """)
        #expect(found.title == "The Income Structure of the World-Economy")
        #expect(found.authors == ["Ana Moreno"])
    }

    @Test func allCapsTitleInPartsAndAVenueLineAreTold() {
        let found = metadata("""
        CONTEMPORARY

        SEMIPERIPHERAL PORTS:

        THE REGIMES AND THE DOCKS

        Harbour Forum, Porto Novo 2005

        Ana Moreno

        Text.
        """)
        #expect(found.title == "CONTEMPORARY SEMIPERIPHERAL PORTS: THE REGIMES AND THE DOCKS")
        #expect(found.year == nil, "a venue's year is not the publication year")
    }

    @Test func markdownHeadingInPlainTextAndChapterLabel() {
        #expect(metadata("# Why Ports Matter\n\nby Ana Moreno\n\nText.").title == "Why Ports Matter")
        #expect(metadata("CHAPTER 3\n\nPorts and Zones\n\nText of the chapter, which goes on.").title == "Ports and Zones")
    }

    @Test func dateAfterTheTitleOnItsLineIsNotPartOfIt() {
        let found = metadata("The Ports of Development February 1991 Revision\n\nby Ana Moreno\n\nText.")
        #expect(found.title == "The Ports of Development")
        #expect(found.year == 1991)
    }

    // MARK: bylines

    @Test func bylineForms() {
        #expect(Bylines.parse("Author: Ana Moreno") == ["Ana Moreno"])
        #expect(Bylines.parse("Authored by: Ana Moreno , Jin Lee") == ["Ana Moreno", "Jin Lee"])
        #expect(Bylines.parse("Authors: Moreno, Ana; Castell, Rosa") == ["Ana Moreno", "Rosa Castell"])
        #expect(Bylines.parse("Writer: Ana Moreno - follow") == ["Ana Moreno"])
        #expect(Bylines.parse("by Ana Moreno and Jin Lee") == ["Ana Moreno", "Jin Lee"])
        #expect(Bylines.parse("par Claire Dubois-Martin et Jean-Luc Moreau") == ["Claire Dubois-Martin", "Jean-Luc Moreau"])
        #expect(Bylines.parse("Ana M. de la Vega and Tomás van der Berg") == ["Ana M. de la Vega", "Tomás van der Berg"])
        #expect(Bylines.parse("Terry Moreno Department of Sociology Emory University") == ["Terry Moreno"])
        #expect(Bylines.parse("Jin Lee Stony Brook University") == ["Jin Lee"])
        #expect(Bylines.parse("By the Research Team (Ana Moreno and Jin Lee)") == ["Ana Moreno", "Jin Lee"])
    }

    @Test func rolesAndOrganizationsAreNotAuthors() {
        #expect(Bylines.parse("Editors: Ana Moreno, Jin Lee") == nil)
        #expect(Bylines.parse("Uploaded by Ana Moreno") == nil)
        #expect(Bylines.parse("Meridian Institute for Port Studies") == nil)
        #expect(Bylines.parse("Living Edition") == nil)
        #expect(Bylines.parse("World-Systems Evolution") == nil)
    }

    @Test func bareAuthorLabelTakesTheNextLine() {
        let found = metadata("Review\n\nPorts and Power in the World-Economy\n\nby\nAna K. Moreno\nSociology Department, Harbour College\n\nText.")
        #expect(found.title == "Ports and Power in the World-Economy")
        #expect(found.authors == ["Ana K. Moreno"])
    }

    @Test func emptyFieldLabelValueIsNotAByline() {
        let found = metadata("Font Type:\nArial Georgia Verdana\n\nPorts and Power\n\nby Ana Moreno\n\nText.")
        #expect(found.authors == ["Ana Moreno"])
    }

    @Test func nameAndAffiliationBlocksAlternate() {
        let found = metadata("""
        Ports and Power

        Ana Moreno
        Department of History, University of Porto Novo
        Jin Lee
        Institute for Comparative Research
        Rosa Castell, Harbour College

        Text.
        """)
        #expect(found.authors == ["Ana Moreno", "Jin Lee", "Rosa Castell"])
    }

    @Test func bylineBrokenOverLinesAndBylineAboveTitle() {
        let broken = metadata("Ports and Power\nAna Moreno, Jin Lee,\nRosa Castell\nand Tomás Ferreira\n\nText.")
        #expect(broken.authors == ["Ana Moreno", "Jin Lee", "Rosa Castell", "Tomás Ferreira"])
        let above = metadata("ANA MORENO Harbour University, E-mail: ana@example.org\n\nPorts and Power in the Long Run\n\nABSTRACT This article …")
        #expect(above.title == "Ports and Power in the Long Run")
        #expect(above.authors == ["Ana Moreno"])
    }

    @Test func landingPageSentenceNamesTitleAndAuthor() {
        let found = metadata("The following article, titled “Ports and Power: The Long Run” and authored by Ana K. Moreno, was published in a review of port history.\nText.")
        #expect(found.title == "Ports and Power: The Long Run")
        #expect(found.authors == ["Ana K. Moreno"])
    }

    @Test func imageCaptionIsNeitherTitleNorByline() {
        let found = metadata("The Development of Port Systems\n\nhttp://images.example.org/harbour.jpg\n\nOld Harbour\n\nAna Moreno, Jin Lee,\n\nRosa Castell and Tomás Ferreira\n\nText.")
        #expect(found.title == "The Development of Port Systems")
        #expect(found.authors == ["Ana Moreno", "Jin Lee", "Rosa Castell", "Tomás Ferreira"])
    }

    @Test func bylinePrintedTwiceOverTheTextGivesAuthorsButNoTitle() {
        let found = metadata("January 1, 2026\nAna Moreno and Jin Lee\nAna Moreno and Jin Lee\nPorts in the long run have been\nstudied by many scholars of the world-economy, and\ntheir findings differ.")
        #expect(found.title == nil)
        #expect(found.authors == ["Ana Moreno", "Jin Lee"])
        #expect(found.year == 2026)
    }

    // MARK: heads run together on one line

    @Test func journalHeaderTitleBylineAndAffiliationOnOneLine() {
        let found = metadata("Articles are free to read. JOURNAL OF HARBOUR STUDIES Ports and the Future of Pax Maritima Ho-lin Tan Johns Harbour University holin@jhu.example.edu Ports have been read as hinges (Moreno 1984; 1974). ISSN: 1076-156X | Vol. 23 Issue 2")
        #expect(found.title == "Ports and the Future of Pax Maritima")
        #expect(found.authors == ["Ho-lin Tan"])
        #expect(found.year == nil, "the years of an in-text citation are not the publication year")
    }

    @Test func capitalTitleAfterCopyrightAndSeveralAuthors() {
        let found = metadata("Copyright ©2011, Harbour Association, Volume XVII, Number 2, Pages 308-327 ISSN 1076-156X PORTS AND POWER: THE LONG RUN Ana B. Moreno Department of Sociology Harbour University amoreno@example.edu Jin Lee University of the Coast jlee@example.edu ABSTRACT This article …")
        #expect(found.title == "PORTS AND POWER: THE LONG RUN")
        #expect(found.authors == ["Ana B. Moreno", "Jin Lee"])
        #expect(found.year == 2011)
    }

    // MARK: the year

    @Test func yearOnlyFromLinesThatDateTheWork() {
        #expect(metadata("Harbour Review 8 (2009) 263-294\n\nPorts and Power\n\nAna Moreno\n\nText.").year == 2009)
        #expect(metadata("Ports and Power\nAna Moreno\nSustainability 2016, 8(3), 227; https://doi.org/10.1/x\n\nText.").year == 2016)
        #expect(metadata("Ports and Power\nAna Moreno\nv. 2/21/13 9144 words\n\nText.").year == 2013)
        // The latest version line, not the date a draft was presented.
        #expect(metadata("Ports and Power\nAna Moreno\nPresented at the Congress, September 6, 2014; draft v. 9-16-14\nv. 1-1-15, 10422 words\n\nText.").year == 2015)
        #expect(metadata("Ports and Power\nAna Moreno\n\nAs Moreno (1998) and\nLee (2004) showed, ports\nmatter.").year == nil)
        #expect(metadata("Ports and Power\nAna Moreno\n\nIn Oslo (June 1997) the ports were studied again by a large team of scholars, who wrote at length.").year == nil)
    }

    // MARK: the title does not merge into the text

    @Test func titleFollowedByOneNewlineStaysItsOwnParagraph() throws {
        let document = try PlainTextReader().read(bytes: Array("""
        The Long Swing of Ports
        this essay looks at the long swing of ports from Genoa to the
        United States, and it asks what the signal crisis tells us.
        """.utf8), path: "inline.txt", context: .empty)
        #expect(document.metadata.title == "The Long Swing of Ports")
        #expect(document.text.hasPrefix("The Long Swing of Ports\n\nthis essay"))
    }

    @Test func htmlPrefersTheHeadingOverASocialTitleAndDropsOrganizationAuthors() throws {
        let page = """
        <html><head><title>Ports and Power, Informal Work | Harbour Institute</title>
        <meta property="og:title" content="Ports and Power">
        <meta name="author" content="Harbour Institute for Port Studies"></head>
        <body><header><h1>Ports and Power, Informal Work</h1></header>
        <article><p>By Ana Moreno and Jin Lee</p><p>Text of the report.</p></article></body></html>
        """
        let document = try HTMLReader().read(bytes: Array(page.utf8), path: "page.html", context: .empty)
        #expect(document.metadata.title == "Ports and Power, Informal Work")
        #expect(document.metadata.authors == ["Ana Moreno", "Jin Lee"])
    }
}
