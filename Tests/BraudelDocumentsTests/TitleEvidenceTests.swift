import Testing
@testable import BraudelDocuments

/// The evidence ``TitleEvidence`` weighs, each with invented lines. The corpus documents
/// `shared-copy-transcript.txt` and `repository-copy-byline-above.txt` carry the same classes
/// with gold.
@Suite struct TitleEvidenceTests {
    func metadata(_ text: String) -> DocumentMetadata { TitleBlockParser.metadata(of: text) }

    @Test func aPageTitleDecoratedWithTheAuthorYieldsToTheHeadingUnderTheByline() {
        let found = metadata("""
        Moreno - Tides of the Southern Harbours
        download Moreno - Tides of the Southern Harbours
        Ana Moreno
        Tides of the Southern Harbours
        The harbours of the southern coast kept their tide tables for a century, and those tables tell us when each quay was deepened and for whom.
        """)
        #expect(found.title == "Tides of the Southern Harbours")
        #expect(found.authors == ["Ana Moreno"])
    }

    @Test func aTitleUnderTheBylineAndItsAddressOverTheAbstractIsChosen() {
        let found = metadata("""
        Full text available

        Jin Lee
        Harbour Studies Institute
        jlee@harbour.example.org

        The Pilots' Registers of the Lower River

        Abstract
        We read three registers of river pilots and follow where they moved.
        """)
        #expect(found.title == "The Pilots' Registers of the Lower River")
        #expect(found.authors == ["Jin Lee"])
    }

    @Test func interfaceLinesScoreBelowTitlesAndFunctionWordsDoNotMakeALineInterface() {
        let lines = HeadLine.head(["Download as docx, pdf, or txt", "", "THE RISE AND THE FALL OF THE QUAYS", "Ana Moreno"])
        let all = TitleEvidence.candidates(in: lines, head: lines.count)
        let scores = Dictionary(uniqueKeysWithValues: all.map { ($0.text, TitleEvidence.score($0, among: all, in: lines)) })
        #expect(scores["Download as docx, pdf, or txt"].map { $0 < 0 } == true)
        #expect(scores["THE RISE AND THE FALL OF THE QUAYS"].map { $0 >= 2 } == true)
    }

    @Test func aRepeatedSiteNameDoesNotDisplaceATitleOverItsByline() {
        let found = metadata("""
        Harbour Review Online
        Home | Harbour Review Online | About

        The Ledger and the Quay

        By Rosa Castell

        The ledgers of the quay were kept by the harbour master and copied each winter.
        """)
        #expect(found.title == "The Ledger and the Quay")
        #expect(found.authors == ["Rosa Castell"])
    }
}
