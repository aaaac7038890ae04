import Testing
@testable import BraudelCitations

/// Every publication field of one entry (nil where the entry has none).
private struct Details: Equatable, CustomStringConvertible {
    var container: String? = nil
    var volume: String? = nil
    var issue: String? = nil
    var pages: String? = nil
    var publisher: String? = nil
    var place: String? = nil
    var doi: String? = nil
    var url: String? = nil

    init(container: String? = nil, volume: String? = nil, issue: String? = nil, pages: String? = nil,
         publisher: String? = nil, place: String? = nil, doi: String? = nil, url: String? = nil) {
        self.container = container
        self.volume = volume
        self.issue = issue
        self.pages = pages
        self.publisher = publisher
        self.place = place
        self.doi = doi
        self.url = url
    }

    init(_ e: ReferenceEntry) {
        self.init(container: e.container, volume: e.volume, issue: e.issue, pages: e.pages,
                  publisher: e.publisher, place: e.place, doi: e.doi, url: e.url)
    }

    var description: String {
        "C=\(container ?? "-") V=\(volume ?? "-") I=\(issue ?? "-") P=\(pages ?? "-") PUB=\(publisher ?? "-") PL=\(place ?? "-") DOI=\(doi ?? "-") URL=\(url ?? "-")"
    }
}

private let mixedExpected: [(String, Details)] = [
    ("Arrighi 1986 (ASA article)", Details(container: "Review", volume: "10", issue: "1", pages: "9–74")),
    ("Amin 1990 (ASA chapter)", Details(container: "Transforming the Revolution", pages: "96–138",
                                        publisher: "Monthly Review Press", place: "New York")),
    ("Bértola 2016 (Chicago article, doi.org link)",
     Details(container: "Journal of Economic History", volume: "76", issue: "2", pages: "333–62",
             doi: "10.1017/S0022050716000528")),
    ("Chase-Dunn 1998 (ASA book, edition)", Details(publisher: "Rowman & Littlefield", place: "Lanham, MD")),
    ("Evans 1980 (APA article)", Details(container: "American Sociological Review", volume: "45", issue: "4",
                                         pages: "531–552", doi: "10.2307/2095007")),
    ("Frank 1998 (ASA book)", Details(publisher: "University of California Press", place: "Berkeley")),
    ("Hopkins 1986 (ASA article)", Details(container: "Review", volume: "10", issue: "1", pages: "157–70")),
    ("Kentor 2000 (APA 7 book, no place)", Details(publisher: "Garland")),
    ("Martin 1990 (Chicago chapter)", Details(container: "Semiperipheral States in the World-Economy", pages: "25–48",
                                             publisher: "Greenwood Press", place: "New York")),
    ("Palat 1993 (APA chapter)", Details(container: "Pacific-Asia and the future of the world-system", pages: "1–20",
                                         publisher: "Greenwood Press")),
    ("Silver 2003 (Harvard book)", Details(publisher: "Cambridge University Press", place: "Cambridge")),
    ("Smith 1992 (Harvard article, doi:)", Details(container: "Social Forces", volume: "70", issue: "4", pages: "857–893",
                                                    doi: "10.1093/sf/70.4.857")),
    ("Terlouw 1993 (Chicago article, no issue)",
     Details(container: "International Journal of Comparative Sociology", volume: "34", pages: "87–102")),
    ("UNCTAD 2019 (report with URL)", Details(publisher: "United Nations", place: "Geneva",
                                              url: "https://unctad.org/webflyer/world-investment-report-2019")),
    ("Wallerstein 1974 (book, volume)", Details(volume: "1", publisher: "Academic Press", place: "New York")),
    ("World Bank 2020 (APA report, DOI)", Details(publisher: "World Bank", doi: "10.1596/978-1-4648-1553-9")),
    ("Zhang 2015 (ASA book)", Details(publisher: "Cambridge University Press", place: "New York")),
    ("Arrighi 2003 (Harvard article, vol./no./pp.)",
     Details(container: "Studies in Comparative International Development", volume: "38", issue: "1", pages: "3–31")),
    ("Wallerstein 2000 (ASA article, Retrieved from)",
     Details(container: "International Sociology", volume: "15", issue: "2", pages: "249–65",
             url: "http://iss.sagepub.com/content/15/2/249")),
]

