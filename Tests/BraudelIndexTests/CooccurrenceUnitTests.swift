import BraudelMeasures
import Foundation
import Testing
@testable import BraudelIndex

/// Co-occurrence counts and association measures per sentence, paragraph and document, checked
/// against counts and formulas worked out by hand on ``UnitFixtures``.
@Suite struct CooccurrenceUnitTests {
    let index: CorpusIndex

    init() throws { index = try UnitFixtures.index() }

    private func pairs(_ unit: CooccurrenceUnit, _ tweak: (inout CooccurrenceQuery) -> Void = { _ in })
        throws -> [String: ConceptAssociation] {
        var query = CooccurrenceQuery(unit: unit)
        tweak(&query)
        return Dictionary(uniqueKeysWithValues: try index.conceptAssociations(query).map { ("\($0.a)+\($0.b)", $0) })
    }

    @Test func sentencesCountPairsWithinOneSentence() throws {
        let found = try pairs(.sentence)
        #expect(Set(found.keys) == ["core+periphery", "core+hegemony"])
        let corePeriphery = try #require(found["core+periphery"])
        // 8 non-blank sentences: 5 + 2 + 1; core in 3, periphery in 3, both in 2.
        #expect(corePeriphery.units == 8)
        #expect((corePeriphery.count, corePeriphery.countA, corePeriphery.countB) == (2, 3, 3))
        #expect(found["core+hegemony"]?.count == 1 && found["core+hegemony"]?.countB == 2)
    }

    @Test func paragraphsJoinSentencesBetweenBlankLines() throws {
        let found = try pairs(.paragraph)
        #expect(Set(found.keys) == ["core+periphery", "core+semiperiphery", "periphery+semiperiphery", "core+hegemony"])
        // 6 paragraphs: 3 + 2 + 1.
        #expect(found.values.allSatisfy { $0.units == 6 })
        #expect(found["core+periphery"]?.count == 2)
        #expect(found["core+semiperiphery"]?.count == 1)
        #expect(found["core+semiperiphery"]?.countA == 3)
        #expect(found["core+hegemony"]?.count == 1)
    }

    @Test func documentsCountEveryPairOfATextOnce() throws {
        let found = try pairs(.document)
        #expect(found.count == 6)
        #expect(found.values.allSatisfy { $0.units == 3 })
        #expect(found["core+periphery"]?.count == 2)
        #expect(found["core+hegemony"]?.count == 2)
        #expect(found["hegemony+periphery"]?.count == 2)
        #expect(found["hegemony+semiperiphery"]?.count == 1)
        #expect(found["core+periphery"]?.countA == 2)
    }

    @Test func measuresMatchHandComputation() throws {
        let pair = try #require(try pairs(.sentence)["core+periphery"])
        // 2×2 table over 8 sentences: [[2, 1], [1, 4]]; expected [[9/8, 15/8], [15/8, 25/8]].
        let g2 = 2 * (2 * log(2 / 1.125) + 1 * log(1 / 1.875) + 1 * log(1 / 1.875) + 4 * log(4 / 3.125))
        #expect(abs(g2 - 1.7619025653769569) < 1e-12)
        #expect(abs(pair.g2 - g2) < 1e-12)
        #expect(abs(pair.expected - 1.125) < 1e-12)
        #expect(abs(pair.pmi - log2(16.0 / 9)) < 1e-12)
        #expect(abs(pair.npmi - log2(16.0 / 9) / 2) < 1e-12)
        #expect(abs(pair.dice - 2.0 / 3) < 1e-12)
        // logDice = 14 + log2(2/3) = 13.41503749927884.
        #expect(abs(pair.logDice - 13.41503749927884) < 1e-12)

        let paragraph = try #require(try pairs(.paragraph)["core+semiperiphery"])
        // [[1, 2], [0, 3]] over 6 paragraphs; the empty cell adds nothing.
        let g2Paragraph = 2 * (1 * log(1 / 0.5) + 2 * log(2 / 2.5) + 3 * log(3 / 2.5))
        #expect(abs(g2Paragraph - 1.5876494966267793) < 1e-12)
        #expect(abs(paragraph.g2 - g2Paragraph) < 1e-12)
        #expect(paragraph.logDice == 13) // dice = 2·1 / (3 + 1) = 1/2
    }

