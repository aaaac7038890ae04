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
            _ = try index.search(try SearchQuery(query))
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
            #expect {
                try index.search(SearchQuery(query))
            } throws: { error in
                guard case IndexError.badQuery(let reported, let reason) = error else { return false }
                return reported == query && !reason.isEmpty
            }
        }
    }

    @Test func operatorCharactersBecomePlainWords() throws {
        // "NEAR(core" tokenizes to the phrase "near core", which no sentence holds.
        #expect(try index.search(try SearchQuery("NEAR(core periphery")).isEmpty)
        #expect(try index.search(try SearchQuery("core*periphery")).isEmpty)
        #expect(try index.search(try SearchQuery("(core)")).count == 3)
        #expect(try index.search(try SearchQuery("text:core")).isEmpty)
        #expect(try index.search(try SearchQuery("-core")).count == 3)
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
