import BraudelNetworks
import Foundation
import Testing
@testable import BraudelAnalytics

/// Degree, strength, betweenness and PageRank from igraph against networkx on the exported graph.
@Suite struct CentralityTests {
    @Test(.enabled(if: AnalyticsFixtures.networkxAvailable, "python3 with networkx is not installed"),
          arguments: [AnalyticsFixtures.twoCommunities, AnalyticsFixtures.directed])
    func centralitiesEqualNetworkx(graph: Graph) throws {
        let ours = try Centralities(graph)
        let file = try AnalyticsFixtures.graphMLFile(graph)
        defer { try? FileManager.default.removeItem(at: file) }
        let script = """
            import json, sys, networkx as nx
            g = nx.read_graphml(sys.argv[1])
            ids = json.loads(sys.stdin.read())
            betweenness = nx.betweenness_centrality(g, normalized=False)
            pagerank = nx.pagerank(g, alpha=0.85, weight="weight", tol=1e-13, max_iter=100000)
            strength = dict(g.degree(weight="weight"))
            print(json.dumps([[g.degree(n) for n in ids], [strength[n] for n in ids],
                              [betweenness[n] for n in ids], [pagerank[n] for n in ids]]))
            """
        let input = String(decoding: try JSONSerialization.data(withJSONObject: graph.nodes.map(\.id)), as: UTF8.self)
        let result = try AnalyticsFixtures.python(["-c", script, file.path], input: input)
        #expect(result.status == 0, "\(result.output)")
        let theirs = try #require(try JSONSerialization.jsonObject(with: Data(result.output.utf8)) as? [[Double]])
        #expect(ours.degree.map(Double.init) == theirs[0])
        for (name, mine, reference) in [("strength", ours.strength, theirs[1]), ("betweenness", ours.betweenness, theirs[2]),
                                        ("pagerank", ours.pagerank, theirs[3])] {
            #expect(mine.count == reference.count)
            for (a, b) in zip(mine, reference) { #expect(abs(a - b) < 1e-9, "\(name): \(mine) vs \(reference)") }
        }
    }
}
