import Foundation
import BraudelMeasures
import Testing
@testable import BraudelIndex

/// Concept counts, co-occurrence, citation queries and index statistics over the fixtures.
@Suite struct StatisticsQueryTests {
    let index: CorpusIndex
    let a = Fixtures.arrighiPath
    let b = Fixtures.chaseDunnPath
    /// Non-blank sentences of the two fixtures (15 + 17 from ICU, less 3 + 2 blank ones).
    let sentences = 27

    init() throws { (index, _) = try Fixtures.populatedIndex() }

    @Test func statsCountEverything() throws {
        let stats = try index.stats()
        let tokens = try Fixtures.arrighi().tokenCount + Fixtures.chaseDunn().tokenCount
        #expect(stats == IndexStats(
            documents: 2, tokens: tokens, sentences: sentences, mentions: 11, concepts: 6, citations: 4,
            linkedCitations: 4, references: 5, works: 4,
            formats: [FormatCount(format: "md", documents: 1), FormatCount(format: "txt", documents: 1)],
            languages: [LanguageCount(language: "und", documents: 2)]))   // the fixtures are built, not identified
        #expect(try index.documents().map(\.path) == [a, b])
        #expect(try index.documents().last?.authors == ["Christopher Chase-Dunn", "Thomas D. Hall"])
    }

    @Test func conceptCountsListOccurringConceptsMostFrequentFirst() throws {
        let counts = try index.conceptCounts()
        #expect(counts.map(\.concept) == ["core", "hegemony", "periphery", "semiperiphery", "accumulation", "world-economy"])
        #expect(counts.map(\.mentions) == [3, 2, 2, 2, 1, 1])
        #expect(counts.map(\.documents) == [2, 2, 2, 2, 1, 1])
    }

    @Test func cooccurrenceCountsSentencesAndNormalizesPMI() throws {
        let pairs = try index.conceptAssociations(CooccurrenceQuery())
        #expect(pairs.map { "\($0.a)+\($0.b)" } == [
            "core+periphery", "accumulation+world-economy", "periphery+semiperiphery",
            "core+hegemony", "core+semiperiphery",
        ])
        #expect(pairs.map(\.count) == [2, 1, 1, 1, 1])
        #expect(pairs.map(\.countA) == [3, 1, 2, 3, 3])
        #expect(pairs.map(\.countB) == [2, 1, 2, 2, 2])
        let n = Double(sentences)
        // PMI in bits, in every measure of Braudel.
        #expect(abs(pairs[0].pmi - log2(2 * n / 6)) < 1e-12)
        #expect(abs(pairs[0].npmi - log(2 * n / 6) / -log(2 / n)) < 1e-12)
        #expect(pairs[1].npmi == 1)
        #expect(abs(pairs[2].npmi - log(n / 4) / log(n)) < 1e-12)
        #expect(try index.conceptAssociations(CooccurrenceQuery(minCount: 2)).map(\.a) == ["core"])
        #expect(try index.conceptAssociations(CooccurrenceQuery(top: 2)).count == 2)
    }

    @Test func npmiIsOneWhenBothOccurInEveryUnit() {
        let always = AssociationMeasures(count: 4, countA: 4, countB: 4, total: 4)
        #expect(always.npmi == 1 && always.pmi == 0)
        let independent = AssociationMeasures(count: 1, countA: 2, countB: 2, total: 4)
        #expect(abs(independent.npmi) < 1e-12)
    }

    @Test func topCitedWorksRankByCitingDocuments() throws {
        let works = try index.topCitedWorks()
        #expect(works.map(\.key) == ["wallerstein|1974", "arrighi|1994", "wallerstein|1979", "frank|1967"])
        #expect(works.map(\.documents) == [2, 1, 1, 1])
        #expect(works.map(\.citations) == [2, 1, 1, 0])
        #expect(works[0].paths == [a, b])
        #expect(works[0].label == "Wallerstein 1974, The Modern World-System")
        #expect(works[3].title == "Capitalism and Underdevelopment in Latin America")
        #expect(works[3].paths == [b])
        #expect(try index.topCitedWorks(top: 1).map(\.key) == ["wallerstein|1974"])
    }

    @Test func workOccurrencesLinkDocumentsToWorks() throws {
        let edges = try index.workOccurrences()
        #expect(edges.map { "\($0.path)>\($0.work):\($0.citations)" } == [
            "\(a)>wallerstein|1974:1", "\(a)>wallerstein|1979:1",
            "\(b)>arrighi|1994:1", "\(b)>frank|1967:1", "\(b)>wallerstein|1974:1",
        ])
        #expect(edges[2].workLabel == "Arrighi 1994, The Long Twentieth Century")
        #expect(edges[2].title == "Rise and Demise")
    }

    @Test func workLabelsReadNaturally() {
        #expect(WorkLabel.make(key: "k", authors: ["Chase-Dunn", "Hall"], year: "1997", title: nil) == "Chase-Dunn and Hall 1997")
        #expect(WorkLabel.make(key: "k", authors: ["Hopkins", "Wallerstein", "Arrighi"], year: "n.d.", title: "X")
            == "Hopkins et al. n.d., X")
        #expect(WorkLabel.make(key: "k", authors: [], year: nil, title: nil) == "k")
    }
}

@Suite struct JSONStringsTests {
    @Test func authorListsRoundTripIncludingAwkwardNames() {
        let names = ["Smith & Sons, Inc.", "Bértola", "O\"Brien", "back\\slash", "line\nbreak", "tab\there", "\u{1}", ""]
        #expect(JSONStrings.decode(JSONStrings.encode(names)) == names)
        #expect(JSONStrings.decode(JSONStrings.encode([])) == [])
        #expect(JSONStrings.decode("[\"a\", \"\\u00e9\"]") == ["a", "é"])
        #expect(JSONStrings.decode("not json") == [])
        #expect(JSONStrings.decode(nil) == [])
    }
}
