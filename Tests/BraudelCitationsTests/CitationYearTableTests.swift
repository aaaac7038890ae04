import Testing
@testable import BraudelCitations

/// Citation years at their edges, one row each: a decade is no year, a reprint's edition is
/// the later year whichever is written first, and an et-al citation prefers the entry with
/// the most authors when two entries of the same year tie on everything else (issue 18:
/// mutations of each survived the example-based tests).
@Suite struct CitationYearTableTests {
    @Test(arguments: [
        ("Growth slowed (Frank 1990s) in the south.", [String]()),
        ("As Amin (1960s) put it, delinking came late.", []),
        ("Wallerstein 1970s debates shaped the field.", []),
        ("Growth slowed (Frank 1998) in the south.", ["1998"]),
        ("The thesis (Amin 1974a) spread.", ["1974a"]),
    ])
    func aDecadeIsNotAYear(sentence: String, years: [String]) {
        #expect(CitationTestSupport.extract(sentence).map(\.year) == years, "\(sentence)")
    }

    @Test(arguments: [
        "Primitive accumulation (Marx 1867/1976) began.",
        "Primitive accumulation (Marx 1976/1867) began.",
        "Primitive accumulation (Marx [1867] 1976) began.",
        "Primitive accumulation (Marx [1976] 1867) began.",
    ])
    func aReprintCitesItsLaterEditionWhicheverComesFirst(sentence: String) {
        #expect(CitationTestSupport.extract(sentence).map(\.year) == ["1976"], "\(sentence)")
    }

    static func entry(_ authors: [String]) -> ReferenceEntry {
        ReferenceEntry(authors: authors, year: "2008", title: nil, raw: "", start: 0, end: 0)
    }

    @Test(arguments: [
        // Entry author counts, in list order, and the entry an et-al citation must link to.
        ([2, 3], 1),
        ([3, 2], 0),
        ([1, 2], 1),
        ([2, 1], 0),
        ([1, 4], 1),
    ])
    func etAlPrefersTheEntryWithMoreAuthors(counts: [Int], expected: Int) {
        let names = ["Silver", "Arrighi", "Dinc", "Hui"]
        let entries = counts.map { Self.entry(Array(names.prefix($0))) }
        let citation = InTextCitation(authors: ["Silver"], etAl: true, year: "2008", text: "", start: 0, end: 0, narrative: false)
        #expect(CitationLinker.link([citation], to: entries).map(\.reference) == [expected], "\(counts)")
    }
}
