import BraudelText
import Testing
@testable import BraudelDocuments

/// The evidence ``TitleEvidence`` weighs, each with invented lines. The corpus documents
/// `shared-copy-transcript.txt`, `repository-copy-byline-above.txt`,
/// `pdf-run-together-introduction.txt` and `subject-line-over-bylines.txt` carry the same
/// classes with gold. The last tests pin the byline's evidence from the body: a name made of
/// words the document writes in lowercase is no person's.
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
        let head = TitleEvidence.Head(lines)
        let all = TitleEvidence.candidates(in: head, head: lines.count)
        let scores = Dictionary(uniqueKeysWithValues: all.map { ($0.text, TitleEvidence.score($0, among: all, in: head)) })
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

    @Test func aDatelineIsWeakWhoeverChoseIt() {
        let lines = HeadLine.head(["Harbour Papers, 12 March 2010", "The Ledger and the Quay"])
        let head = TitleEvidence.Head(lines)
        let all = TitleEvidence.candidates(in: head, head: lines.count)
        #expect(all.map(\.text) == ["The Ledger and the Quay"])
        let dateline = TitleEvidence.Candidate(lines: [0], text: "Harbour Papers, 12 March 2010")
        #expect(TitleEvidence.score(dateline, among: all, in: head) < TitleEvidence.score(all[0], among: all, in: head))
    }

    @Test func aRunTogetherHeadClosedByItsIntroductionLabelGivesTitleAndName() {
        let found = metadata("9 Tolls and Tides: Why Did the Small Ports Last? Rosa Castell Introduction The small ports kept their trade through two centuries.")
        #expect(found.title == "Tolls and Tides: Why Did the Small Ports Last?")
        #expect(found.authors == ["Rosa Castell"])
    }

    @Test func aLineOfOrdinaryWordsIsNoBylineAndTheNamesUnderItAre() {
        let found = metadata("""
        Harbour Leagues and the Inland Towns

        Weekly Digest

        Jin Lee

        Universidad del Litoral

        The weekly digest of the harbour office kept the coastal trade in view for readers inland.
        """)
        #expect(found.authors == ["Jin Lee"])
    }

    @Test func aGivenNameOrAnAddressKeepsAName() {
        let common = BraudelText.CommonWordEvidence(text: "The silver trade moved west. Write to beverly.silver@harbour.example.org or see harbour.example.org/beverly")
        #expect(!PersonNames.isMadeOfOrdinaryWords("Beverly Silver", common))
        #expect(PersonNames.isMadeOfOrdinaryWords("Silver Trade", common))
        #expect(!PersonNames.isMadeOfOrdinaryWords("A. G. Trade", common))
    }
}
