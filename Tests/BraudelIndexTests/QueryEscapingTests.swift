import Testing
@testable import BraudelIndex

/// Whatever a user types, full-text search answers or says clearly why not; SQLite never sees
/// user text as query syntax.
@Suite struct QueryEscapingTests {
    let index: CorpusIndex

    init() throws { (index, _) = try Fixtures.populatedIndex() }

    @Test(arguments: [
        "\"", "NEAR(", "*", "AND OR", "(", ")", "^", "-", ":", "\"\"", "* * *", "NOT", "OR core OR",
        "core\"", "\"core", "NEAR(core periphery", "text:core", "sentence_fts:core", "-core", "^core", "core*periphery",
        "core AND", "{core}", "'", "core'; DROP TABLE document; --", "periph* OR \"semi periphery", "+", "\u{0}",
    ])
    func hostileInputAnswersOrFailsClearly(query: String) throws {
        do {
            _ = try index.searchText(query)
            _ = try index.kwic(phrase: query, width: 10)
        } catch let error as IndexError {
            guard case .badQuery(let reported, let reason) = error else {
                Issue.record("\(query.debugDescription) gave \(error)")
                return
            }
            #expect(reported == query)
            #expect(!reason.isEmpty)
        }
        #expect(try index.stats().documents == 2)
    }

    @Test func queriesWithoutWordsAreBadQueries() {
        for query in ["\"", "*", "AND OR", "   ", "()", "-"] {
            #expect(throws: IndexError.badQuery(query: query, reason: "no word to search for")) {
                try index.searchText(query)
            }
        }
    }

    @Test func operatorCharactersBecomePlainWords() throws {
        #expect(try FTSQuery("NEAR(core periphery").expression == "\"NEAR(core\" \"periphery\"")
        #expect(try FTSQuery("core AND OR periphery").expression == "\"core\" AND \"periphery\"")
        #expect(try FTSQuery("hegem* \"world system").expression == "\"hegem\"* \"world system\"")
        #expect(try FTSQuery("NOT core OR").expression == "\"core\"")
        // "NEAR(core" tokenizes to the phrase "near core", which no sentence holds.
        #expect(try index.searchText("NEAR(core periphery").isEmpty)
        #expect(try index.searchText("core*periphery").isEmpty)
        #expect(try index.searchText("(core)").count == 3)
        #expect(try index.searchText("text:core").isEmpty)
        #expect(try index.searchText("-core").count == 3)
    }

    @Test func phraseLocatorMatchesWholeWordsOnly() {
        let locator = PhraseLocator(phrase: "core")!
        let text = Array("Score, core-periphery, CORE; hardcore cores".unicodeScalars)
        #expect(locator.ranges(in: text) == [7..<11, 23..<27])
        let decomposed = Array("see Be\u{301}rtola (2003)".unicodeScalars)
        #expect(PhraseLocator(phrase: "bértola")!.ranges(in: decomposed) == [4..<12])
        let compound = Array("Chase\u{2011}Dunn and Chase – Dunn".unicodeScalars)
        #expect(PhraseLocator(phrase: "chase-dunn")!.ranges(in: compound).count == 2)
        #expect(PhraseLocator(phrase: "-- ..") == nil)
    }
}