    @Test func measuresAtTheEdges() {
        let always = AssociationMeasures(count: 4, countA: 4, countB: 4, total: 4)
        #expect(always.npmi == 1 && always.pmi == 0 && always.g2 == 0 && always.logDice == 14)
        let independent = AssociationMeasures(count: 1, countA: 2, countB: 2, total: 4)
        #expect(abs(independent.npmi) < 1e-12 && abs(independent.g2) < 1e-12)
        let repelled = AssociationMeasures(count: 1, countA: 10, countB: 10, total: 20)
        #expect(repelled.pmi < 0 && repelled.g2 > 0 && repelled.expected == 5)
        let empty = AssociationMeasures(count: 0, countA: 0, countB: 0, total: 0)
        #expect(empty.g2 == 0 && empty.dice == 0)
    }

    @Test func focusConceptListsItsPartnersFirst() throws {
        var query = CooccurrenceQuery(unit: .document, concept: "semiperiphery")
        let partners = try index.conceptAssociations(query)
        #expect(partners.map(\.a) == ["semiperiphery", "semiperiphery", "semiperiphery"])
        #expect(Set(partners.map(\.b)) == ["core", "hegemony", "periphery"])
        query.minCount = 2
        #expect(try index.conceptAssociations(query).isEmpty)
    }

    @Test func rankingAndTopChooseThePairs() throws {
        let byCount = try index.conceptAssociations(CooccurrenceQuery(unit: .paragraph, ranking: .count, top: 2))
        // Three pairs tie at count 1: core+semiperiphery and periphery+semiperiphery have NPMI
        // 1/log2 6 (each 3 × 1 of 6 paragraphs), core+hegemony 0 (3 × 2 / 6 = 1 expected); then ids.
        #expect(byCount.map { "\($0.a)+\($0.b)" } == ["core+periphery", "core+semiperiphery"])
        let all = try index.conceptAssociations(CooccurrenceQuery(unit: .paragraph))
        #expect(all.map { "\($0.a)+\($0.b)" }
            == ["core+periphery", "core+semiperiphery", "periphery+semiperiphery", "core+hegemony"])
        #expect(abs(all[1].npmi - 1 / log2(6)) < 1e-12 && abs(all[3].npmi) < 1e-12)
        for ranking in AssociationRanking.allCases {
            let ranked = try index.conceptAssociations(CooccurrenceQuery(unit: .paragraph, ranking: ranking))
            let keys: [Double] = ranked.map {
                switch ranking {
                case .count: Double($0.count)
                case .pmi: $0.pmi
                case .npmi: $0.npmi
                case .g2: $0.g2
                case .dice: $0.dice
                case .logdice: $0.logDice
                }
            }
            #expect(keys == keys.sorted(by: >), "\(ranking)")
        }
    }

    @Test func byYearMakesEachYearItsOwnPopulation() throws {
        let rows = try index.conceptAssociations(CooccurrenceQuery(unit: .sentence, byYear: true))
        #expect(rows.map { "\($0.year.map(String.init) ?? "-"):\($0.a)+\($0.b)" } == [
            "2001:core+hegemony", "2001:core+periphery", "2002:core+periphery",
        ])
        // 2001 has 5 sentences (core in 2, periphery in 2); 2002 has 2.
        #expect(rows.map(\.units) == [5, 5, 2])
        #expect(rows.map(\.count) == [1, 1, 1])
        #expect(rows[1].countA == 2 && rows[2].countA == 1)
    }

    @Test func paragraphBreaksNeedABlankLine() {
        #expect(ParagraphMap.paragraphBreaks(in: "a\nb\n\nc\n \n\n d\u{2029}e") == [5, 10, 13])
        #expect(ParagraphMap.count(of: [5, 10, 13], atOrBefore: 10) == 2)
        #expect(ParagraphMap.count(of: [], atOrBefore: 3) == 0)
    }
}
