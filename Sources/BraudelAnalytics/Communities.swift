import BraudelNetworks
import CIgraph

/// How clusters are found: igraph's Leiden (optimising modularity or the Constant Potts Model)
/// or Louvain (multilevel modularity).
public enum CommunityMethod: String, Sendable, CaseIterable {
    /// Leiden optimising modularity, with `resolution` as γ (1 is plain modularity).
    case leiden
    /// Leiden optimising CPM: clusters denser than `resolution` (an edge-weight density).
    case leidenCPM = "leiden-cpm"
    /// Louvain (igraph's multilevel), `resolution` as γ.
    case louvain
}

/// The settings of one community detection; the same settings give the same partition.
public struct CommunityOptions: Sendable, Hashable {
    public var method: CommunityMethod
    public var resolution: Double
    /// Seeds igraph's generator (Leiden and Louvain visit nodes in random order).
    public var seed: UInt

    public init(method: CommunityMethod = .leiden, resolution: Double = 1, seed: UInt = 1) {
        self.method = method
        self.resolution = resolution
        self.seed = seed
    }
}

/// A partition of a graph's nodes. Clusters are numbered from 0 by size, largest first, ties by
/// their first node in graph order, so the numbering does not depend on igraph's labels.
public struct Partition: Sendable, Hashable {
    /// Cluster of each node, in the graph's node order.
    public var membership: [Int]
    /// Node indices of each cluster, in graph order.
    public var clusters: [[Int]]
    /// Newman's weighted modularity of the partition (γ = 1), whatever the method optimised.
    public var modularity: Double

    /// Renumbers raw labels by cluster size.
    init(labels: [Int], modularity: Double) {
        var groups = [Int: [Int]]()
        for (node, label) in labels.enumerated() { groups[label, default: []].append(node) }
        clusters = groups.values.sorted { ($0.count, -$0[0]) > ($1.count, -$1[0]) }
        membership = [Int](repeating: 0, count: labels.count)
        for (number, nodes) in clusters.enumerated() { for node in nodes { membership[node] = number } }
        self.modularity = modularity
    }
}

/// Community detection on an undirected view of a graph (a directed graph's arcs count as edges),
/// weighted by edge weight.
public enum Communities {
    /// The partition `options` asks for; an empty graph has no clusters.
    public static func detect(_ graph: Graph, options: CommunityOptions = CommunityOptions()) throws -> Partition {
        guard !graph.nodes.isEmpty else { return Partition(labels: [], modularity: 0) }
        return try Igraph.exclusive(seed: options.seed) {
            let network = try IgraphNetwork(graph, directed: false)
            let labels = try IgraphNetwork.withIntVector { membership -> [Int] in
                switch options.method {
                case .louvain:
                    try Igraph.check(igraph_community_multilevel(&network.graph, &network.weights, options.resolution,
                                                                 &membership, nil, nil), "community_multilevel")
                case .leiden, .leidenCPM:
                    try leiden(network, options: options, into: &membership)
                }
                return IgraphNetwork.values(&membership)
            }
            return Partition(labels: labels, modularity: try modularity(network, labels))
        }
    }

    /// Newman's weighted modularity of a given partition (cluster per node, graph order).
    public static func modularity(_ graph: Graph, membership: [Int]) throws -> Double {
        try Igraph.exclusive {
            try modularity(IgraphNetwork(graph, directed: false), membership)
        }
    }

    /// Leiden as igraph states it: the quality Σ_ij (A_ij − γ n_i n_j) δ(σ_i, σ_j) becomes
    /// modularity with node weights n_i = strength and γ = resolution / 2m, and CPM with unit node
    /// weights and γ = resolution. Iterates until the partition is stable.
    private static func leiden(_ network: IgraphNetwork, options: CommunityOptions,
                               into membership: inout igraph_vector_int_t) throws {
        var clusterCount: igraph_integer_t = 0
        var quality: igraph_real_t = 0
        if options.method == .leidenCPM {
            try Igraph.check(igraph_community_leiden(&network.graph, &network.weights, nil, options.resolution, 0.01, false,
                                                     -1, &membership, &clusterCount, &quality), "community_leiden")
            return
        }
        try IgraphNetwork.withVector { strength in
            try Igraph.check(igraph_strength(&network.graph, &strength, igraph_vss_all(), IGRAPH_ALL, true, &network.weights),
                             "strength")
            let gamma = network.totalWeight > 0 ? options.resolution / (2 * network.totalWeight) : 0
            try Igraph.check(igraph_community_leiden(&network.graph, &network.weights, &strength, gamma, 0.01, false, -1,
                                                     &membership, &clusterCount, &quality), "community_leiden")
        }
    }

    private static func modularity(_ network: IgraphNetwork, _ labels: [Int]) throws -> Double {
        guard network.edgeCount > 0 else { return 0 }
        var membership = igraph_vector_int_t()
        let raw = labels.map { igraph_integer_t($0) }
        try Igraph.check(igraph_vector_int_init_array(&membership, raw, igraph_integer_t(raw.count)), "vector_int_init_array")
        defer { igraph_vector_int_destroy(&membership) }
        var value: igraph_real_t = 0
        try Igraph.check(igraph_modularity(&network.graph, &membership, &network.weights, 1, false, &value), "modularity")
        return value
    }
}
