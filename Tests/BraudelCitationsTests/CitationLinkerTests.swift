import Testing
@testable import BraudelCitations

private func entry(_ authors: [String], _ year: String, _ raw: String = "") -> ReferenceEntry {
    ReferenceEntry(authors: authors, year: year, title: nil, raw: raw, start: 0, end: 0)
}

private func cite(_ authors: [String], _ year: String, etAl: Bool = false) -> InTextCitation {
    InTextCitation(authors: authors, etAl: etAl, year: year, text: "", start: 0, end: 0, narrative: false)
}

@Test("et al. links to the three-author entry rather than the single-author one")
func etAlLinksToThreeAuthors() {
    let entries = [entry(["Silver"], "2008"), entry(["Silver", "Arrighi", "Dinc"], "2008")]
    let linked = CitationLinker.link([cite(["Silver"], "2008", etAl: true), cite(["Silver"], "2008")], to: entries)
    #expect(linked.map(\.reference) == [1, 0])
}

@Test("suffixed years link to their own entries; a bare year does not take a suffixed entry")
func suffixedYears() {
    let entries = [entry(["Amin"], "1990a"), entry(["Amin"], "1990b"), entry(["Amin"], "1974")]
    let linked = CitationLinker.link([cite(["Amin"], "1990b"), cite(["Amin"], "1990a"), cite(["Amin"], "1990"),
                                      cite(["Amin"], "1974a")], to: entries)
    #expect(linked.map(\.reference) == [1, 0, nil, 2])
}

@Test("diacritics, hyphen and space variants, particles and organizations match")
func nameVariants() {
    let entries = [
        entry(["Bértola"], "2016"), entry(["Chase-Dunn", "Hall"], "1997"), entry(["van der Linden"], "2008"),
        entry(["World Health Organization"], "n.d.", "World Health Organization (WHO). n.d. Data."),
        entry(["International Labour Organization"], "2009"), entry(["World Bank"], "2017"),
        entry(["Wallerstein"], "1974"), entry(["Marx"], "1976", "Marx, Karl. [1867] 1976. Capital."),
    ]
    let citations = [
        cite(["Bertola"], "2016"), cite(["Chase Dunn", "Hall"], "1997"), cite(["ChaseDunn"], "1997"),
        cite(["Van der Linden"], "2008"), cite(["WHO"], "n. d."), cite(["ILO"], "2009"),
        cite(["The World Bank"], "2017"), cite(["Wallerstien"], "1974"), cite(["Marx"], "1867"),
        cite(["Wallerstein"], "1979"), cite(["Moore"], "2015"),
    ]
    let linked = CitationLinker.link(citations, to: entries)
    #expect(linked.map(\.reference) == [0, 1, 1, 2, 3, 4, 5, 6, 7, nil, nil])
}

@Test("a two-author citation prefers the entry whose second author agrees")
func secondAuthorDecides() {
    let entries = [entry(["Arrighi", "Hamashita", "Selden"], "2003"), entry(["Arrighi", "Silver"], "2003")]
    let linked = CitationLinker.link([cite(["Arrighi", "Silver"], "2003"), cite(["Arrighi", "Hamashita"], "2003")], to: entries)
    #expect(linked.map(\.reference) == [1, 0])
}

@Test("citations of a whole article link to its reference list")
func articleLinking() throws {
    let text = try FixtureText.load("hegemony-article.txt")
    let scalars = Array(text.unicodeScalars)
    let (entries, section) = ReferenceListParser.parse(scalars)
    let citations = CitationLinker.link(InTextCitationExtractor.extract(from: scalars, excluding: section), to: entries)
    let summary = citations.map { citation -> String in
        let target = citation.reference.map { "\(entries[$0].authors[0]) \(entries[$0].year ?? "?")" } ?? "none"
        return "\(citation.authors.joined(separator: "+")) \(citation.year) → \(target)"
    }
    #expect(summary == [
        "Wallerstein 1974 → Wallerstein 1974",
        "Arrighi 1994 → Arrighi 1994",
        "Dunn+Hall 1997 → Chase-Dunn 1997",
        "Arrighi 1994 → Arrighi 1994",
        "Arrighi+Silver 1999 → Arrighi 1999",
        "Bertola 2016 → Bértola 2016",
        "Amin 1990a → Amin 1990a",
        "Amin 1990b → Amin 1990b",
        "Frank 1967 → Frank 1967",
        "Silver 2008 → Silver 2008",
        "Arrighi+Hopkins+Wallerstein 1989 → Arrighi 1989",
        "Marx 1976 → Marx 1976",
        "Amin 1974 → Amin 1974",
        "World Bank 2017 → World Bank 2017",
        "UNCTAD 2019 → United Nations Conference on Trade and Development 2019",
        "ILO 2009 → International Labour Organization 2009",
        "Abu-Lughod 1989 → Abu-Lughod 1989",
        "van der Linden 2008 → van der Linden 2008",
        "Polanyi 1944 → Polanyi 1944",
        "Braudel 1979 → Braudel 1979",
        "WHO n.d. → World Health Organization n.d.",
        "Okafor 2015 → Okafor 2015",
        "Lindqvist 2019 → Lindqvist 2019",
        "Silver forthcoming → Silver Forthcoming",
        "Moore 2015 → none",
        "Chase-Dunn 1998 → none",
    ])
    #expect(citations.allSatisfy { CitationTestSupport.slice(text, $0.start, $0.end) == $0.text })
}
