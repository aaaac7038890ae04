import Testing
@testable import BraudelCitations

// Citation shapes met on real web pages, PDF extractions and biomedical articles (issue 12),
// reproduced in our own invented sentences. The whole-document fixture is
// corpus/real-shapes-citations.txt; these pin each class on its own.

private func p(_ authors: [String], _ year: String, _ text: String, etAl: Bool = false,
               locator: String? = nil) -> ExpectedCitation {
    ExpectedCitation(authors: authors, year: year, text: text, narrative: false, etAl: etAl, locator: locator)
}

private func n(_ authors: [String], _ year: String, _ text: String, etAl: Bool = false,
               locator: String? = nil) -> ExpectedCitation {
    ExpectedCitation(authors: authors, year: year, text: text, narrative: true, etAl: etAl, locator: locator)
}

private let realShapes: [CitationCase] = [
    CitationCase(name: "author–year runs inside a descriptive parenthesis",
                 sentence: "Counts differ (battle deaths in major wars, Marek 1987 and UNDP/ILO 2011).",
                 expected: [p(["Marek"], "1987", "Marek 1987"), p(["UNDP/ILO"], "2011", "UNDP/ILO 2011")]),
    CitationCase(name: "a run after a page pointer", sentence: "The series is reproduced (see p. 80 in Marek 1987).",
                 expected: [p(["Marek"], "1987", "Marek 1987")]),
    CitationCase(name: "a table label before the names", sentence: "Values by decade (Table 1 Moreno and Lee, 2010) rose.",
                 expected: [p(["Moreno", "Lee"], "2010", "Moreno and Lee, 2010")]),
    CitationCase(name: "a measurement before the names", sentence: "The fit is close (a 62% match, Moreno et al., 2007).",
                 expected: [p(["Moreno"], "2007", "Moreno et al., 2007", etAl: true)]),
    CitationCase(name: "a comma before et al.", sentence: "A replication (Castell, et al., 2015) confirmed it.",
                 expected: [p(["Castell"], "2015", "Castell, et al., 2015", etAl: true)]),
    CitationCase(name: "a nested bracket with names", sentence: "Ledgers survive (e.g., port books [Moreno et al., 1995], customs rolls).",
                 expected: [p(["Moreno"], "1995", "Moreno et al., 1995", etAl: true)]),
    CitationCase(name: "a second run after 'and especially'", sentence: "Dock labour (Halvorsen 2003 and especially Halvorsen 2014) is documented.",
                 expected: [p(["Halvorsen"], "2003", "Halvorsen 2003"), p(["Halvorsen"], "2014", "Halvorsen 2014")]),
    CitationCase(name: "possessive pair and a noun before the years", sentence: "Brunner and Ciccone's study (2005, 2007) followed ore.",
                 expected: [n(["Brunner", "Ciccone"], "2005", "Brunner and Ciccone's study (2005, 2007)"), n(["Brunner", "Ciccone"], "2007", "2007")]),
    CitationCase(name: "possessive and a noun", sentence: "Abu-Samra's book (1998) covers the quays.",
                 expected: [n(["Abu-Samra"], "1998", "Abu-Samra's book (1998)")]),
    CitationCase(name: "possessive and an emphasized title: the title's words are never the author",
                 sentence: "Moreno's *The Long Rivalry* (1981, 1984) frames both.",
                 expected: [n(["Moreno"], "1981", "Moreno's *The Long Rivalry* (1981, 1984)"), n(["Moreno"], "1984", "1984")]),
    CitationCase(name: "possessive and a lowercase noun phrase", sentence: "Castell's first two books (1991a, 1994b) used ledgers.",
                 expected: [n(["Castell"], "1991a", "Castell's first two books (1991a, 1994b)"), n(["Castell"], "1994b", "1994b")]),
    CitationCase(name: "a title holding a date range", sentence: "Ortiz's Harbours and Hinterlands, 1500–1900 (1989) goes back further.",
                 expected: [n(["Ortiz"], "1989", "Ortiz's Harbours and Hinterlands, 1500–1900 (1989)")]),
    CitationCase(name: "a possessive in the sentence does not take a later author",
                 sentence: "Frank's thesis was challenged by Laclau (1971).",
                 expected: [n(["Laclau"], "1971", "Laclau (1971)")]),
    CitationCase(name: "a volume across two years", sentence: "Reform was argued over (Ferrer 1976/77).",
                 expected: [p(["Ferrer"], "1976/77", "Ferrer 1976/77")]),
    CitationCase(name: "edition year, original year and a locator", sentence: "The decree is quoted (Ferrer 2004 [1913]: 17).",
                 expected: [p(["Ferrer"], "2004", "Ferrer 2004 [1913]", locator: "17")]),
    CitationCase(name: "Y1[Y2] with and without a space", sentence: "Two reprints (Okoro 2011[1974]; Okoro 2012 [1975]) circulate.",
                 expected: [p(["Okoro"], "2011", "Okoro 2011[1974]"), p(["Okoro"], "2012", "Okoro 2012 [1975]")]),
    CitationCase(name: "a page locator without a comma", sentence: "Tribute is sketched (Wolfe 1982 p. 310).",
                 expected: [p(["Wolfe"], "1982", "Wolfe 1982", locator: "p. 310")]),
    CitationCase(name: "a comma lost between years", sentence: "Early statements (Lee 1966, 1967 1969) used lists.",
                 expected: [p(["Lee"], "1966", "Lee 1966"), p(["Lee"], "1967", "1967"), p(["Lee"], "1969", "1969")]),
    CitationCase(name: "a year glued to the name", sentence: "A later survey (Lee1977) repeats them.",
                 expected: [p(["Lee"], "1977", "Lee1977")]),
    CitationCase(name: "OCR debris after the year", sentence: "As Lee (1992~) noted, the tables were damaged.",
                 expected: [n(["Lee"], "1992", "Lee (1992~)")]),
    CitationCase(name: "a year split by a space", sentence: "Tariffs were compiled by Lee (1 974a) and by the office (OECD 201 3).",
                 expected: [n(["Lee"], "1974a", "Lee (1 974a)"), p(["OECD"], "2013", "OECD 201 3")]),
    CitationCase(name: "a given name inside a parenthetical", sentence: "The transfer (Samira Haddad 1976: 12) is not the point.",
                 expected: [p(["Haddad"], "1976", "Haddad 1976", locator: "12")]),
    CitationCase(name: "an organization keeps its whole name", sentence: "Data (Human Rights Watch 2012) and (Bank of England 2010).",
                 expected: [p(["Human Rights Watch"], "2012", "Human Rights Watch 2012"), p(["Bank of England"], "2010", "Bank of England 2010")]),
    CitationCase(name: "'and' glued to the next name", sentence: "Ferreira andWalcott (1986) proposed the method.",
                 expected: [n(["Ferreira", "Walcott"], "1986", "Ferreira andWalcott (1986)")]),
    CitationCase(name: "an unbracketed name–comma–year after 'by'", sentence: "The pattern holds, as described by Moreno and Lee, 2001, for the Baltic.",
                 expected: [n(["Moreno", "Lee"], "2001", "Moreno and Lee, 2001")]),
    CitationCase(name: "a parenthesis split by a blank line", sentence: "The ledgers were lost (Moreno\n\n2003), and copies remain.",
                 expected: [p(["Moreno"], "2003", "Moreno\n\n2003")]),
    CitationCase(name: "a note-style citation with the year in its imprint",
                 sentence: "Delinking was proposed (Samira Haddad, Prices and Ports [Beirut: Dar al-Talia, 1976], 62–67).",
                 expected: [p(["Haddad"], "1976", "Haddad, Prices and Ports [Beirut: Dar al-Talia, 1976")]),
    CitationCase(name: "the publisher in parentheses after a possessive title",
                 sentence: "Here is a reading of Ana Moreno's\n_The Long Rivalry_ (Verso 1981).",
                 expected: [n(["Moreno"], "1981", "Moreno's\n_The Long Rivalry_ (Verso 1981)")]),
    CitationCase(name: "a later edition in brackets: the year outside them is cited", sentence: "Four phases (Halvorsen 1939 [1964], p. 126) follow.",
                 expected: [p(["Halvorsen"], "1939", "Halvorsen 1939 [1964]", locator: "p. 126")]),
    CitationCase(name: "a suffix letter in parentheses", sentence: "Its status (accorded by Moreno, 1974(c); Lee 1980) changed.",
                 expected: [p(["Moreno"], "1974c", "Moreno, 1974(c)"), p(["Lee"], "1980", "Lee 1980")]),
    CitationCase(name: "organizations opened by an acronym", sentence: "Poverty fell (U.S. Department of State 2011b; ITU Telecom 2009; US Geological Survey 2010).",
                 expected: [p(["U.S. Department of State"], "2011b", "U.S. Department of State 2011b"), p(["ITU Telecom"], "2009", "ITU Telecom 2009"),
                            p(["US Geological Survey"], "2010", "US Geological Survey 2010")]),
    CitationCase(name: "a surname split before its last letter", sentence: "The scholar Ernest Mande l (1975, 1980) revived it, and Mandel built on Trotsky.",
                 expected: [n(["Mandel"], "1975", "Mande l (1975, 1980)"), n(["Mandel"], "1980", "1980")]),
    CitationCase(name: "English-word authors in a list of citations, without a reference list",
                 sentence: "Notes exist (He 2010; An 2012; Winter 2001; Page 1999; May 2004) and (Lee 2001; May 2004).",
                 expected: [p(["He"], "2010", "He 2010"), p(["An"], "2012", "An 2012"), p(["Winter"], "2001", "Winter 2001"),
                            p(["Page"], "1999", "Page 1999"), p(["May"], "2004", "May 2004"),
                            p(["Lee"], "2001", "Lee 2001"), p(["May"], "2004", "May 2004")]),
    CitationCase(name: "three names joined by commas alone", sentence: "Zones follow the list in Moreno, Lindqvist, Okafor (2000).",
                 expected: [n(["Moreno", "Lindqvist", "Okafor"], "2000", "Moreno, Lindqvist, Okafor (2000)")]),
    CitationCase(name: "a person after 'published by'", sentence: "Estimates published by Angus Marek (2001) allow a revision.",
                 expected: [n(["Marek"], "2001", "Marek (2001)")]),
    CitationCase(name: "a possessive title whose 'Th' ligature was split off by extraction",
                 sentence: "The two volumes of Castell's Th e Harbour-Master Ledgers (1991, 1994) ground the survey.",
                 expected: [n(["Castell"], "1991", "Castell's Th e Harbour-Master Ledgers (1991, 1994)"), n(["Castell"], "1994", "1994")]),
    CitationCase(name: "a sentence opening with a title and its year, then the author as subject",
                 sentence: "In The Salt Roads: Caravans and the Makers of Our Coasts (1988), Lindqvist follows the caravans inland.",
                 expected: [n(["Lindqvist"], "1988", "(1988)")]),
    CitationCase(name: "the same opening with a given name before the subject's surname",
                 sentence: "In Harbours of the North (1990), Ana Moreno compares the tolls.",
                 expected: [n(["Moreno"], "1990", "(1990)")]),
    CitationCase(name: "an epigraph attributed after a dash: the person, not the title's last word",
                 sentence: "“A harbour is a ledger written in stone.” — Rosa Ferreira, Tolls and Tides in Northern Brazil (1979) The chapter begins there.",
                 expected: [n(["Ferreira"], "1979", "(1979)")]),
    CitationCase(name: "a title after 'in' whose clause subject the text has already cited",
                 sentence: "Since Ortega (1979) the ledgers are read closely. Ortega traced the tolls of each season in Harbour Ledgers (1981).",
                 expected: [n(["Ortega"], "1979", "Ortega (1979)"),
                            n(["Ortega"], "1981", "Ortega traced the tolls of each season in Harbour Ledgers (1981)")]),
    CitationCase(name: "a pronoun subject after a sentence opened by an author already cited",
                 sentence: "The ledgers were reread by Ibarra (1975, 1980). Ibarra builds on the port books. She argues (1980: 4) that fees fell.",
                 expected: [n(["Ibarra"], "1975", "Ibarra (1975, 1980)"), n(["Ibarra"], "1980", "1980"), p(["Ibarra"], "1980", "1980", locator: "4")]),
    CitationCase(name: "a possessive person after 'in' is the owner, not a title",
                 sentence: "The idea bore fruit in Rosa Ferreira’s (2007) comparison of the two ports.",
                 expected: [n(["Ferreira"], "2007", "Ferreira’s (2007)")]),
    CitationCase(name: "a person after 'in' with no subject in the clause",
                 sentence: "The point is argued in Samira Haddad (1976) at length.",
                 expected: [n(["Haddad"], "1976", "Haddad (1976)")]),
    CitationCase(name: "a body's article titled with a quoted title",
                 sentence: "According to a TLN News article titled, “Tolls Rise Again” (2008), the port closed.",
                 expected: [n(["TLN News"], "2008", "(2008)")]),
    CitationCase(name: "a person's report entitled with a quoted title",
                 sentence: "Moreno's report entitled “Harbour Fees” (1999) was circulated.",
                 expected: [n(["Moreno"], "1999", "(1999)")]),
    CitationCase(name: "a date after a pronoun, with no locator, is no citation",
                 sentence: "Ibarra (1975) read the ledgers. Ibarra left the port. She retired (1999) to Lima.",
                 expected: [n(["Ibarra"], "1975", "Ibarra (1975)")]),
]

