import BraudelNetworks
import CIgraph

/// A node's place on a map.
public struct Position: Sendable, Hashable {
    public var x: Double
    public var y: Double

    public init(x: Double, y: Double) {
        self.x = x
        self.y = y
    }
}

/// igraph's force-directed layouts, seeded so the same graph always gets the same map.
public enum LayoutMethod: String, Sendable, CaseIterable {
    /// Fruchterman–Reingold, weighted (heavier edges pull harder); for up to a few thousand nodes.
    case fruchtermanReingold = "fr"
    /// DrL (Distributed Recursive Layout), for large graphs.
    case drl
}

/// Positions for every node of a graph, in node order.
public enum GraphLayout {
    /// Positions for `graph` by `method`, the same for the same graph and seed.
    public static func positions(_ graph: Graph, method: LayoutMethod, seed: UInt = 1) throws -> [Position] {
        guard !graph.nodes.isEmpty else { return [] }
        return try Igraph.exclusive(seed: seed) {
            let network = try IgraphNetwork(graph, directed: false)
            var matrix = igraph_matrix_t()
            try Igraph.check(igraph_matrix_init(&matrix, 0, 0), "matrix_init")
            defer { igraph_matrix_destroy(&matrix) }
            switch method {
            case .fruchtermanReingold:
                let temperature = Double(network.nodeCount).squareRoot()
                try Igraph.check(igraph_layout_fruchterman_reingold(&network.graph, &matrix, false, 500, temperature,
                                                                    IGRAPH_LAYOUT_AUTOGRID, &network.weights,
                                                                    nil, nil, nil, nil), "layout_fruchterman_reingold")
            case .drl:
                var options = igraph_layout_drl_options_t()
                try Igraph.check(igraph_layout_drl_options_init(&options, IGRAPH_LAYOUT_DRL_DEFAULT), "layout_drl_options_init")
                try Igraph.check(igraph_layout_drl(&network.graph, &matrix, false, &options, &network.weights), "layout_drl")
            }
            return (0..<network.nodeCount).map {
                Position(x: igraph_matrix_get(&matrix, igraph_integer_t($0), 0),
                         y: igraph_matrix_get(&matrix, igraph_integer_t($0), 1))
            }
        }
    }
}
