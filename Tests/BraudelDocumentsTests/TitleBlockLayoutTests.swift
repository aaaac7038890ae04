import Testing
@testable import BraudelDocuments

/// Layout classes of real page heads met on a second real sample, each pinned with invented
/// lines: a site's bulleted navigation menu, MediaWiki headings, a section label glued to the
/// byline, record fields whose value is a number, running headers with a page number, a
/// promotional notice of two sentences, a title and its byline on one line.
@Suite struct TitleBlockLayoutTests {
    func metadata(_ text: String) -> DocumentMetadata { TitleBlockParser.metadata(of: text) }

    @Test func bulletedNavigationMenuIsNeverTheTitle() {
        let found = metadata("""
          • Tools and Resources
          • Area Studies
          • Urban Sociology
          • Back to results

        Harbours of the Semiperiphery

        Ana Moreno

        Text of the entry starts here and runs on for a good while before it ends.
        """)
        #expect(found.title == "Harbours of the Semiperiphery")
        #expect(found.authors == ["Ana Moreno"])
    }

    @Test func mediaWikiHeadingGivesTheTitle() {
        let found = metadata("""
        = Port cities of the periphery =

        Port cities of the periphery are a notion of harbour studies that we invented for this test.

        == History ==
        """)
        #expect(found.title == "Port cities of the periphery")
    }

    @Test func sectionLabelGluedToTheBylineIsCut() {
        let found = metadata("""
        Tidal Trade and the Periphery
        Ana MorenoSummary
        Tidal trade theory holds that harbours at the edge of a system pay for the harbours at its centre.
        """)
        #expect(found.title == "Tidal Trade and the Periphery")
        #expect(found.authors == ["Ana Moreno"])
    }

    @Test func recordFieldWithANumberValueIsNoTitle() {
        let found = metadata("""
        Harbour Studies Working Paper Series

        Working Paper Number

        2019-07

        Publication Date

        2019

        Abstract

        We look again at the harbour cycles of the long century.
        """)
        #expect(found.title == nil, "a field label over its value is not a title")
    }

    @Test func runningHeaderWithPageNumberIsFurniture() {
        let found = metadata("""
        You are on page 1 of 30

        Moreno and Lee • Harbour Cycles 41

        Harbour Cycles
        in the Long Run

        Ana Moreno and Jin Lee

        The study of harbour cycles begins with the tonnage books of the old ports and runs on.
        """)
        #expect(found.title == "Harbour Cycles in the Long Run")
        #expect(found.authors == ["Ana Moreno", "Jin Lee"])
    }

    @Test func promotionalNoticeOfTwoSentencesIsNoTitle() {
        let notice = metadata("""
        Need help with a report? Take our survey and get a discount code today

        Tides of Trade in the Old Ports

        Introduction

        Text of the essay.
        """)
        #expect(notice.title == "Tides of Trade in the Old Ports")
        let subtitle = metadata("""
        Chaos or Order? The Future of Harbour Leagues in a Changing System

        Ana Moreno

        Text of the paper.
        """)
        #expect(subtitle.title == "Chaos or Order? The Future of Harbour Leagues in a Changing System")
    }

    @Test func titleAndBylineOnOneLineAreSplit() {
        let found = metadata("""
        Harbour Leagues and the Long Century by Jin Lee

        Language: eng

        Text of the book record, which goes on about the harbour leagues for a while longer.
        """)
        #expect(found.title == "Harbour Leagues and the Long Century")
        #expect(found.authors == ["Jin Lee"])
    }

    @Test func dateFieldsAndBylineDatesGiveTheYear() {
        let print = metadata("""
        Article contents

        Harbour views of the world-system.

          • Ana Moreno Ana Moreno Department of Sociology, Riverside College
          • Published in print: 01 March 2010
          • Published online: 22 December 2017

        Harbour views start from the tonnage books and go on to the ports of the periphery.
        """)
        #expect(print.title == "Harbour views of the world-system")
        #expect(print.authors == ["Ana Moreno"], "a name printed twice is one author")
        #expect(print.year == 2010, "the first dated field, the print date, dates the work")
        let byline = metadata("""
        Jin Lee (1931-2018)
        by Ana Moreno on September 9, 2018

        Jin Lee, above all, was a historian of harbours.
        """)
        #expect(byline.year == 2018)
        let record = metadata("""
        Harbour Studies Working Paper Series

        Publication Date

        2019

        Abstract

        We look again at the harbour cycles of the long century.
        """)
        #expect(record.year == 2019)
    }

