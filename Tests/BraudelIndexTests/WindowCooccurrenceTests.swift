import Foundation
import Testing
@testable import BraudelIndex

/// Co-occurrence within ±K tokens on ``UnitFixtures``. Token positions (words and numbers):
///
/// - 2001 (21 tokens): core 0, periphery 2, semiperiphery 6, hegemony 8, core 12, periphery 19
/// - 2002 (7 tokens): core 1, periphery 4, hegemony 5
/// - undated (8 tokens): none
@Suite struct WindowCooccurrenceTests {
    let index: CorpusIndex

    init() throws { index = try UnitFixtures.index() }

    private func counts(window: Int, concept: String? = nil) throws -> [String: Int] {
        let rows = try index.conceptAssociations(CooccurrenceQuery(unit: .window, concept: concept, window: window))
        #expect(rows.allSatisfy { $0.unit == .window && $0.window == window && $0.units == 36 })
        return Dictionary(uniqueKeysWithValues: rows.map { ("\($0.a)+\($0.b)", $0.count) })
    }

    @Test func pairsCountMentionsAtMostKTokensApart() throws {
        #expect(try counts(window: 2) == ["core+periphery": 1, "hegemony+semiperiphery": 1, "hegemony+periphery": 1])
        #expect(try counts(window: 4) == ["core+periphery": 2, "periphery+semiperiphery": 1, "hegemony+semiperiphery": 1,
                                          "core+hegemony": 2, "hegemony+periphery": 1])
        #expect(try counts(window: 4, concept: "core") == ["core+periphery": 2, "core+hegemony": 2])
    }

    /// Issue 18, failure 7: `cooc --window 4611686018427387904` overflowed 2K and trapped.
    @Test func hugeWindowsCountEveryPairInADocumentWithoutOverflow() throws {
        let whole = try counts(window: 1000)
        #expect(try counts(window: 4_611_686_018_427_387_904) == whole)
        #expect(try counts(window: .max) == whole)
    }

    @Test func windowMeasuresUseTheSpanOfTheWindow() throws {
        let rows = try index.conceptAssociations(CooccurrenceQuery(unit: .window, window: 2))
        let pair = try #require(rows.first { $0.a == "hegemony" && $0.b == "semiperiphery" })
        #expect((pair.count, pair.countA, pair.countB) == (1, 2, 1))
        // Rows: hegemony's 2 mentions × 2K = 8 slots of 36 tokens; columns: semiperiphery's 1 mention.
        // Table [[1, 7], [0, 28]], expected [[8/36, 8·35/36], [28/36, 28·35/36]].
        #expect(abs(pair.expected - 8.0 / 36) < 1e-12)
        #expect(abs(pair.pmi - log2(4.5)) < 1e-12)
        #expect(abs(pair.npmi - 0.4197207891481876) < 1e-12)
        let g2 = 2 * (1 * log(1 / (8.0 / 36)) + 7 * log(7 / (8.0 * 35 / 36)) + 28 * log(28 / (28.0 * 35 / 36)))
        #expect(abs(g2 - 3.110676684477981) < 1e-12)
        #expect(abs(pair.g2 - g2) < 1e-12)
        #expect(abs(pair.logDice - (14 + log2(2.0 / 3))) < 1e-12)
    }

    @Test func windowsCountByYearAgainstThatYearsTokens() throws {
        let rows = try index.conceptAssociations(CooccurrenceQuery(unit: .window, byYear: true, window: 2))
        #expect(rows.map { "\($0.year.map(String.init) ?? "-"):\($0.a)+\($0.b):\($0.units)" }.sorted() == [
            "2001:core+periphery:21", "2001:hegemony+semiperiphery:21", "2002:hegemony+periphery:7",
        ])
    }
}