@Test("real-text citation shapes", arguments: realShapes)
func realShape(_ example: CitationCase) {
    let problems = CitationTestSupport.mismatches(example.sentence, example.expected)
    #expect(problems.isEmpty, "\(example.name): \(problems)")
}

private let realNonCitations: [String] = [
    "A sequel is forthcoming in a collection, London: Verso (2012).",
    "The volume was published by Verso (2012) in paperback.",
    "Figure 2 shows the harbour master, portrait by Jacques Moreau (1861).",
    "Imprints (Cambridge: Cambridge University Press 2003) are not authors.",
    "A note [London: Zed Books, 1990] names a publisher.",
    "Filed as Ana Moreno, Juan Castell-Harbour Ledgers-Verso (1981) in the catalogue.",
    "He (2010) and May (2004) are not cited when no reference list names them.",
    "The talks resumed (May 2004; June 2005) after a pause.",
    "The coup (1973) ended the experiment.",
    "She holds a doctorate from the Federal University of Santa Catarina-UFSC (2012).",
    "Trade grew in Brazil, Mexico, Argentina (1990) alike.",
    // A possessive determiner opens a title or noun phrase: its last word is no author.
    "The book ends with the Tolls of Our Harbours (1988) as its coda.",
    // The title-first shape without a single named subject gives nothing.
    "In The Salt Roads: Caravans and the Makers of Our Coasts (1988), the author follows the caravans.",
    "In The Salt Roads (1988), Lindqvist and Moreno follow the caravans.",
    "In Harbours of the North (1990) the tolls are compared.",
    // An attribution dash must stand apart and the group must close the attribution.
    "The ports—Recife, Tolls and Tides in Northern Brazil (1979) — were busy.",
    "“A ledger.” — Rosa Ferreira, Tolls and Tides in Northern Brazil (1979), which the chapter follows.",
    // A title after "in": its last word is no author, and a subject nobody cited is not attached.
    "Ortega traced the tolls of each season in Harbour Ledgers (1981).",
    // A film is no written piece.
    "A TLN film titled “Tolls Rise Again” (2008) was shown.",
    // A pronoun whose antecedent does not open its sentence.
    "The port books were kept by Ibarra and Lind. She argues (1980) that fees fell.",
    // A degree and the year it was granted.
    "She took a Master in Maritime History from UEPB (2007) and a PhD from the University of Recife (2012).",
    // A publisher's how-to-cite label before the article's own reference.
    "To cite this article: Rosa Ferreira & Hugh Walcott (2019): Ledgers of the Coast, Port History 7: 1–20.",
]

