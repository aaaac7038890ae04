import Foundation
import Testing
@testable import BraudelNetworks

/// Reads the exported files back with networkx, the tool researchers will load them into.
@Suite struct NetworkxRoundTripTests {
    static let networkxAvailable: Bool = (try? python(["-c", "import networkx"]).status) == 0

    static func python(_ arguments: [String]) throws -> (status: Int32, output: String) {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["python3"] + arguments
        let pipe = Pipe()
        process.standardOutput = pipe
        process.standardError = pipe
        try process.run()
        let data = pipe.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return (process.terminationStatus, String(decoding: data, as: UTF8.self))
    }

    @Test(.enabled(if: networkxAvailable, "python3 with networkx is not installed; round trip skipped"))
    func networkxReadsGraphMLAndNodeLinkJSON() throws {
        let directory = FileManager.default.temporaryDirectory
            .appendingPathComponent("braudel-networks-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        let citation = AwkwardGraphs.citation
        let concepts = AwkwardGraphs.concepts
        try GraphMLExporter().export(citation).write(to: directory.appendingPathComponent("citation.graphml"),
                                                     atomically: true, encoding: .utf8)
        try JSONNodeLinkExporter().export(citation).write(to: directory.appendingPathComponent("citation.json"),
                                                          atomically: true, encoding: .utf8)
        try GraphMLExporter().export(concepts).write(to: directory.appendingPathComponent("concepts.graphml"),
                                                     atomically: true, encoding: .utf8)
        try JSONNodeLinkExporter().export(concepts).write(to: directory.appendingPathComponent("concepts.json"),
                                                          atomically: true, encoding: .utf8)
        let script = """
            import json, sys, networkx as nx
            d = sys.argv[1]
            doc = "doc:" + sys.argv[2]
            for name in ["citation", "concepts"]:
                g = nx.read_graphml(f"{d}/{name}.graphml")
                with open(f"{d}/{name}.json", encoding="utf-8") as f:
                    h = nx.node_link_graph(json.load(f), edges="links")
                for kind, graph in [("graphml", g), ("json", h)]:
                    if name == "citation":
                        w = graph[doc]["work:wallerstein|1974"]["weight"]
                        label = graph.nodes[doc]["label"]
                    else:
                        w = graph["semiperiphery"]["core"]["npmi"]
                        label = graph.nodes["semiperiphery"]["label"]
                    print(name, kind, graph.is_directed(), graph.number_of_nodes(), graph.number_of_edges(), w, json.dumps(label))
            """
        let result = try Self.python(["-c", script, directory.path, AwkwardGraphs.documentPath])
        #expect(result.status == 0, "\(result.output)")
        let label = "\"Bértola & \\\"Ocampo\\\", <2012>\""
        let asciiLabel = "\"B\\u00e9rtola & \\\"Ocampo\\\", <2012>\""
        let lines = result.output.split(separator: "\n").map { $0.replacingOccurrences(of: asciiLabel, with: label) }
        #expect(lines == [
            "citation graphml True 4 3 3.0 \(label)",
            "citation json True 4 3 3 \(label)",
            "concepts graphml False 3 2 0.5 \"semi-periphery, the\"",
            "concepts json False 3 2 0.5 \"semi-periphery, the\"",
        ])
    }
}
