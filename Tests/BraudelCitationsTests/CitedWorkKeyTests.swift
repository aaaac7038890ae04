import Testing
@testable import BraudelCitations

private func key(_ authors: [String], _ year: String, _ title: String? = nil, etAl: Bool = false) -> String {
    CitedWorkKey(authors: authors, etAl: etAl, year: year, title: title).storageKey
}

@Test("work keys fold surnames and titles; a year letter goes when a title tells works apart")
func workKeys() {
    #expect(key(["Wallerstein"], "1974", "The Modern World-System") == "wallerstein|1974|modern world system")
    #expect(key(["Bértola"], "2016") == "bertola|2016")
    #expect(key(["Chase-Dunn"], "1997", "Rise and Demise: Comparing World-Systems")
            == key(["Chase Dunn"], "1997", "Rise and demise: comparing world systems"))
    #expect(key(["Amin"], "1990A", "Delinking: Towards a Polycentric World") == "amin|1990|delinking polycentric world")
    #expect(key(["O’Brien"], "n.d.", "“The” ") == "obrien|n.d.")
    #expect(key(["Wallerstein, Immanuel"], "1974") == "wallerstein|1974")
    #expect(key(["Wallerstein"], "1974b") == "wallerstein|1974b", "no title: the letter is all that tells works apart")
}

@Test("co-authors are part of the work: a chapter by Moreno is not the volume by Moreno and Castell")
func coauthorsTellWorksApart() {
    #expect(key(["Moreno"], "2001") != key(["Moreno", "Castell"], "2001"))
    #expect(key(["Moreno", "Castell"], "2001") == "moreno+cast|2001")
    #expect(key(["Moreno", "Castel"], "2001") == key(["Moreno", "Castell"], "2001"), "a slip late in a co-author's name")
    #expect(key(["Moreno", "Lee"], "2001") != key(["Moreno", "Castell"], "2001"))
    #expect(key(["Silver"], "2008", etAl: true) == key(["Silver", "Arrighi", "Lee"], "2008"))
    #expect(key(["Silver"], "2008", etAl: true) == "silver+etal|2008")
}

@Test("a stored key reads back into the same identity")
func storageKeysRoundTrip() {
    for stored in ["wallerstein|1974|modern world system", "moreno+cast|2001", "silver+etal|2008", "obrien|n.d."] {
        #expect(CitedWorkKey(storageKey: stored)?.storageKey == stored)
    }
    #expect(CitedWorkKey(storageKey: "moreno+cast|2001")?.firstAuthor == "moreno")
    #expect(CitedWorkKey(storageKey: "moreno+cast|2001")?.coauthors == .one("cast"))
    #expect(CitedWorkKey(storageKey: "no key") == nil)
}

@Test("a citation linked to an entry takes the entry's identity; given names never split a work")
func citationKeys() {
    let entry = ReferenceEntry(authors: ["Moreno", "Castell"], year: "2001", title: "The Long Rivalry", raw: "", start: 0, end: 0)
    let short = InTextCitation(authors: ["Moreno"], year: "2001", text: "Moreno 2001", start: 0, end: 11, narrative: false)
    #expect(CitedWorkKey(citation: short, reference: entry) == CitedWorkKey(authors: ["Moreno", "Castell"], year: "2001", title: "The Long Rivalry"))
    let withGivenName = InTextCitationExtractor.extract(from: Array("The law of value (Samir Amin 1976: 12) holds.".unicodeScalars))
    let plain = InTextCitationExtractor.extract(from: Array("The law of value (Amin 1976: 12) holds.".unicodeScalars))
    #expect(withGivenName.map { CitedWorkKey(citation: $0, reference: nil) } == plain.map { CitedWorkKey(citation: $0, reference: nil) })
    #expect(withGivenName.first?.authors == ["Amin"])
}

@Test("a name of words the document writes in lowercase is a report's or body's name, kept whole")
func ordinaryWordsMakeAnOrganization() {
    func authors(_ text: String) -> [[String]] {
        InTextCitationExtractor.extract(from: Array(text.unicodeScalars)).map(\.authors)
    }
    let report = "Loans to the region fell as global development finance dried up (Global Development Finance, 2005)."
    #expect(authors(report) == [["Global Development Finance"]])
    // Without the lowercase evidence, the first words may be given names: the last word is cited.
    #expect(authors("Loans fell (Global Development Finance, 2005).") == [["Finance"]])
    // A given name the text writes in lowercase elsewhere is not enough: the surname is not.
    #expect(authors("They mark the change (Mark Selden 1995).") == [["Selden"]])
}

@Test("DOIs compare without case, prefixes or trailing punctuation")
func normalizedDOIs() {
    #expect(CitedWorkKey.normalizedDOI("10.1080/09692290500049805") == "10.1080/09692290500049805")
    #expect(CitedWorkKey.normalizedDOI("https://doi.org/10.1093/SER/mwi008.") == "10.1093/ser/mwi008")
    #expect(CitedWorkKey.normalizedDOI("doi: 10.2307/1928486") == "10.2307/1928486")
    #expect(CitedWorkKey.normalizedDOI("http://dx.doi.org/10.1016/J.GLOENVCHA.2022.102467") == "10.1016/j.gloenvcha.2022.102467")
}

@Test("in one document an et al. citation joins the one work it abbreviates, never a solo one")
func etAlJoinsItsWork() {
    let pair = CitedWorkKey(authors: ["Hopkins", "Wallerstein"], year: "1987")
    let etAl = CitedWorkKey(authors: ["Hopkins"], etAl: true, year: "1987")
    let solo = CitedWorkKey(authors: ["Moreno"], year: "2001")
    let volume = CitedWorkKey(authors: ["Moreno", "Castell"], year: "2001")
    #expect(CitedWorkKey.unifyingEtAl([pair, etAl]) == [pair, pair])
    #expect(CitedWorkKey.unifyingEtAl([solo, volume]) == [solo, volume], "a chapter and its volume stay two works")
    let other = CitedWorkKey(authors: ["Hopkins", "Kasaba"], year: "1987")
    #expect(CitedWorkKey.unifyingEtAl([pair, other, etAl]) == [pair, other, etAl], "two candidates: no guess")
    let titled = CitedWorkKey(authors: ["Hopkins", "Wallerstein", "Kasaba"], year: "1987", title: "Ottoman Empire")
    #expect(CitedWorkKey.unifyingEtAl([pair, titled]) == [pair, titled], "a key an entry identified is kept")
}
