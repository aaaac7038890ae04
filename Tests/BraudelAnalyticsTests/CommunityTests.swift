import BraudelNetworks
import Foundation
import Testing
@testable import BraudelAnalytics

/// Leiden and Louvain through igraph: the planted communities, reproducibility, and modularity
/// as networkx computes it.
@Suite struct CommunityTests {
    let graph = AnalyticsFixtures.twoCommunities

    @Test(arguments: [CommunityMethod.leiden, .louvain])
    func findsThePlantedCommunities(method: CommunityMethod) throws {
        let partition = try Communities.detect(graph, options: CommunityOptions(method: method))
        let byID = Dictionary(uniqueKeysWithValues: graph.nodes.indices.map { (graph.nodes[$0].id, partition.membership[$0]) })
        #expect(partition.clusters.count == 2)
        #expect(Set((0..<5).map { byID["a\($0)"] }).count == 1)
        #expect(Set((0..<5).map { byID["b\($0)"] } + [byID["c"]]).count == 1)
        #expect(byID["a0"] != byID["b0"])
        // Numbered by size: the side holding the pendant is larger.
        #expect(byID["b0"] == 0 && partition.clusters.map(\.count) == [6, 5])
    }

    @Test func sameSeedSamePartitionAtEveryResolution() throws {
        for resolution in [0.5, 1, 2, 4] {
            let options = CommunityOptions(method: .leiden, resolution: resolution, seed: 7)
            #expect(try Communities.detect(graph, options: options) == Communities.detect(graph, options: options))
        }
    }

    @Test func cpmSplitsMoreAsTheDensityThresholdRises() throws {
        let loose = try Communities.detect(graph, options: CommunityOptions(method: .leidenCPM, resolution: 0.05))
        let strict = try Communities.detect(graph, options: CommunityOptions(method: .leidenCPM, resolution: 2.5))
        #expect(loose.clusters.count < strict.clusters.count)
    }

    @Test(.enabled(if: AnalyticsFixtures.networkxAvailable, "python3 with networkx is not installed"))
    func modularityEqualsNetworkxOnTheExportedGraph() throws {
        let file = try AnalyticsFixtures.graphMLFile(graph)
        defer { try? FileManager.default.removeItem(at: file) }
        var partitions = try [CommunityMethod.leiden, .louvain, .leidenCPM].map {
            try Communities.detect(graph, options: CommunityOptions(method: $0, resolution: $0 == .leidenCPM ? 1.5 : 1))
        }
        // An arbitrary partition too, so agreement is not an artefact of optimal ones.
        let alternating = graph.nodes.indices.map { $0 % 3 }
        partitions.append(Partition(labels: alternating, modularity: try Communities.modularity(graph, membership: alternating)))
        let script = """
            import json, sys, networkx as nx
            g = nx.read_graphml(sys.argv[1])
            ids, partitions = json.loads(sys.stdin.read())
            for membership in partitions:
                groups = {}
                for node, cluster in zip(ids, membership):
                    groups.setdefault(cluster, set()).add(node)
                print(repr(nx.community.modularity(g, list(groups.values()), weight="weight")))
            """
        let input = String(decoding: try JSONSerialization.data(withJSONObject: [graph.nodes.map(\.id), partitions.map(\.membership)]),
                           as: UTF8.self)
        let result = try AnalyticsFixtures.python(["-c", script, file.path], input: input)
        #expect(result.status == 0, "\(result.output)")
        let theirs = result.output.split(separator: "\n").compactMap { Double($0) }
        #expect(theirs.count == partitions.count)
        for (ours, reference) in zip(partitions.map(\.modularity), theirs) { #expect(abs(ours - reference) < 1e-9) }
    }
}