@Test("real-text shapes that are not citations", arguments: realNonCitations)
func realNonCitation(_ sentence: String) {
    let found = CitationTestSupport.extract(sentence)
    #expect(found.isEmpty, "\(sentence) gave \(found.map { "\($0.authors) \($0.year) “\($0.text)”" })")
}

/// A short document with its reference list, extracted the way the analyzer does it.
private func citations(_ body: String, references: String) -> [InTextCitation] {
    let text = body + "\n\nReferences\n\n" + references
    let scalars = Array(text.unicodeScalars)
    let (entries, section) = ReferenceListParser.parse(scalars)
    return CitationLinker.link(InTextCitationExtractor.extract(from: scalars, excluding: section, references: entries), to: entries)
}

@Test("authors whose names are English words are cited when the reference list names them")
func englishWordAuthors() {
    let found = citations("Shorter notes exist (He 2010; An 2012; Winter 2001; Page 1999; May 2004).",
                          references: """
                          An, Mei. 2012. Harbour Fees. Lima: Fondo.

                          He, Ling. 2010. Xiamen Tolls. Lima: Fondo.

                          May, Rosa. 2004. Bristol. Lima: Fondo.

                          Page, Tom. 1999. Leith. Lima: Fondo.

                          Winter, Jonas. 2001. Danzig. Lima: Fondo.
                          """)
    #expect(found.map { $0.authors + [$0.year] } == [["He", "2010"], ["An", "2012"], ["Winter", "2001"], ["Page", "1999"], ["May", "2004"]])
    #expect(found.map(\.reference) == [1, 0, 4, 3, 2])
}

