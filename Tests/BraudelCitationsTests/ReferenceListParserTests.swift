import BraudelText
import Testing
@testable import BraudelCitations

private struct ExpectedEntry {
    var authors: [String]
    var year: String?
    var title: String?
}

private let expectedEntries: [ExpectedEntry] = [
    ExpectedEntry(authors: ["Abu-Lughod"], year: "1989", title: "Before European Hegemony: The World System A.D. 1250–1350"),
    ExpectedEntry(authors: ["Amin"], year: "1974", title: "Accumulation on a World Scale: A Critique of the Theory of Underdevelopment"),
    ExpectedEntry(authors: ["Amin"], year: "1990a", title: "Delinking: Towards a Polycentric World"),
    ExpectedEntry(authors: ["Amin"], year: "1990b", title: "The Social Movements in the Periphery"),
    ExpectedEntry(authors: ["Arrighi"], year: "1994", title: "The Long Twentieth Century: Money, Power, and the Origins of Our Times"),
    ExpectedEntry(authors: ["Arrighi", "Silver"], year: "1999", title: "Chaos and governance in the modern world system"),
    ExpectedEntry(authors: ["Arrighi", "Hopkins", "Wallerstein"], year: "1989", title: "Antisystemic Movements"),
    ExpectedEntry(authors: ["Bértola"], year: "2016", title: "Income Inequality in Latin America"),
    ExpectedEntry(authors: ["Braudel"], year: "1979", title: "Civilisation matérielle, économie et capitalisme, XVe–XVIIIe siècle"),
    ExpectedEntry(authors: ["Chase-Dunn", "Hall"], year: "1997", title: "Rise and Demise: Comparing World-Systems"),
    ExpectedEntry(authors: ["Frank"], year: "1967", title: "Capitalism and Underdevelopment in Latin America"),
    ExpectedEntry(authors: ["International Labour Organization"], year: "2009", title: "World of Work Report 2009: The Global Jobs Crisis and Beyond"),
    ExpectedEntry(authors: ["Lindqvist"], year: "2019", title: "Return migration and the semiperiphery"),
    ExpectedEntry(authors: ["Marx"], year: "1976", title: "Capital: A Critique of Political Economy"),
    ExpectedEntry(authors: ["Okafor"], year: "2015", title: "Remittances and rural households"),
    ExpectedEntry(authors: ["Polanyi"], year: "1944", title: "The Great Transformation"),
    ExpectedEntry(authors: ["Silver"], year: "Forthcoming", title: "Labor and Capital Revisited"),
    ExpectedEntry(authors: ["Silver", "Arrighi", "Dinc"], year: "2008", title: "Does Hegemony Matter?"),
    ExpectedEntry(authors: ["United Nations Conference on Trade and Development"], year: "2019", title: "World Investment Report 2019"),
    ExpectedEntry(authors: ["van der Linden"], year: "2008", title: "Workers of the World: Essays toward a Global Labor History"),
    ExpectedEntry(authors: ["Wallerstein"], year: "1974", title: "The Modern World-System: Capitalist Agriculture and the Origins of the European World-Economy in the Sixteenth Century"),
    ExpectedEntry(authors: ["World Bank"], year: "2017", title: "World Development Report 2017: Governance and the Law"),
    ExpectedEntry(authors: ["World Health Organization"], year: "n.d.", title: "Global Health Observatory Data Repository"),
]

@Test("a mixed ASA/APA reference list parses field by field")
func mixedReferenceList() throws {
    let text = try FixtureText.load("hegemony-article.txt")
    let scalars = Array(text.unicodeScalars)
    let (entries, foundSection) = ReferenceListParser.parse(scalars)
    #expect(entries.count == expectedEntries.count)
    for (entry, want) in zip(entries, expectedEntries) {
        #expect(entry.authors == want.authors, "\(entry.raw)")
        #expect(entry.year == want.year, "\(entry.raw)")
        #expect(entry.title == want.title, "\(entry.raw)")
        #expect(CitationTestSupport.slice(text, entry.start, entry.end) == entry.raw)
    }
    let section = try #require(foundSection)
    #expect(CitationTestSupport.slice(text, section.lowerBound, section.lowerBound + 10) == "References")
    #expect(section.upperBound == entries.last?.end)
    #expect(entries.first?.raw.hasPrefix("Abu-Lughod, Janet L. 1989.") == true)
}

@Test("repeated-author dashes inherit the previous entry's authors in every spelling")
func repeatedAuthorDashes() {
    let text = """
    Bibliography

    Wallerstein, Immanuel, and Terence K. Hopkins. 1977. Patterns of Development of the Modern World-System. Review 1(2): 111–45.

    ———. 1992. The Age of Transition. London: Zed.

    ——— 1996. Trajectories of the World-System. London: Zed.

    ---. 1998. Utopistics. New York: New Press.
    """
    let (entries, _) = ReferenceListParser.parse(Array(text.unicodeScalars))
    #expect(entries.map(\.authors) == Array(repeating: ["Wallerstein", "Hopkins"], count: 4))
    #expect(entries.map(\.year) == ["1977", "1992", "1996", "1998"])
    #expect(entries.map(\.title) == ["Patterns of Development of the Modern World-System", "The Age of Transition",
                                      "Trajectories of the World-System", "Utopistics"])
}

