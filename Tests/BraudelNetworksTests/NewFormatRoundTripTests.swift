import Foundation
import Testing
@testable import BraudelNetworks

/// GEXF and Pajek read back with networkx; VOSviewer files parsed here by their documented layout.
@Suite struct NewFormatRoundTripTests {
    static func write(_ text: String, _ name: String, in directory: URL) throws {
        try text.write(to: directory.appendingPathComponent(name), atomically: true, encoding: .utf8)
    }

    static func scratch() throws -> URL {
        let directory = FileManager.default.temporaryDirectory
            .appendingPathComponent("braudel-formats-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        return directory
    }

    @Test(.enabled(if: NetworkxRoundTripTests.networkxAvailable, "python3 with networkx is not installed"))
    func networkxReadsGEXFAndPajek() throws {
        let directory = try Self.scratch()
        for (name, graph) in [("citation", AwkwardGraphs.citation), ("concepts", AwkwardGraphs.concepts)] {
            try Self.write(GEXFExporter().export(graph), "\(name).gexf", in: directory)
            try Self.write(PajekExporter().export(graph), "\(name).net", in: directory)
        }
        let script = """
            import json, sys, networkx as nx
            d, doc = sys.argv[1], "doc:" + sys.argv[2]
            g = nx.read_gexf(f"{d}/citation.gexf")
            print("gexf", g.is_directed(), g.number_of_nodes(), g.number_of_edges(),
                  g[doc]["work:wallerstein|1974"]["weight"], json.dumps(g.nodes[doc]["label"]), g.nodes[doc]["type"])
            g = nx.read_gexf(f"{d}/concepts.gexf")
            print("gexf", g.is_directed(), g.number_of_nodes(), g.number_of_edges(),
                  g["core"]["hegemony"]["weight"], g["core"]["hegemony"]["npmi"], g.nodes["semiperiphery"]["label"])
            p = nx.read_pajek(f"{d}/citation.net")
            label = sys.argv[3].replace('"', "'")
            print("pajek", p.is_directed(), p.number_of_nodes(), p.number_of_edges(),
                  [e["weight"] for e in p[label][sys.argv[4]].values()])
            p = nx.read_pajek(f"{d}/concepts.net")
            print("pajek", p.is_directed(), p.number_of_nodes(), p.number_of_edges(),
                  [e["weight"] for e in p["core"]["semi-periphery, the"].values()])
            """
        let result = try NetworkxRoundTripTests.python([
            "-c", script, directory.path, AwkwardGraphs.documentPath, AwkwardGraphs.documentLabel,
            AwkwardGraphs.workLabel.replacingOccurrences(of: "\"", with: "'"),
        ])
        #expect(result.status == 0, "\(result.output)")
        #expect(result.output.split(separator: "\n") == [
            "gexf True 4 3 3.0 \"B\\u00e9rtola & \\\"Ocampo\\\", <2012>\" document",
            "gexf False 3 2 2.0 -0.25 semi-periphery, the",
            "pajek True 4 3 [3.0]",
            "pajek False 3 2 [4.0]",
        ])
    }

    @Test func vosviewerFilesParseByTheirColumns() throws {
        let graph = AwkwardGraphs.citation
        let exporter = VOSviewerExporter()
        let mapRows = exporter.map(graph).split(separator: "\n", omittingEmptySubsequences: false).dropLast()
            .map { $0.split(separator: "\t", omittingEmptySubsequences: false).map(String.init) }
        #expect(mapRows.first == ["id", "label", "description", "weight<Links>", "weight<Total link strength>"])
        let items = Dictionary(uniqueKeysWithValues: mapRows.dropFirst().map { (Int($0[0]) ?? -1, $0[1]) })
        #expect(mapRows.dropFirst().allSatisfy { $0.count == 5 })
        // Links and total link strength are each item's degree and summed weight.
        for row in mapRows.dropFirst() {
            let id = graph.nodes[(Int(row[0]) ?? 1) - 1].id
            let edges = graph.edges.filter { $0.source == id || $0.target == id }
            #expect(row[3] == String(edges.count) && Double(row[4]) == edges.map(\.weight).reduce(0, +))
        }
        #expect(items.count == 4 && items.keys.sorted() == [1, 2, 3, 4])
        #expect(items[3] == "Frank 1967, Capitalism and Underdevelopment")
        let links = exporter.network(graph).split(separator: "\n").map { line -> (Int, Int, Double) in
            let fields = line.split(separator: "\t")
            return (Int(fields[0]) ?? 0, Int(fields[1]) ?? 0, Double(fields[2]) ?? .nan)
        }
        #expect(links.count == 3)
        let heavy = links.first { items[$0.0] == AwkwardGraphs.documentLabel && $0.1 == 2 }
        #expect(items[2] == AwkwardGraphs.workLabel && heavy?.2 == 3)
    }

    @Test func pajekNumbersVerticesFromOneAndKeepsRepeatedLabelsDistinct() {
        let graph = Graph(nodes: [Node(id: "a", label: "Same", type: "work"), Node(id: "b", label: "Same", type: "work")],
                          edges: [Edge(source: "a", target: "b", weight: 0.5)], directed: false)
        #expect(PajekExporter().export(graph) == "*Vertices 2\r\n1 \"Same\"\r\n2 \"Same [b]\"\r\n*Edges\r\n1 2 0.5\r\n")
    }
}
