import BraudelNetworks
import CIgraph

/// The centralities bibliometric maps size and colour nodes by, one value per node in graph order.
public struct Centralities: Sendable, Hashable {
    /// Number of edges at the node (in + out for a directed graph), as networkx counts it.
    public var degree: [Int]
    /// Sum of the weights of the node's edges.
    public var strength: [Double]
    /// Unweighted shortest-path betweenness, not normalised (each unordered pair counted once in an
    /// undirected graph): CiteSpace's marker of works bridging clusters. Weights are left out
    /// because they measure similarity, not distance.
    public var betweenness: [Double]
    /// Weighted PageRank, damping 0.85 (PRPACK); dangling nodes jump uniformly.
    public var pagerank: [Double]

    /// Computes all four on the graph as it is (directed stays directed).
    public init(_ graph: Graph) throws {
        guard !graph.nodes.isEmpty else {
            (degree, strength, betweenness, pagerank) = ([], [], [], [])
            return
        }
        (degree, strength, betweenness, pagerank) = try Igraph.exclusive {
            let network = try IgraphNetwork(graph, directed: graph.directed)
            let degree = try IgraphNetwork.withIntVector { vector -> [Int] in
                try Igraph.check(igraph_degree(&network.graph, &vector, igraph_vss_all(), IGRAPH_ALL, true), "degree")
                return IgraphNetwork.values(&vector)
            }
            let strength = try IgraphNetwork.withVector { vector -> [Double] in
                try Igraph.check(igraph_strength(&network.graph, &vector, igraph_vss_all(), IGRAPH_ALL, true,
                                                 &network.weights), "strength")
                return IgraphNetwork.values(&vector)
            }
            let betweenness = try IgraphNetwork.withVector { vector -> [Double] in
                try Igraph.check(igraph_betweenness(&network.graph, &vector, igraph_vss_all(), graph.directed, nil),
                                 "betweenness")
                return IgraphNetwork.values(&vector)
            }
            let pagerank = try IgraphNetwork.withVector { vector -> [Double] in
                var value: igraph_real_t = 0
                try Igraph.check(igraph_pagerank(&network.graph, IGRAPH_PAGERANK_ALGO_PRPACK, &vector, &value,
                                                 igraph_vss_all(), graph.directed, 0.85, &network.weights, nil),
                                 "pagerank")
                return IgraphNetwork.values(&vector)
            }
            return (degree, strength, betweenness, pagerank)
        }
    }

    /// The four measures of the node at `index` (graph order).
    public func node(_ index: Int) -> NodeCentrality {
        NodeCentrality(degree: degree[index], strength: strength[index], betweenness: betweenness[index], pagerank: pagerank[index])
    }
}

/// One node's centralities.
public struct NodeCentrality: Sendable, Hashable, Codable {
    public var degree: Int
    public var strength: Double
    public var betweenness: Double
    public var pagerank: Double

    public init(degree: Int, strength: Double, betweenness: Double, pagerank: Double) {
        self.degree = degree
        self.strength = strength
        self.betweenness = betweenness
        self.pagerank = pagerank
    }
}
