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
        let undirected = CocitationNetwork.build(pairs: [
            CocitationLink(a: "x", aLabel: "X", b: "y", bLabel: "Y", weight: 2),
            CocitationLink(a: "y", aLabel: "Y", b: "x", bLabel: "X", weight: 1),
            CocitationLink(a: "x", aLabel: "X", b: "z", bLabel: "Z", weight: 1),
            CocitationLink(a: "x", aLabel: "X", b: "x", bLabel: "X", weight: 9),
        ], minWeight: 1)
        #expect(!undirected.directed)
        #expect(undirected.nodes.map(\.id) == ["x", "y", "z"])
        #expect(undirected.edges.map { "\($0.source)-\($0.target):\($0.weight)" } == ["x-y:3.0", "x-z:1.0"])
        #expect(CocitationNetwork.build(pairs: [CocitationLink(a: "x", aLabel: "X", b: "z", bLabel: "Z", weight: 1)],
                                        minWeight: 2).edges.isEmpty)
    }

    @Test func conceptNetworkCarriesNPMI() {
        let graph = AwkwardGraphs.concepts
        #expect(!graph.directed)
        #expect(graph.nodes.map(\.id) == ["core", "semiperiphery", "hegemony"])
        #expect(graph.nodes.allSatisfy { $0.type == "concept" })
        #expect(graph.edges.map(\.weight) == [4, 2])
        #expect(graph.edges.map { $0.attributes["npmi"] } == [0.5, -0.25])
        #expect(ConceptNetwork.build(pairs: [ConceptLink(a: "a", aLabel: "a", b: "b", bLabel: "b", count: 1, npmi: 1)],
                                     minCount: 2).nodes.isEmpty)
    }
}

@Suite struct SimilarityNetworkTests {
    @Test func couplingNetworkJoinsDocumentsWithCosine() {
        let graph = CouplingNetwork.build(pairs: [
            CouplingLink(a: "/c/a.txt", aLabel: "A", b: "/c/b.txt", bLabel: "B", weight: 3, cosine: 0.75),
            CouplingLink(a: "/c/a.txt", aLabel: "A", b: "/c/c.txt", bLabel: "C", weight: 1, cosine: 0.2),
        ], minWeight: 2)
        #expect(!graph.directed)
        #expect(graph.nodes.map(\.id) == ["/c/a.txt", "/c/b.txt"])
        #expect(graph.nodes.allSatisfy { $0.type == "document" })
        #expect(graph.edges == [Edge(source: "/c/a.txt", target: "/c/b.txt", weight: 3, attributes: ["cosine": 0.75])])
    }

    @Test func cocitationCosineBecomesAnEdgeAttribute() {
        let graph = CocitationNetwork.build(pairs: [
            CocitationLink(a: "x", aLabel: "X", b: "y", bLabel: "Y", weight: 2, cosine: 0.5),
        ])
        #expect(graph.edges.first?.attributes == ["cosine": 0.5])
        #expect(GraphMLExporter().export(graph).contains("attr.name=\"cosine\" attr.type=\"double\""))
    }
}
