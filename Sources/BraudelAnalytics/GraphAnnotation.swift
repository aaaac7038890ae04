import BraudelNetworks

/// Writes analysis results onto a graph's nodes as typed attributes, so every export carries
/// them: `cluster` (integer), `x` and `y`, `degree` (integer), `strength`, `betweenness`,
/// `pagerank` and `year` (doubles).
public enum GraphAnnotation {
    /// The graph with the given results added; each array is in node order.
    public static func annotate(_ graph: Graph, partition: Partition? = nil, positions: [Position]? = nil,
                                centralities: Centralities? = nil, years: [String: Double]? = nil) -> Graph {
        var annotated = graph
        for index in annotated.nodes.indices {
            var attributes = annotated.nodes[index].attributes
            if let partition { attributes["cluster"] = .integer(partition.membership[index]) }
            if let positions {
                attributes["x"] = .double(positions[index].x)
                attributes["y"] = .double(positions[index].y)
            }
            if let centralities {
                attributes["degree"] = .integer(centralities.degree[index])
                attributes["strength"] = .double(centralities.strength[index])
                attributes["betweenness"] = .double(centralities.betweenness[index])
                attributes["pagerank"] = .double(centralities.pagerank[index])
            }
            if let year = years?[annotated.nodes[index].id] { attributes["year"] = .double(year) }
            annotated.nodes[index].attributes = attributes
        }
        return annotated
    }
}