@Test("a bare (1976: 45) takes the one author in scope, and nobody's when two are")
func bareYearGroups() {
    let references = """
    Haddad, Samira. 1976. Prices and Ports. Beirut: Dar.

    Lee, Sung. 1978. Smuggling. Seoul: Hanul.

    Moreno, Ana. 1978. Contraband. Lima: Fondo.
    """
    let one = citations("Haddad argued that the books understate smuggling. The estimate is revised later (1976: 45).",
                        references: references)
    #expect(one.map { $0.authors + [$0.year, $0.locator ?? "-"] } == [["Haddad", "1976", "45"]])
    #expect(one.first?.reference == 0)
    let two = citations("Moreno and Lee disagree about the trade. The figure is given in an appendix (1978: 12).",
                        references: references)
    #expect(two.isEmpty)
    // Without a reference list the locator is the sign of a citation; a bare year is a date.
    #expect(CitationTestSupport.extract("Haddad argued this. The estimate is revised later (1976: 45).").map(\.authors) == [["Haddad"]])
    #expect(CitationTestSupport.extract("Haddad argued this. The coup came later (1973).").isEmpty)
}

@Test("a surname split by extraction is joined only when the whole word is attested")
func splitSurnames() {
    #expect(CitationTestSupport.extract("Ba rretto (1994) described the cycle, as Barretto wrote.").map(\.authors) == [["Barretto"]])
    #expect(CitationTestSupport.extract("My view (1994) differs.").isEmpty)
}

