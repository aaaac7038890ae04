import Testing
@testable import BraudelCitations

@Test("work keys fold surnames and titles; a year letter goes when a title tells works apart")
func workKeys() {
    #expect(WorkKey.make(firstAuthor: "Wallerstein", year: "1974", title: "The Modern World-System") == "wallerstein|1974|modern world system")
    #expect(WorkKey.make(firstAuthor: "Bértola", year: "2016", title: nil) == "bertola|2016")
    #expect(WorkKey.make(firstAuthor: "Chase-Dunn", year: "1997", title: "Rise and Demise: Comparing World-Systems")
            == WorkKey.make(firstAuthor: "Chase Dunn", year: "1997", title: "Rise and demise: comparing world systems"))
    #expect(WorkKey.make(firstAuthor: "Amin", year: "1990A", title: "Delinking: Towards a Polycentric World") == "amin|1990|delinking polycentric world")
    #expect(WorkKey.make(firstAuthor: "O’Brien", year: "n.d.", title: "“The” ") == "obrien|n.d.")
    #expect(WorkKey.make(firstAuthor: "Wallerstein, Immanuel", year: "1974", title: nil) == "wallerstein|1974")
    #expect(WorkKey.make(firstAuthor: "Wallerstein", year: "1974b", title: nil) == "wallerstein|1974b", "no title: the letter is all that tells works apart")
}

@Test("DOIs compare without case, prefixes or trailing punctuation")
func normalizedDOIs() {
    #expect(WorkKey.normalizedDOI("10.1080/09692290500049805") == "10.1080/09692290500049805")
    #expect(WorkKey.normalizedDOI("https://doi.org/10.1093/SER/mwi008.") == "10.1093/ser/mwi008")
    #expect(WorkKey.normalizedDOI("doi: 10.2307/1928486") == "10.2307/1928486")
    #expect(WorkKey.normalizedDOI("http://dx.doi.org/10.1016/J.GLOENVCHA.2022.102467") == "10.1016/j.gloenvcha.2022.102467")
}
