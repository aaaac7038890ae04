import Testing
@testable import BraudelCitations

private func p(_ authors: [String], _ year: String, _ text: String, locator: String? = nil) -> ExpectedCitation {
    ExpectedCitation(authors: authors, year: year, text: text, narrative: false, locator: locator)
}

private func n(_ authors: [String], _ year: String, _ text: String, locator: String? = nil) -> ExpectedCitation {
    ExpectedCitation(authors: authors, year: year, text: text, narrative: true, locator: locator)
}

/// Places with dates are not authors with years; imprints in parentheses are not citations.
private let placeCases: [CitationCase] = [
    CitationCase(name: "coup in a country", sentence: "After the coup in Chile (1973) the junta privatized pensions.", expected: []),
    CitationCase(name: "conference at a place", sentence: "The monetary order agreed at Bretton Woods (1944) collapsed in 1971.", expected: []),
    CitationCase(name: "place opening a sentence", sentence: "Bretton Woods (1944) fixed exchange rates to the dollar.", expected: []),
    CitationCase(name: "places joined by and", sentence: "The coups in Chile and Argentina (1973) ended the experiments.", expected: []),
    CitationCase(name: "region", sentence: "Industrial policy in East Asia (1960) followed Japan.", expected: []),
    CitationCase(name: "city that is also a surname after a locative", sentence: "The riots in London (2011) spread north.", expected: []),
    CitationCase(name: "imprint in parentheses", sentence: "The first translation appeared (London, 1999) and sold well.", expected: []),
    CitationCase(name: "imprint with a country", sentence: "A pirated edition circulated (Mexico, 1975).", expected: []),
    CitationCase(name: "surname-like place cited as a text",
                 sentence: "The argument is developed in Berlin (1958) and discussed in London (1999).",
                 expected: [n(["Berlin"], "1958", "Berlin (1958)"), n(["London"], "1999", "London (1999)")]),
    CitationCase(name: "surname-like place as a parenthetical author", sentence: "Liberty is twofold (Berlin 1958).",
                 expected: [p(["Berlin"], "1958", "Berlin 1958")]),
    CitationCase(name: "a preposition before an author is not a place", sentence: "The thesis is stated in Frank (1998) and in Amin (1990).",
                 expected: [n(["Frank"], "1998", "Frank (1998)"), n(["Amin"], "1990", "Amin (1990)")]),
    CitationCase(name: "qualified region", sentence: "Sub-Saharan Africa (1990) stagnated while British India (1900) exported.",
                 expected: []),
    CitationCase(name: "an event, not an author", sentence: "Great Recession (2008) effects lingered after the Asian Crisis (1997).",
                 expected: []),
    CitationCase(name: "an office before a name dates a term", sentence: "President Lula (2003) raised the minimum wage.",
                 expected: []),
    CitationCase(name: "a person named like a city keeps the surname", sentence: "Jack London (1903) described the abyss.",
                 expected: [n(["London"], "1903", "London (1903)")]),
    CitationCase(name: "author next to a place", sentence: "The coup in Chile was studied closely (Valenzuela 1978).",
                 expected: [p(["Valenzuela"], "1978", "Valenzuela 1978")]),
]

/// Newspapers and organizations with an article: the article is dropped on both forms, so the
/// parenthetical and narrative citations name the same author ("Guardian", as the linker and
/// work keys drop "The" from "The Guardian" in the reference list).
private let organizationCases: [CitationCase] = [
    CitationCase(name: "newspaper in parentheses", sentence: "Strikes spread (The Guardian 2016).",
                 expected: [p(["Guardian"], "2016", "Guardian 2016")]),
    CitationCase(name: "newspaper as narrative", sentence: "The Guardian (2016) reported the strikes.",
                 expected: [n(["Guardian"], "2016", "Guardian (2016)")]),
    CitationCase(name: "organization with a year as in the issue", sentence: "Poverty fell (World Bank 2003; ILO 1999).",
                 expected: [p(["World Bank"], "2003", "World Bank 2003"), p(["ILO"], "1999", "ILO 1999")]),
    CitationCase(name: "a firm with a corporate suffix", sentence: "Prices rose (Smith & Sons, Inc. 2011).",
                 expected: [p(["Smith & Sons, Inc."], "2011", "Smith & Sons, Inc. 2011")]),
    CitationCase(name: "Ğ and Ø in surnames", sentence: "Both agree (Ğürel 2010; Østergaard 2007).",
                 expected: [p(["Ğürel"], "2010", "Ğürel 2010"), p(["Østergaard"], "2007", "Østergaard 2007")]),
]