@Test("a mixed ASA/APA/Chicago/Harvard list yields container, volume, issue, pages, imprint, DOI and URL")
func mixedReferenceDetails() throws {
    let text = try FixtureText.load("mixed-references.txt")
    let (entries, _) = ReferenceListParser.parse(Array(text.unicodeScalars))
    #expect(entries.count == mixedExpected.count)
    for (entry, (name, want)) in zip(entries, mixedExpected) {
        #expect(Details(entry) == want, "\(name): \(entry.raw)")
    }
    // Titles are unchanged by the new fields: the title still ends where the details begin.
    #expect(entries[9].title == "Introduction")
    #expect(entries[11].title == "Structure and dynamics of the global economy: Network analysis of international trade 1965–1980")
}

@Test("the hegemony article's entries carry their journals, chapters and imprints")
func hegemonyReferenceDetails() throws {
    let text = try FixtureText.load("hegemony-article.txt")
    let (entries, _) = ReferenceListParser.parse(Array(text.unicodeScalars))
    let byTitle = Dictionary(entries.map { ($0.title ?? "", Details($0)) }, uniquingKeysWith: { a, _ in a })
    #expect(byTitle["The Social Movements in the Periphery"] == Details(
        container: "Transforming the Revolution", pages: "96–138", publisher: "Monthly Review Press", place: "New York"))
    #expect(byTitle["Income Inequality in Latin America"] == Details(
        container: "Journal of Economic History", volume: "76", issue: "2", pages: "333–62"))
    #expect(byTitle["Return migration and the semiperiphery"] == Details(
        container: "Global Networks", volume: "19", issue: "3", pages: "1–20"))
    #expect(byTitle["Capital: A Critique of Political Economy"] == Details(
        volume: "1", publisher: "Penguin", place: "Harmondsworth"))
    #expect(byTitle["World Development Report 2017: Governance and the Law"] == Details(
        publisher: "World Bank", place: "Washington, DC"))
    #expect(byTitle["Global Health Observatory Data Repository"] == Details(publisher: "WHO", place: "Geneva"))
    #expect(entries.allSatisfy { $0.doi == nil && $0.url == nil })
}

@Test("DOIs are found bare, after doi:, and in dx.doi.org links; URLs skip doi.org")
func onlineLocators() {
    let cases: [(String, String?, String?)] = [
        ("Journal 1(2): 3–4. doi:10.1177/0020715205058616.", "10.1177/0020715205058616", nil),
        ("Journal 1(2): 3–4. DOI 10.1016/0305-750X(95)00001-X", "10.1016/0305-750X(95)00001-X", nil),
        ("(Available at: http://dx.doi.org/10.2307/2095007).", "10.2307/2095007", nil),
        ("Available at: www.ilo.org/global/research, accessed 3 May 2020.", nil, "www.ilo.org/global/research"),
        ("No link at all. London: Verso.", nil, nil),
    ]
    for (entry, doi, url) in cases {
        let details = ReferenceDetailsParser.parse(entry: entry, tail: nil)
        #expect(details.doi == doi, "\(entry)")
        #expect(details.url == url, "\(entry)")
    }
}

@Test("imprints: a place with an abbreviation, a Chicago notes year after the publisher, Harvard chapter pages")
func imprintShapes() {
    func details(_ tail: String) -> ReferenceDetails { ReferenceDetailsParser.parse(entry: tail, tail: tail) }
    let dc = details("Washington, D.C.: Brookings Institution.")
    #expect(dc.place == "Washington, D.C." && dc.publisher == "Brookings Institution")
    let notes = details("2nd ed. London: Verso, 1991.")
    #expect(notes.place == "London" && notes.publisher == "Verso" && notes.container == nil)
    let harvard = details("In: Palat, R. A. (ed.) Pacific-Asia and the Future of the World-System. Westport, CT: Greenwood Press, pp. 1–20.")
    #expect(harvard.container == "Pacific-Asia and the Future of the World-System")
    #expect(harvard.pages == "1–20" && harvard.place == "Westport, CT" && harvard.publisher == "Greenwood Press")
    let thesis = details("PhD dissertation, Department of Sociology, Johns Hopkins University.")
    #expect(thesis.publisher == nil && thesis.container == nil && thesis.volume == nil)
}

