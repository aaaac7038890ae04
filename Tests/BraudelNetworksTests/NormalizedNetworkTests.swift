import BraudelMeasures
import Foundation
import Testing
@testable import BraudelNetworks

/// Similarity networks counted from occurrences, their normalizations, the concept × work network
/// and the edge cuts. Three documents: d1 cites A, B, C (A twice), d2 cites A and B, d3 only A,
/// so s_A = 3, s_B = 2, s_C = 1 and a_AB = 2, a_AC = a_BC = 1.
@Suite struct NormalizedNetworkTests {
    static let occurrences = [("d1", "A"), ("d1", "B"), ("d1", "C"), ("d1", "A"), ("d2", "A"), ("d2", "B"), ("d3", "A")]
        .map { Occurrence(group: $0.0, item: $0.1, itemLabel: "work " + $0.1) }

    static func weights(_ graph: Graph) -> [String: Double] {
        Dictionary(uniqueKeysWithValues: graph.edges.map { ("\($0.source)-\($0.target)", $0.weight) })
    }

    @Test func countsGroupsHoldingBothItemsAndEachItemsOwnGroups() {
        let graph = SimilarityNetwork.build(occurrences: Self.occurrences, nodeType: "work")
        #expect(!graph.directed)
        #expect(graph.edges.map { "\($0.source)-\($0.target) \($0.weight)" } == ["A-B 2.0", "A-C 1.0", "B-C 1.0"])
        #expect(graph.nodes.map { "\($0.id) \($0.label) \($0.type) \($0.attributes["occurrences"] ?? "")" }
            == ["A work A work 3", "B work B work 2", "C work C work 1"])
        let heavy = SimilarityNetwork.build(occurrences: Self.occurrences, nodeType: "work", minCount: 2)
        #expect(heavy.nodes.map(\.id) == ["A", "B"] && heavy.edges.count == 1)
    }

    @Test func normalizationsFollowTheirDefinitions() {
        let association = Self.weights(SimilarityNetwork.build(occurrences: Self.occurrences, nodeType: "work",
                                                               normalization: .association))
        let expectedAssociation: [String: Double] = ["A-B": 2.0 / 6, "B-C": 1.0 / 2, "A-C": 1.0 / 3]
        #expect(association == expectedAssociation)
        let cosine = Self.weights(SimilarityNetwork.build(occurrences: Self.occurrences, nodeType: "work",
                                                          normalization: .cosine))
        let expectedCosine: [String: Double] = [
            "A-B": 2 / Double(6).squareRoot(), "A-C": 1 / Double(3).squareRoot(), "B-C": 1 / Double(2).squareRoot(),
        ]
        #expect(cosine == expectedCosine)
        let jaccard = SimilarityNetwork.build(occurrences: Self.occurrences, nodeType: "work", normalization: .jaccard)
        let expectedJaccard: [String: Double] = ["A-B": 2.0 / 3, "A-C": 1.0 / 3, "B-C": 1.0 / 2]
        #expect(Self.weights(jaccard) == expectedJaccard)
        // Heaviest first after normalizing, the raw count kept beside the strength.
        #expect(jaccard.edges.map(\.source) == ["A", "B", "A"])
        let counts: [Double?] = jaccard.edges.map { $0.attributes["count"] }
        #expect(counts == [2, 1, 1])
    }

    @Test func npmiRidesAlongWhenTheNumberOfGroupsIsKnown() throws {
        let graph = SimilarityNetwork.build(occurrences: Self.occurrences, nodeType: "concept", groupTotal: 4)
        let npmi = try #require(graph.edges.first?.attributes["npmi"])
        // p(AB) = 2/4, p(A) = 3/4, p(B) = 2/4: log(0.5 / 0.375) / -log(0.5).
        #expect(abs(npmi - log(4.0 / 3) / log(2)) < 1e-12)
        #expect(SimilarityNetwork.npmi(4, 4, 4, total: 4) == 1)
    }

    @Test func filtersKeepTheHeaviestEdgesAndDropIsolatedNodes() {
        let graph = SimilarityNetwork.build(occurrences: Self.occurrences, nodeType: "work")
        let top = GraphFilter.apply(graph, top: 1)
        #expect(top.edges.map(\.weight) == [2] && top.nodes.map(\.id) == ["A", "B"])
        #expect(GraphFilter.apply(graph, top: 0).nodes.isEmpty)
        #expect(GraphFilter.apply(graph, top: 10) == graph)
        #expect(GraphFilter.apply(graph, minWeight: 1.5).edges.count == 1)
    }

    @Test func conceptWorkNetworkIsBipartiteWithPrefixedIds() {
        let graph = ConceptWorkNetwork.build(links: [
            ConceptWorkLink(concept: "hegemony", conceptLabel: "hegemony", work: "arrighi|1994", workLabel: "Arrighi 1994", sentences: 3),
            ConceptWorkLink(concept: "core", conceptLabel: "core", work: "arrighi|1994", workLabel: "Arrighi 1994", sentences: 1),
            ConceptWorkLink(concept: "hegemony", conceptLabel: "hegemony", work: "arrighi|1994", workLabel: "Arrighi 1994", sentences: 2),
        ])
        #expect(graph.nodes.map { "\($0.id) \($0.type)" } == ["concept:hegemony concept", "work:arrighi|1994 work", "concept:core concept"])
        #expect(graph.edges.map { "\($0.source) \($0.target) \($0.weight)" }
            == ["concept:hegemony work:arrighi|1994 5.0", "concept:core work:arrighi|1994 1.0"])
        #expect(ConceptWorkNetwork.build(links: [
            ConceptWorkLink(concept: "core", conceptLabel: "core", work: "w", workLabel: "W", sentences: 1),
        ], minCount: 2).edges.isEmpty)
    }
}
