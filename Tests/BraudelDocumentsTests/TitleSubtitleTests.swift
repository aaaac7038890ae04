import Testing
@testable import BraudelDocuments

/// Where a title ends: the subtitle classes met on real page heads that kept only half of a
/// "Title: Subtitle", each pinned with invented lines. The decision comes from the lines'
/// shapes (blank lines, final punctuation, the next line's start, what follows the block).
@Suite struct TitleSubtitleTests {
    func metadata(_ text: String) -> DocumentMetadata { TitleBlockParser.metadata(of: text) }

    @Test func subtitleUnderATitleThatOpensTheHeadWithNoByline() {
        let found = metadata("""
        Harbour-Hinterland in Motion

        A survey of the ranked port economies 1900 – 1990

        What becomes of the ranking of harbours when one port, with a fifth of the coast's tonnage, climbs past its neighbours within two decades and the older quays lose their trade to it?
        """)
        #expect(found.title == "Harbour-Hinterland in Motion: A survey of the ranked port economies 1900 – 1990")
    }

    @Test func lineUnderAKickeredTitleOrARepeatedTitleIsNoSubtitle() {
        let kicker = metadata("""
        Remembering Rosa Castell

        The Lasting Weight of the Old Ledgers

        In Memory of Dr. Jin Lee

        This note on the old ledgers appears after its author's death, as she had sent it to the bulletin a few weeks before and asked that it run unchanged in the spring issue.
        """)
        #expect(kicker.title == "The Lasting Weight of the Old Ledgers")
        let twice = metadata("""
        Tolls: The Quiet Hand That Sets the Harbour's Price

        Tolls: The Quiet Hand That Sets the Harbour's Price

        Tolls quietly bend the coastal trade, favouring the large harbours while the small ones pay more for each ton that crosses their quays, year after year, whatever the tide.
        """)
        #expect(twice.title == "Tolls: The Quiet Hand That Sets the Harbour's Price")
    }

    @Test func mainTitleClosedByAFullStopOverItsSubtitle() {
        let found = metadata("""
        Revista Portuaria

        Mareas, peajes y muelles.


        Hacia una lectura crítica de los libros de puerto del sur
        del continente
        Ana Moreno* y Jin Lee**
        * Instituto de Estudios Portuarios, Universidad del Litoral.

        Resumen
        """)
        #expect(found.title == "Mareas, peajes y muelles. Hacia una lectura crítica de los libros de puerto del sur del continente")
        #expect(found.authors == ["Ana Moreno", "Jin Lee"])
    }

    @Test func mainTitlePrintedAboveAndSubtitleBrokenAfterADanglingWord() {
        let found = metadata("""
        Along the Salt Road with Rosa Castell

        Page 1: Along the Salt Road with Rosa Castell

        Along the Salt Road with Rosa Castell

        A conceptual reading of the harbour cycles of

        tonnage and the rise of the southern quays

        Author: Jin Lee

        Supervisor: Ana Moreno
        """)
        #expect(found.title == "Along the Salt Road with Rosa Castell: A conceptual reading of the harbour cycles of tonnage and the rise of the southern quays")
    }

    @Test func subtitleColonCarriedToTheNextLine() {
        let found = metadata("""
        The Harbour Debate 2

        : The Present Quarrel

        by Ana Moreno

        Text of the essay.
        """)
        #expect(found.title == "The Harbour Debate 2 : The Present Quarrel")
    }

    @Test func datedNoteUnderTheTitleIsNoSubtitle() {
        let found = metadata("""
        Thursday, May 9, 2019

        212: Moreno and Lee's Harbour Leagues

        From my reading notes of March 4, 2017 (!)

        Author: Ana Moreno & Jin Lee

        The four essays that make up Moreno and Lee's Harbour Leagues were all given as talks between 1990 and 1996.
        """)
        #expect(found.title == "212: Moreno and Lee's Harbour Leagues")
        #expect(DateLine.containsCalendarDate("12 de mayo de 2019"))
        #expect(!DateLine.containsCalendarDate("An exploration of the ranked economies 1965 – 2015"))
        #expect(!DateLine.containsCalendarDate("Why the harbours may 2 times outgrow 1990 levels"))
    }
}