@Test("a multiword name the reference list spells whole stays whole")
func multiwordSurnames() {
    let found = citations("Ports grew (Garcia Marquez 1980) and shrank (Samira Haddad 1976).",
                          references: """
                          Garcia Marquez, Luis. 1980. Ports. Bogota: Norma.

                          Haddad, Samira. 1976. Prices and Ports. Beirut: Dar.
                          """)
    #expect(found.map(\.authors) == [["Garcia Marquez"], ["Haddad"]])
}

@Test("a title before the year is owned by the person the sentence points to, never by its last word")
func titledWorkOwners() {
    func cited(_ text: String) -> [[String]] { CitationTestSupport.extract(text).map { $0.authors + [$0.year] } }
    // A pronoun and a word for a work: the person who opens the sentence before.
    #expect(cited("Ana Lindqvist is a historian of ports. Her books include Harbour Ledgers(1987), The Long Quay (1999), and Salt Under Sail (2007).")
            == [["Lindqvist", "1987"], ["Lindqvist", "1999"], ["Lindqvist", "2007"]])
    // "the author's … works": the one possessive in the sentence.
    #expect(cited("Okafor’s third title, Tides in Lagos, follows the author’s two earlier works, The Wharf Books (1994) and Fees and Tolls in the Delta (1999).")
            == [["Okafor", "1994"], ["Okafor", "1999"]])
    // An appositive "author of", and a possessive with a word for a work between.
    #expect(cited("Lena Moreno, author of The Salt Roads (2001), spoke first. Lena Moreno’s ground-breaking book The Salt Roads (2001) is long.")
            == [["Moreno", "2001"], ["Moreno", "2001"]])
    // A pronoun with nobody to point to gives nothing rather than the title's last word.
    #expect(cited("Her books include Harbour Ledgers (1987) and The Long Quay (1999).").isEmpty)
    // Without a title's grammar or a word for a work, the name before the year is the author.
    #expect(cited("Moreno's thesis was challenged by Lindqvist (1971).") == [["Lindqvist", "1971"]])
    // An articled proper noun is no title.
    #expect(cited("Keynes attacked the Treaty of the Harbour (1919).").isEmpty)
}