@Test("headings are recognized case-insensitively and only alone on their line")
func referenceHeadings() {
    for heading in ["WORKS CITED", "Literature Cited", "Notes and References", "7. References", "References:"] {
        let text = "Body text.\n\n\(heading)\n\nPolanyi, Karl. 1944. The Great Transformation. New York: Rinehart."
        let (entries, section) = ReferenceListParser.parse(Array(text.unicodeScalars))
        #expect(entries.count == 1, "\(heading)")
        #expect(section?.lowerBound == Array("Body text.\n\n".unicodeScalars).count, "\(heading)")
    }
    let prose = "The references to Braudel are many.\n\nPolanyi, Karl. 1944. The Great Transformation."
    #expect(ReferenceListParser.parse(Array(prose.unicodeScalars)).section == nil)
}

@Test("editors, Chicago order and an entry without a year")
func otherEntryShapes() {
    let text = """
    References

    Hopkins, Terence K., and Immanuel Wallerstein, eds. 1982. World-Systems Analysis: Theory and Methodology. Beverly Hills: Sage.

    Wallerstein, Immanuel. Historical Capitalism. London: Verso, 1983.

    Santos, Boaventura de Sousa. 2014. Epistemologies of the South. Boulder: Paradigm.

    Le Roy Ladurie, Emmanuel. 1966. Les paysans de Languedoc. Paris: SEVPEN.
    """
    let (entries, _) = ReferenceListParser.parse(Array(text.unicodeScalars))
    #expect(entries.map(\.authors) == [["Hopkins", "Wallerstein"], ["Wallerstein"], ["Santos"], ["Le Roy Ladurie"]])
    #expect(entries.map(\.year) == ["1982", "1983", "2014", "1966"])
    #expect(entries.map(\.title) == ["World-Systems Analysis: Theory and Methodology", "Historical Capitalism",
                                      "Epistemologies of the South", "Les paysans de Languedoc"])
}

@Test("the list ends where prose resumes, and notes are passed over")
func sectionEnd() {
    let text = """
    Notes and References

    1. On the semiperiphery see the discussion above.

    Amin, Samir. 1976. Unequal Development. New York: Monthly Review Press.

    About the author

    Ana Lindqvist teaches sociology and writes on return migration in the Baltic region.
    """
    let scalars = Array(text.unicodeScalars)
    let (entries, section) = ReferenceListParser.parse(scalars)
    #expect(entries.map(\.authors) == [["Amin"]])
    #expect(section?.upperBound == entries.first?.end)
}

@Test("entries kept one per line without blank lines are split at lines that open an entry")
func entriesOnePerLine() {
    let text = """
    References
    Amin, Samir. 1976. Unequal Development. New York: Monthly
    Review Press.
    ———. 1990. Delinking. London: Zed.
    de Janvry, Alain. 1981. The Agrarian Question and Reformism in Latin America. Baltimore: Johns
    Hopkins University Press.
    """
    let (entries, section) = ReferenceListParser.parse(Array(text.unicodeScalars))
    #expect(entries.map(\.authors) == [["Amin"], ["Amin"], ["de Janvry"]])
    #expect(entries.map(\.year) == ["1976", "1990", "1981"])
    #expect(entries.first?.raw == "Amin, Samir. 1976. Unequal Development. New York: Monthly\nReview Press.")
    #expect(section?.upperBound == text.unicodeScalars.count)
}

@Test("APA editor marks before the year and hyphenated initials")
func apaEditorsAndHyphenatedInitials() {
    let text = """
    References

    Hung, H.-f. (Ed.). (2009). China and the Transformation of Global Capitalism. Baltimore: Johns Hopkins University Press.

    Palat, R. A. (Eds.). (1993). Pacific-Asia and the Future of the World-System. Westport, CT: Greenwood Press.

    Sartre, J.-P. (1960). Critique de la raison dialectique. Paris: Gallimard.
    """
    let (entries, _) = ReferenceListParser.parse(Array(text.unicodeScalars))
    #expect(entries.map(\.authors) == [["Hung"], ["Palat"], ["Sartre"]])
    #expect(entries.map(\.year) == ["2009", "1993", "1960"])
    #expect(entries.map(\.title) == ["China and the Transformation of Global Capitalism",
                                      "Pacific-Asia and the Future of the World-System", "Critique de la raison dialectique"])
}

/// A long reference list is parsed a run of paragraphs at a time: runs of any size give the
/// entries and section of the list parsed in one run, a link on a line of its own joining the
/// entry before it across runs.
@Test("reference lists parsed in small runs of paragraphs are parsed as in one run")
func referenceListsInRuns() throws {
    let joined = """
        Text.

        References

        Moreno, A. (2003). Chains of value. London: Verso.

        https://doi.org/10.1000/chains

        Lee, B. and Okafor, C. (2011). Ports and hinterlands. Review 34(2): 101-130.
        """
    for text in [try FixtureText.load("hegemony-article.txt"), try FixtureText.load("mixed-references.txt"), joined] {
        let whole = ScalarText(text)
        let expected = ReferenceListParser.parse(whole, chunkSize: whole.count)
        #expect(!expected.entries.isEmpty)
        for chunkSize in [1, 60, 500] {
            let actual = ReferenceListParser.parse(whole, chunkSize: chunkSize)
            #expect(actual.entries == expected.entries, "chunks of \(chunkSize)")
            #expect(actual.section == expected.section, "chunks of \(chunkSize)")
        }
    }
    let links = ReferenceListParser.parse(ScalarText(joined), chunkSize: 1).entries
    #expect(links.first?.doi == "10.1000/chains")
}
