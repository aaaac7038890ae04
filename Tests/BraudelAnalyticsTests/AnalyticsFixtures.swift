import BraudelNetworks
import Foundation

/// Small graphs with a known shape, and networkx as the independent judge.
enum AnalyticsFixtures {
    /// Two weighted cliques of five (a0…a4, b0…b4) joined by one light bridge, plus a pendant.
    static let twoCommunities: Graph = {
        var edges = [Edge]()
        for side in ["a", "b"] {
            for i in 0..<5 {
                for j in (i + 1)..<5 { edges.append(Edge(source: "\(side)\(i)", target: "\(side)\(j)", weight: Double(1 + (i + j) % 3))) }
            }
        }
        edges.append(Edge(source: "a0", target: "b0", weight: 1))
        edges.append(Edge(source: "b4", target: "c", weight: 2))
        let ids = (0..<5).map { "a\($0)" } + (0..<5).map { "b\($0)" } + ["c"]
        return Graph(nodes: ids.map { Node(id: $0, label: $0.uppercased(), type: "work") }, edges: edges, directed: false)
    }()

    /// A directed graph with a dangling node and a reciprocal pair.
    static let directed = Graph(
        nodes: ["d1", "d2", "d3", "w1", "w2"].map { Node(id: $0, label: $0, type: "x") },
        edges: [Edge(source: "d1", target: "w1", weight: 3), Edge(source: "d1", target: "w2", weight: 1),
                Edge(source: "d2", target: "w1", weight: 2), Edge(source: "d3", target: "d2", weight: 1),
                Edge(source: "d2", target: "d3", weight: 4), Edge(source: "w2", target: "w1", weight: 1)],
        directed: true)

    static let networkxAvailable: Bool = (try? python(["-c", "import networkx"]).status) == 0

    /// Runs `python3 arguments…` with `input` on stdin.
    static func python(_ arguments: [String], input: String = "") throws -> (status: Int32, output: String) {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["python3"] + arguments
        let output = Pipe(), stdin = Pipe()
        process.standardOutput = output
        process.standardError = output
        process.standardInput = stdin
        try process.run()
        stdin.fileHandleForWriting.write(Data(input.utf8))
        try stdin.fileHandleForWriting.close()
        let data = output.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return (process.terminationStatus, String(decoding: data, as: UTF8.self))
    }

    /// `graph` as GraphML in a fresh temporary file.
    static func graphMLFile(_ graph: Graph) throws -> URL {
        let file = FileManager.default.temporaryDirectory.appendingPathComponent("braudel-analytics-\(UUID().uuidString).graphml")
        try GraphMLExporter().export(graph).write(to: file, atomically: true, encoding: .utf8)
        return file
    }

    static let referenceFolder = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Reference")
}
