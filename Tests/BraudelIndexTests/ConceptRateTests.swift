import Testing
@testable import BraudelIndex

/// Mentions per 10,000 tokens by year on ``UnitFixtures``.
@Suite struct ConceptRateTests {
    @Test func ratesAreMentionsPerTenThousandTokensOfTheYear() throws {
        let index = try UnitFixtures.index()
        let analyses = try UnitFixtures.analyses()
        let tokens2001 = analyses[0].tokenCount, tokens2002 = analyses[1].tokenCount
        let result = try index.conceptRates(["core", "semiperiphery"])
        #expect(result.undatedDocuments == 1)
        #expect(result.rates.map { "\($0.concept) \($0.year) \($0.mentions)" } == [
            "core 2001 2", "core 2002 1", "semiperiphery 2001 1", "semiperiphery 2002 0",
        ])
        #expect(result.rates.map(\.tokens) == [tokens2001, tokens2002, tokens2001, tokens2002])
        #expect(result.rates[0].perTenThousandTokens == 20_000 / Double(tokens2001))
        #expect(result.rates[1].perTenThousandTokens == 10_000 / Double(tokens2002))
        #expect(result.rates[3].perTenThousandTokens == 0)
        #expect(result.rates.allSatisfy { $0.documents == 1 })
    }

    @Test func unknownOrRepeatedConceptsStillGiveOneFullSeries() throws {
        let index = try UnitFixtures.index()
        let result = try index.conceptRates(["world-economy", "world-economy"])
        #expect(result.rates.map(\.year) == [2001, 2002])
        #expect(result.rates.allSatisfy { $0.mentions == 0 })
        #expect(try index.conceptRates([]).rates.isEmpty)
    }
}