@Test("a place's possessive modifies the name after it; a bare year group takes the one author cited for that year")
func placePossessivesAndCitedYears() {
    func cited(_ text: String) -> [[String]] { CitationTestSupport.extract(text).map { $0.authors + [$0.year] } }
    #expect(cited("Few defenders emerged than Brazil’s Okafor (1973, 1977).") == [["Okafor", "1973"], ["Okafor", "1977"]])
    #expect(cited("See Amin’s Eurocentrism (1989).") == [["Amin", "1989"]])
    let text = "Moreno wrote The Salt Roads (Moreno 2001). Moreno lists four traits of the Harbour Board. First, it gains ‘control of the quays’ (2001, p. 5)."
    #expect(cited(text) == [["Moreno", "2001"], ["Moreno", "2001"]])
    // Two authors cited for that year: nobody is safe to attach.
    #expect(cited("Moreno wrote (Moreno 2001; Lind 2001). Moreno lists traits of the Harbour Board. It gains ‘control’ (2001, p. 5).").count == 2)
}

@Test("an imprint in the group names no author; the persons after 'by' do. An organization keeps its label words and drops its bracketed acronym")
func imprintsAndOrganizations() {
    func cited(_ text: String) -> [[String]] { CitationTestSupport.extract(text).map { $0.authors + [$0.year] } }
    #expect(cited("The recent book Wharf and Tide (Quay Press, 2015) by Ana Lind and Tomas Berg returns to the ledgers.")
            == [["Lind", "Berg", "2015"]])
    #expect(cited("The recent book Wharf and Tide (Quay Press, 2015) returns to the ledgers.").isEmpty)
    #expect(cited("Estimates agree (Intergovernmental Panel on Harbour Change [IPHC], 2014; Baltic Harbours Programme [BHP], 2012).")
            == [["Intergovernmental Panel on Harbour Change", "2014"], ["Baltic Harbours Programme", "2012"]])
    #expect(cited("See the tolls (Table 2 of Moreno 2010).") == [["Moreno", "2010"]])
}
