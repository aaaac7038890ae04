import BraudelAnalysis
import BraudelDocuments
import BraudelText
import Testing
@testable import BraudelIndex

/// The search language evaluated over the fixture documents plus a third with a diacritic in
/// its author's name: exact sentence sets, ranking, highlights and hostile input.
@Suite struct QueryExecutorTests {
    let index: CorpusIndex
    let a = Fixtures.arrighiPath
    let b = Fixtures.chaseDunnPath
    let c = Self.bertolaPath
    static let bertolaPath = "/corpus/bertola.txt"

    init() throws {
        (index, _) = try Fixtures.populatedIndex()
        let text = "Hegemony declined slowly after the long boom. Growth in the semiperiphery was uneven."
        let document = Document(path: Self.bertolaPath, format: .txt, metadata: DocumentMetadata(
            title: "Essays", authors: ["Luis Bértola"], year: 2003), text: text)
        let analysis = DocumentAnalysis(document: document, segmented: try Segmenter.segment(text), concepts: [],
                                        citations: [], references: [])
        try index.write(analysis, file: Fixtures.stamp(analysis), workKey: Fixtures.workKey)
    }

    private func found(_ query: String, expanding: [String: [String]] = [:]) throws -> [String] {
        try index.search(SearchQuery(query), expanding: expanding).map { "\($0.path)#\($0.sentence)" }
    }

    private func foundSet(_ query: String) throws -> Set<String> { Set(try found(query)) }

    @Test func conceptTermsCombineWithWordsAndEachOther() throws {
        #expect(try found("concept:core") == ["\(a)#2", "\(b)#0", "\(b)#2"])
        #expect(try found("concept:core hegemony") == ["\(b)#2"])
        #expect(try found("concept:core AND concept:periphery") == ["\(a)#2", "\(b)#0"])
        #expect(try found("concept:hegemony OR concept:semiperiphery") == ["\(a)#1", "\(a)#2", "\(b)#1", "\(b)#2"])
        #expect(try found("concept:core NOT periphery") == ["\(b)#2"])
        #expect(try found("concept:core NOT concept:hegemony") == ["\(a)#2", "\(b)#0"])
        // The word-scored sentence first, then the concept-only one.
        #expect(try found("(concept:hegemony OR semiperiphery) NOT concept:core") == ["\(c)#1", "\(a)#1"])
        #expect(try found("concept:no-such-id").isEmpty)
    }

    @Test func aLoneConceptReadStraightFromItsIndexAgreesWithTheGeneralPlan() throws {
        // `concept:X` alone takes the streaming path; `concept:X OR concept:X` the general one.
        for id in ["core", "periphery", "hegemony", "semiperiphery", "no-such-id"] {
            #expect(try found("concept:\(id)") == found("concept:\(id) OR concept:\(id)"), "\(id)")
            let limited = try index.search(SearchQuery("concept:\(id)"), limit: 1).map { "\($0.path)#\($0.sentence)" }
            #expect(limited == Array(try found("concept:\(id)").prefix(1)))
        }
    }

    @Test func conceptExpansionUsesTheGivenIds() throws {
        let expanded = try found("concept:semiperiphery", expanding: ["semiperiphery": ["semiperiphery", "hegemony"]])
        #expect(expanded == ["\(a)#1", "\(a)#2", "\(b)#1", "\(b)#2"])
    }

    @Test func wordOperatorsAndNear() throws {
        #expect(try foundSet("hegemony") == ["\(a)#1", "\(b)#2", "\(c)#0"])
        #expect(try foundSet("hegemony NOT core") == ["\(a)#1", "\(c)#0"])
        #expect(try foundSet("core (hegemony OR periphery)") == ["\(a)#2", "\(b)#0", "\(b)#2"])
        #expect(try foundSet("hegemony NEAR/2 genoa") == ["\(a)#1"])
        #expect(try foundSet("hegemony NEAR/1 genoa").isEmpty)
        #expect(try foundSet("hegemony NEAR/2 fell") == ["\(b)#2"])
        // k counts the tokens between the end of one side and the start of the other.
        #expect(try foundSet("\"hegemony rose\" NEAR/4 core") == ["\(b)#2"])
        #expect(try foundSet("\"hegemony rose\" NEAR/3 core").isEmpty)
        #expect(try foundSet("semiperi* NEAR/5 growth") == ["\(b)#1", "\(c)#1"])
        // NEAR stays within one sentence: "boom" ends c#0 and "growth" starts c#1.
        #expect(try foundSet("boom NEAR/1 growth").isEmpty)
    }

    @Test func nearWithConceptsCountsTokensBetweenMentionsAndWords() throws {
        #expect(try found("concept:hegemony NEAR/2 genoa") == ["\(a)#1"])
        #expect(try found("genoa NEAR/2 concept:hegemony") == ["\(a)#1"])
        #expect(try found("concept:hegemony NEAR/1 genoa").isEmpty)
        // "Hegemony rose and fell in the core": five tokens between the two mentions.
        #expect(try found("concept:hegemony NEAR/5 concept:core") == ["\(b)#2"])
        #expect(try found("concept:hegemony NEAR/4 concept:core").isEmpty)
        #expect(try found("concept:semiperiphery NEAR/2 concept:core") == ["\(a)#2"])
        #expect(try found("concept:semiperiphery NEAR/1 concept:core").isEmpty)
        #expect(try foundSet("hegemony NOT (concept:hegemony NEAR/5 concept:core)") == ["\(a)#1", "\(c)#0"])
        #expect(try foundSet("concept:core NEAR/5 concept:hegemony OR year:2003") == ["\(b)#2", "\(c)#0", "\(c)#1"])
        let expanded = try found("concept:semiperiphery NEAR/5 concept:core", expanding: ["semiperiphery": ["hegemony"]])
        #expect(expanded == ["\(b)#2"])
        let hit = try #require(try index.search(SearchQuery("concept:hegemony NEAR/5 concept:core")).first)
        #expect(hit.spans == [QuerySpan(start: 0, end: 8), QuerySpan(start: 30, end: 34)])
    }

