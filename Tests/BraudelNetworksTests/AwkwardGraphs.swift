@testable import BraudelNetworks

/// Graphs whose ids and labels hold everything exporters must escape: quotes, ampersands,
/// commas, angle brackets, backslashes, line breaks and non-ASCII names.
enum AwkwardGraphs {
    static let documentPath = "/corpus/Bértola & \"Ocampo\", <2012>.txt"
    static let documentLabel = "Bértola & \"Ocampo\", <2012>"
    static let workLabel = "Wallerstein 1974, The Modern World-System: \"Capitalist\" Agriculture & <Origins>"

    static var citation: Graph {
        CitationNetwork.build(edges: [
            CitationLink(document: documentPath, documentLabel: documentLabel, work: "wallerstein|1974",
                         workLabel: workLabel, count: 3),
            CitationLink(document: documentPath, documentLabel: documentLabel, work: "frank|1967",
                         workLabel: "Frank 1967, Capitalism and\nUnderdevelopment", count: 1),
            CitationLink(document: "/corpus/back\\slash.md", documentLabel: "back\\slash, 'quoted'",
                         work: "wallerstein|1974", workLabel: workLabel, count: 2),
        ])
    }

    static var concepts: Graph {
        Graph(nodes: [
            Node(id: "core", label: "core", type: "concept"),
            Node(id: "semiperiphery", label: "semi-periphery, the", type: "concept"),
            Node(id: "hegemony", label: "hegemony (interstate)", type: "concept"),
        ], edges: [
            Edge(source: "core", target: "semiperiphery", weight: 4, attributes: ["npmi": 0.5]),
            Edge(source: "hegemony", target: "core", weight: 2, attributes: ["npmi": -0.25]),
        ], directed: false)
    }
}
