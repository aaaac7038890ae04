import BraudelAnalysis
import Testing
@testable import BraudelIndex

/// `a NOT b NOT c` takes away every negated part, whichever way the query is answered: one
/// FTS5 expression (words only), a concept's hits probed row by row, or set differences from
/// all sentences (nothing positive). Issue 18: a mutation keeping only one NOT, or requiring
/// both, survived the tests.
@Suite struct NotChainTests {
    static let text = """
        Trade grew in the core. Trade and war in the core. Trade and debt in the core. \
        Trade, war and debt in the core. War and debt elsewhere.
        """

    static func index() throws -> CorpusIndex {
        let analysis = try UnitFixtures.analysis("/n/chain.txt", text, year: 2000, [
            ("core", "core", ""), ("core", "core", "Trade and war in the "), ("core", "core", "Trade and debt in the "),
            ("core", "core", "war and debt in the "),
        ])
        let index = try CorpusIndex(path: try Fixtures.temporaryDirectory().appendingPathComponent("not.sqlite").path, create: true)
        try index.write(analysis, file: Fixtures.stamp(analysis), workKey: Fixtures.workKey)
        return index
    }

    @Test(arguments: [
        ("trade NOT war NOT debt", [0]),
        ("trade NOT war", [0, 2]),
        ("trade NOT (war OR debt)", [0]),
        ("NOT war NOT debt", [0]),
        ("year:1990.. NOT war NOT debt", [0]),
        ("concept:core NOT war NOT debt", [0]),
        ("concept:core NOT war NOT debt NOT grew", []),
    ])
    func everyNegatedPartIsTakenAway(query: String, sentences: [Int]) throws {
        let hits = try Self.index().search(try SearchQuery(query))
        #expect(hits.map(\.sentence).sorted() == sentences, "\(query)")
    }
}