/// Locators after the year, and a bare "(p. 45)" after a quotation.
private let locatorCases: [CitationCase] = [
    CitationCase(name: "chapter", sentence: "The cycles are dated (Arrighi 1994, chap. 3).",
                 expected: [p(["Arrighi"], "1994", "Arrighi 1994", locator: "chap. 3")]),
    CitationCase(name: "note", sentence: "The caveat is buried (Arrighi 1994, n. 12).",
                 expected: [p(["Arrighi"], "1994", "Arrighi 1994", locator: "n. 12")]),
    CitationCase(name: "passim", sentence: "The theme recurs (Braudel 1984, passim).",
                 expected: [p(["Braudel"], "1984", "Braudel 1984", locator: "passim")]),
    CitationCase(name: "page after a quotation that follows a narrative citation",
                 sentence: "Silver (2003) writes that “where capital goes, conflict follows” (p. 41).",
                 expected: [n(["Silver"], "2003", "Silver (2003)", locator: "p. 41")]),
    CitationCase(name: "page after a quotation, straight quotes",
                 sentence: "Arrighi (1994) calls it \"the long twentieth century\" (pp. 6–7).",
                 expected: [n(["Arrighi"], "1994", "Arrighi (1994)", locator: "pp. 6–7")]),
    CitationCase(name: "quotation in a later sentence is not tied to the citation",
                 sentence: "Silver (2003) counted strikes. A worker said “we stopped the line” (p. 41).",
                 expected: [n(["Silver"], "2003", "Silver (2003)")]),
    CitationCase(name: "two citations before the quotation: ambiguous",
                 sentence: "The debate (Amin 1974; Frank 1967) produced “a new vocabulary” (p. 12).",
                 expected: [p(["Amin"], "1974", "Amin 1974"), p(["Frank"], "1967", "Frank 1967")]),
]

/// A multivolume work's span after an author; the same span alone is a period.
private let rangeCases: [CitationCase] = [
    CitationCase(name: "multivolume span", sentence: "Material life has its rhythms (Braudel 1981–1984).",
                 expected: [p(["Braudel"], "1981–1984", "Braudel 1981–1984")]),
    CitationCase(name: "abbreviated span with a page", sentence: "The same holds (Wallerstein 1974-89: 12).",
                 expected: [p(["Wallerstein"], "1974-89", "Wallerstein 1974-89", locator: "12")]),
    CitationCase(name: "period alone", sentence: "The golden age (1950–1973) ended.", expected: []),
    CitationCase(name: "life dates", sentence: "Rosa Luxemburg (1871–1919) wrote on accumulation.", expected: []),
    CitationCase(name: "a span too long for a work", sentence: "Empires rose (Braudel 1400–1800).", expected: []),
]

@Test("places and imprints are not citations", arguments: placeCases)
func placeForm(_ example: CitationCase) {
    #expect(CitationTestSupport.mismatches(example.sentence, example.expected).isEmpty,
            "\(example.name): \(CitationTestSupport.mismatches(example.sentence, example.expected))")
}

@Test("organizations and letters beyond Latin-1", arguments: organizationCases)
func organizationForm(_ example: CitationCase) {
    #expect(CitationTestSupport.mismatches(example.sentence, example.expected).isEmpty,
            "\(example.name): \(CitationTestSupport.mismatches(example.sentence, example.expected))")
}

@Test("locators", arguments: locatorCases)
func locatorForm(_ example: CitationCase) {
    #expect(CitationTestSupport.mismatches(example.sentence, example.expected).isEmpty,
            "\(example.name): \(CitationTestSupport.mismatches(example.sentence, example.expected))")
}

@Test("year spans", arguments: rangeCases)
func rangeForm(_ example: CitationCase) {
    #expect(CitationTestSupport.mismatches(example.sentence, example.expected).isEmpty,
            "\(example.name): \(CitationTestSupport.mismatches(example.sentence, example.expected))")
}

@Test("a newspaper and a multivolume work link to their entries")
func newspaperAndSpanLink() {
    let text = """
        Strikes spread (The Guardian 2016), as The Guardian (2016) reported; material life kept its \
        rhythms (Braudel 1981–1984).

        References

        Braudel, Fernand. 1981–1984. Civilization and Capitalism, 15th–18th Century. 3 vols. New York: Harper & Row.

        The Guardian. 2016. “Strikes Spread across the Delta.” 12 March.
        """
    let scalars = Array(text.unicodeScalars)
    let (entries, section) = ReferenceListParser.parse(scalars)
    #expect(entries.map(\.year) == ["1981–1984", "2016"])
    let linked = CitationLinker.link(InTextCitationExtractor.extract(from: scalars, excluding: section), to: entries)
    #expect(linked.map(\.reference) == [1, 1, 0])
}

@Test("a firm with a corporate suffix is one author in the text and in the reference list")
func firmLinks() {
    let text = """
        Prices rose (Smith & Sons, Inc. 2011; Okafor, 2004).

        References

        Okafor, Chinwe. 2004. Markets and States. Lagos: Malthouse.
        Smith & Sons, Inc. 2011. Annual Report 2011. London: Smith & Sons.
        """
    let scalars = Array(text.unicodeScalars)
    let (entries, section) = ReferenceListParser.parse(scalars)
    #expect(entries.map(\.authors) == [["Okafor"], ["Smith & Sons, Inc."]])
    let linked = CitationLinker.link(InTextCitationExtractor.extract(from: scalars, excluding: section), to: entries)
    #expect(linked.map(\.authors) == [["Smith & Sons, Inc."], ["Okafor"]])
    #expect(linked.map(\.reference) == [1, 0])
}
