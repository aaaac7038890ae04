/// Cuts applied to a finished graph: edges lighter than a threshold, or all but the heaviest N.
/// Nodes left without an edge are dropped, since an isolated node says nothing about a network.
public enum GraphFilter {
    /// Keeps edges with `weight >= minWeight`, then at most `top` of the heaviest.
    public static func apply(_ graph: Graph, minWeight: Double? = nil, top: Int? = nil) -> Graph {
        var edges = graph.edges
        if let minWeight { edges = edges.filter { $0.weight >= minWeight } }
        if let top {
            let kept = Set(heaviestFirst(edges).prefix(max(0, top)).map(EdgeKey.init))
            edges = edges.filter { kept.contains(EdgeKey($0)) }
        }
        if edges.count == graph.edges.count { return graph }
        let linked = Set(edges.flatMap { [$0.source, $0.target] })
        return Graph(nodes: graph.nodes.filter { linked.contains($0.id) }, edges: edges, directed: graph.directed)
    }

    /// Edges by weight, heaviest first; ties by source then target so the order is stable.
    static func heaviestFirst(_ edges: [Edge]) -> [Edge] {
        edges.sorted { lhs, rhs in
            if lhs.weight != rhs.weight { return lhs.weight > rhs.weight }
            return (lhs.source, lhs.target) < (rhs.source, rhs.target)
        }
    }

    private struct EdgeKey: Hashable {
        let source: String
        let target: String
        init(_ edge: Edge) {
            source = edge.source
            target = edge.target
        }
    }
}
