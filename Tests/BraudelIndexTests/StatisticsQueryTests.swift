import Foundation
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
            formats: [FormatCount(format: "md", documents: 1), FormatCount(format: "txt", documents: 1)]))
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
        let pairs = try index.cooccurrence()
        #expect(pairs.map { "\($0.a)+\($0.b)" } == [
            "core+periphery", "accumulation+world-economy", "periphery+semiperiphery",
            "core+hegemony", "core+semiperiphery",
        ])
        #expect(pairs.map(\.count) == [2, 1, 1, 1, 1])
        #expect(pairs.map(\.countA) == [3, 1, 2, 3, 3])
        #expect(pairs.map(\.countB) == [2, 1, 2, 2, 2])
        let n = Double(sentences)
        #expect(abs(pairs[0].pmi - log(2 * n / 6)) < 1e-12)
        #expect(abs(pairs[0].npmi - log(2 * n / 6) / -log(2 / n)) < 1e-12)
        #expect(pairs[1].npmi == 1)
        #expect(abs(pairs[2].npmi - log(n / 4) / log(n)) < 1e-12)
        #expect(try index.cooccurrence(minCount: 2).map(\.a) == ["core"])
        #expect(try index.cooccurrence(top: 2).count == 2)
    }

    @Test func npmiIsOneWhenBothOccurInEverySentence() {
        let always = Association(count: 4, countA: 4, countB: 4, total: 4)
        #expect(always.npmi == 1 && always.pmi == 0)
        let independent = Association(count: 1, countA: 2, countB: 2, total: 4)
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

    @Test func citationEdgesLinkDocumentsToWorks() throws {
        let edges = try index.citationEdges()
        #expect(edges.map { "\($0.path)>\($0.work):\($0.count)" } == [
            "\(a)>wallerstein|1974:1", "\(a)>wallerstein|1979:1",
            "\(b)>arrighi|1994:1", "\(b)>frank|1967:1", "\(b)>wallerstein|1974:1",
        ])
        #expect(edges[2].workLabel == "Arrighi 1994, The Long Twentieth Century")
        #expect(edges[2].title == "Rise and Demise")
    }

    @Test func cocitationPairsCountDocumentsCitingBoth() throws {
        let pairs = try index.cocitationPairs()
        #expect(pairs.map { "\($0.a)+\($0.b):\($0.documents)" } == [
            "arrighi|1994+frank|1967:1", "arrighi|1994+wallerstein|1974:1",
            "frank|1967+wallerstein|1974:1", "wallerstein|1974+wallerstein|1979:1",
        ])
        #expect(pairs[3].bLabel == "Wallerstein 1979, The Capitalist World-Economy")
        #expect(pairs.map(\.cosine) == [1, 1 / 2.0.squareRoot(), 1 / 2.0.squareRoot(), 1 / 2.0.squareRoot()])
        #expect(try index.cocitationPairs(minCount: 2).isEmpty)
    }

    @Test func couplingPairsCountSharedWorks() throws {
        let pairs = try index.couplingPairs()
        #expect(pairs.count == 1)
        #expect(pairs.first?.a == a && pairs.first?.b == b)
        #expect(pairs.first?.aTitle == "The Long Twentieth Century" && pairs.first?.bTitle == "Rise and Demise")
        #expect(pairs.first?.works == 1)
        #expect(abs((pairs.first?.cosine ?? 0) - 1 / 6.0.squareRoot()) < 1e-12)
        #expect(try index.couplingPairs(minCount: 2).isEmpty)
    }

    @Test func conceptTrendsCountByDocumentYear() throws {
        let core = try index.conceptTrends(["core"])
        #expect(core == [
            ConceptYearCount(concept: "core", label: "core", year: 1994, mentions: 1, documents: 1, documentsThatYear: 1),
            ConceptYearCount(concept: "core", label: "core", year: 1997, mentions: 2, documents: 1, documentsThatYear: 1),
        ])
        #expect(try index.conceptTrends().count == 10)
        #expect(try index.conceptTrends([]).isEmpty)
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