@Test("initials N. D. are not read as n.d.; the APA article after them keeps its details")
func initialsThatSpellND() {
    let text = """
    References

    Kondratieff, N. D. (1935). The Long Waves in Economic Life. Review of Economic Statistics, 17(6), 105–115.

    Frank, A. G. (n. d.). Unpublished notes on the world-system. Frank papers.
    """
    let (entries, _) = ReferenceListParser.parse(Array(text.unicodeScalars))
    #expect(entries.map(\.year) == ["1935", "n.d."])
    #expect(entries.first?.title == "The Long Waves in Economic Life")
    #expect(entries.first?.container == "Review of Economic Statistics")
    #expect(entries.first?.volume == "17" && entries.first?.issue == "6" && entries.first?.pages == "105–115")
}

@Test("a structured entry's raw text yields the same details after its known title")
func detailsFromRawOfAStructuredEntry() {
    let article = ReferenceEntry(
        authors: ["Wallerstein"], year: "1976", title: "Semi-Peripheral Countries and the Contemporary World Crisis",
        raw: "Wallerstein, Immanuel. 1976. “Semi-Peripheral Countries and the Contemporary World Crisis.” Theory and Society 3 (4): 461–483.",
        start: 0, end: 10).withDetailsFromRaw()
    #expect(article.container == "Theory and Society" && article.volume == "3" && article.issue == "4")
    #expect(article.pages == "461–483" && article.publisher == nil)
    let book = ReferenceEntry(
        authors: ["Amsden"], year: "1989", title: "Asia’s Next Giant: South Korea and Late Industrialization",
        raw: "Amsden, A. H. (1989). Asia’s Next Giant: South Korea and Late Industrialization. Oxford University Press. https://doi.org/10.1093/0195076036.001.0001",
        start: 0, end: 10, publisher: "Oxford UP").withDetailsFromRaw()
    #expect(book.publisher == "Oxford UP")   // a field the reader set is kept
    #expect(book.container == nil && book.place == nil && book.doi == "10.1093/0195076036.001.0001")
    let untitled = ReferenceEntry(authors: ["X"], year: nil, title: nil, raw: "X. See www.example.org/x.", start: 0, end: 1)
        .withDetailsFromRaw()
    #expect(untitled.url == "www.example.org/x" && untitled.container == nil)
}

@Test("a volume of a multivolume work, a chapter in a single author's book, an APA edition, a link on its own line")
func multivolumeChapterEditionAndSeparateLink() {
    let text = """
        References

        Braudel, Fernand. 1984. The Perspective of the World. Vol. 3 of Civilization and Capitalism, 15th–18th Century. New York: Harper & Row.

        Mann, Michael. 1986. The Sources of Social Power. Vol. 1, A History of Power from the Beginning to A.D. 1760. Cambridge: Cambridge University Press.

        Bettelheim, Charles. 1972. “Theoretical Comments.” In Unequal Exchange: A Study of the Imperialism of Trade, by Arghiri Emmanuel, 271–322. New York: Monthly Review Press.

        Silver, Beverly J., and Eric Slater. 1999. “The Social Origins of World Hegemonies.” Pp. 151–216 in Chaos and Governance in the Modern World System, by Giovanni Arrighi and Beverly J. Silver. Minneapolis: University of Minnesota Press.

        ILO. (2018). Women and Men in the Informal Economy: A Statistical Picture (3rd ed.). Geneva: International Labour Office.

        UNCTAD. (2019). Trade and Development Report 2019. Geneva: United Nations.

        https://unctad.org/webflyer/trade-and-development-report-2019
        """
    let (entries, _) = ReferenceListParser.parse(Array(text.unicodeScalars))
    #expect(entries.count == 6)
    guard entries.count == 6 else { return }
    #expect(Details(entries[0]) == Details(volume: "3", publisher: "Harper & Row", place: "New York"))
    #expect(Details(entries[1]) == Details(volume: "1", publisher: "Cambridge University Press", place: "Cambridge"))
    #expect(Details(entries[2]) == Details(container: "Unequal Exchange: A Study of the Imperialism of Trade", pages: "271–322",
                                           publisher: "Monthly Review Press", place: "New York"))
    #expect(Details(entries[3]) == Details(container: "Chaos and Governance in the Modern World System", pages: "151–216",
                                           publisher: "University of Minnesota Press", place: "Minneapolis"))
    #expect(entries[4].title == "Women and Men in the Informal Economy: A Statistical Picture")
    #expect(Details(entries[4]) == Details(publisher: "International Labour Office", place: "Geneva"))
    #expect(Details(entries[5]) == Details(publisher: "United Nations", place: "Geneva",
                                           url: "https://unctad.org/webflyer/trade-and-development-report-2019"))
}