    @Test func shortNoticeWithAPeriodIsNoTitle() {
        let found = metadata("""
        Harbour Crises and the Speed of Social History

        Draft copy.
        Ana Moreno and Jin Lee
        A new period of harbour chaos?
        """)
        #expect(found.title == "Harbour Crises and the Speed of Social History")
    }

    @Test func institutionLineAndAffiliationLetterAroundTheByline() {
        let found = metadata("""
        Harbour Leagues in the Southern Seas

        Revista de Puertos, vol. 12, 2021

        Pontificia Universidad de los Puertos

        Ana Moreno a

        Universidad del Mar, Chile

        Resumen: Las ligas de puertos del sur fueron estudiadas aquí por primera vez.
        """)
        #expect(found.title == "Harbour Leagues in the Southern Seas")
        #expect(found.authors == ["Ana Moreno"], "an institution is no author; the mark 'a' is no part of the name")
        #expect(found.year == 2021)
    }

    @Test func secondAuthorWithInitialAfterTheFirstAddressOnOneLine() {
        let found = metadata("""
        12 Harbour Value and the Limits of Ecological Trade Ana K. Moreno 1 Riverside College, Port Town, Atlantis Jin B. Lee University of the Coast, Bay City, Atlantis Abstract In this paper we build a theory of harbour value for the long run.
        """)
        #expect(found.authors == ["Ana K. Moreno", "Jin B. Lee"])
    }

    @Test func oneWordTitleOverAParagraphOnOneLine() {
        let paragraph = "In harbour studies, the entrepôt is a port that sits between the great harbours and the small ones, "
            + "taking a share of the trade of both and passing goods along the coast."
        #expect(metadata("Entrepots\n" + paragraph).title == "Entrepots")
        #expect(metadata("HARBOURS\n" + paragraph).title == nil, "a word in capitals over text is a site name")
        #expect(metadata(paragraph + "\nEntrepots").title == nil, "text first: no title")
    }

    @Test func copyTitleRepeatedBelowOverBrokenLines() {
        let found = metadata("""
        Harbours, Tides, and Ecologically Uneven Trade

        harbours
        Review
        Harbours, Tides, and Ecologically
        Uneven Trade
        Ana K. Moreno
        Department of Sociology, Riverside College, Port Town
        Received: 10 February 2016; Accepted: 26 February 2016; Published: 1 March 2016
        Abstract: We begin with the harbour books.
        """)
        #expect(found.title == "Harbours, Tides, and Ecologically Uneven Trade")
        #expect(found.authors == ["Ana K. Moreno"], "the title's last part is no name")
        #expect(found.year == 2016)
    }

    @Test func nameGluedToItsOwnRepetitionIsOneAuthor() {
        #expect(Bylines.parse("• Ana MorenoAna MorenoDepartment of Sociology, Riverside College") == ["Ana Moreno"])
        #expect(Bylines.parse("Ana Moreno Ana Moreno Department of Sociology, Riverside College") == ["Ana Moreno"])
    }

    @Test func titleOverItsSubtitleAcrossABlankLine() {
        let found = metadata("""
        Ports and Power in the World-System

        A Cross-Harbour Study of Tonnage Leagues


          • Ana M. Moreno Riverside College
          • Jin Lee Coast University

        Text of the article, which starts with the harbour books and goes on for a while.
        """)
        #expect(found.title == "Ports and Power in the World-System: A Cross-Harbour Study of Tonnage Leagues")
        let twice = metadata("""
        Harbour Waves and the Long Century

        Harbour Waves and the Long Century
        Download
        Authors: Moreno, Ana; Lee, Jin

        Text of the article.
        """)
        #expect(twice.title == "Harbour Waves and the Long Century", "a title printed twice is one title")
    }
}
