import Testing
@testable import BraudelNetworks

@Suite struct BuilderTests {
    @Test func citationNetworkIsDirectedDocumentToWork() {
        let graph = AwkwardGraphs.citation
        #expect(graph.directed)
        #expect(graph.nodes.map(\.type) == ["document", "work", "work", "document"])
        #expect(graph.nodes.map(\.id) == ["doc:" + AwkwardGraphs.documentPath, "work:wallerstein|1974",
                                          "work:frank|1967", "doc:/corpus/back\\slash.md"])
        #expect(graph.nodes[0].attributes["path"] == .string(AwkwardGraphs.documentPath))
        #expect(graph.edges.map(\.weight) == [3, 1, 2])
        #expect(graph.edges.allSatisfy { $0.source.hasPrefix("doc:") && $0.target.hasPrefix("work:") })
    }

    @Test func repeatedLinksAddUp() {
        let directed = CitationNetwork.build(edges: [
            CitationLink(document: "d", documentLabel: "D", work: "w", workLabel: "W", count: 2),
            CitationLink(document: "d", documentLabel: "D", work: "w", workLabel: "W", count: 5),
        ])
        #expect(directed.edges.map(\.weight) == [7])
        let undirected = SimilarityNetwork.build(occurrences: [
            Occurrence(group: "1", item: "x", itemLabel: "X"), Occurrence(group: "1", item: "y", itemLabel: "Y"),
            Occurrence(group: "2", item: "y", itemLabel: "Y"), Occurrence(group: "2", item: "x", itemLabel: "X"),
            Occurrence(group: "3", item: "x", itemLabel: "X"), Occurrence(group: "3", item: "z", itemLabel: "Z"),
            Occurrence(group: "4", item: "x", itemLabel: "X"), Occurrence(group: "4", item: "x", itemLabel: "X"),
        ], nodeType: "work")
        #expect(!undirected.directed)
        #expect(undirected.nodes.map(\.id) == ["x", "y", "z"])
        #expect(undirected.edges.map { "\($0.source)-\($0.target):\($0.weight)" } == ["x-y:2.0", "x-z:1.0"])
    }
}