    @Test func negationAloneSelectsTheRestOfTheCorpus() throws {
        let all = try foundSet("NOT zzzz")
        let hegemony = try foundSet("hegemony")
        #expect(try foundSet("NOT hegemony") == all.subtracting(hegemony))
        #expect(all.contains("\(c)#1") && all.contains("\(a)#0"))
    }

    @Test func authorAndYearFilters() throws {
        #expect(try foundSet("author:arrighi core") == ["\(a)#2"])
        #expect(try foundSet("author:CHASE-dunn hegemony") == ["\(b)#2"])
        #expect(try foundSet("author:\"thomas d\" hegemony") == ["\(b)#2"])
        #expect(try foundSet("author:bertola hegemony") == ["\(c)#0"])
        #expect(try foundSet("author:BÉRTOLA hegemony") == ["\(c)#0"])
        #expect(try foundSet("author:wallerstein").isEmpty)
        #expect(try foundSet("hegemony year:1994") == ["\(a)#1"])
        #expect(try foundSet("hegemony year:1995..2003") == ["\(b)#2", "\(c)#0"])
        #expect(try foundSet("hegemony year:..1997") == ["\(a)#1", "\(b)#2"])
        #expect(try foundSet("hegemony year:1998..") == ["\(c)#0"])
        #expect(try foundSet("hegemony (author:arrighi OR year:2003)") == ["\(a)#1", "\(c)#0"])
        #expect(try foundSet("hegemony NOT author:arrighi") == ["\(b)#2", "\(c)#0"])
        let allOfArrighi = try found("author:arrighi")
        #expect(allOfArrighi.first == "\(a)#0" && allOfArrighi.allSatisfy { $0.hasPrefix(a) })
    }

    @Test func wordsRankByBM25BeforeConceptOnlyHitsInDocumentOrder() throws {
        let hits = try index.search(SearchQuery("hegemony OR concept:semiperiphery"))
        let keys = hits.map { "\($0.path)#\($0.sentence)" }
        #expect(Set(keys.prefix(3)) == ["\(a)#1", "\(b)#2", "\(c)#0"])
        #expect(Array(keys.dropFirst(3)) == ["\(a)#2", "\(b)#1"])
        let scores = hits.prefix(3).map { $0.score ?? 0 }
        #expect(scores == scores.sorted() && scores.allSatisfy { $0 < 0 })
        #expect(hits.dropFirst(3).allSatisfy { $0.score == nil })
        #expect(try index.search(SearchQuery("hegemony OR concept:semiperiphery"), limit: 2).count == 2)
    }

    @Test func spansMarkWordsPrefixesPhrasesAndMentions() throws {
        func marked(_ query: String) throws -> [String] {
            let hit = try #require(try index.search(SearchQuery(query)).first)
            let scalars = Array(hit.text.unicodeScalars)
            return hit.spans.map { String(String.UnicodeScalarView(scalars[$0.start..<$0.end])) }
        }
        #expect(try marked("concept:core hegemony") == ["Hegemony", "core"])
        #expect(try marked("hegem* author:chase") == ["Hegemony"])
        #expect(try marked("bertola") == ["Bértola"])
        #expect(try marked("\"semi periphery\" NOT author:chase") == ["semi-periphery"])
        #expect(try marked("concept:semiperiphery year:1997") == ["semiperipheral"])
        #expect(try marked("hegemony NEAR/3 fell") == ["Hegemony", "fell"])
        #expect(try marked("core NOT hegemony").allSatisfy { $0 == "core" })
        #expect(try index.search(SearchQuery("year:2003")).allSatisfy { $0.spans.isEmpty })
    }

    @Test func hostileInputNeverReachesSQLiteAsSyntax() throws {
        let hostile = ["'; DROP TABLE sentence; --", "NEAR(core periphery, 2)", "core:periphery", "^core",
                       "col* OR *", "\"\"", "a\"\"b", "sentence_fts", "rowid:1", "* AND *", "x NOT", "{core}",
                       "core - periphery", "+core", "concept:'; DROP TABLE mention; --", "author:%", "author:_",
                       "\u{0}core", "NEAR/0 NEAR/0"]
        for query in hostile {
            do {
                _ = try index.search(SearchQuery(query))
            } catch let error as IndexError {
                if case .badQuery = error { continue }
                Issue.record("\(query): \(error)")
            } catch {
                Issue.record("\(query): \(error)")
            }
        }
        #expect(try foundSet("author:%").isEmpty)
        #expect(try foundSet("hegemony").count == 3)
        #expect(try foundSet("concept:core").count == 3)
    }
}
