/// Two documents sharing `weight` cited works.
public struct CouplingLink: Sendable, Hashable {
    public var a: String
    public var aLabel: String
    public var b: String
    public var bLabel: String
    public var weight: Int
    /// A normalized strength (e.g. Salton's cosine), exported as the edge attribute "cosine".
    public var cosine: Double?

    public init(a: String, aLabel: String, b: String, bLabel: String, weight: Int, cosine: Double? = nil) {
        self.a = a
        self.aLabel = aLabel
        self.b = b
        self.bLabel = bLabel
        self.weight = weight
        self.cosine = cosine
    }
}

/// The undirected bibliographic coupling network of documents: an edge joins two documents
/// citing the same works, weighted by how many they share.
public enum CouplingNetwork {
    /// Builds the network; a pair given twice (in either order) adds up.
    public static func build(pairs links: [CouplingLink], minWeight: Int = 1) -> Graph {
        var nodes = NodeCollector()
        var weights = EdgeAccumulator(directed: false)
        for link in links where link.weight >= minWeight && link.a != link.b {
            nodes.add(Node(id: link.a, label: link.aLabel, type: "document"))
            nodes.add(Node(id: link.b, label: link.bLabel, type: "document"))
            weights.add(link.a, link.b, Double(link.weight), attributes: link.cosine.map { ["cosine": $0] } ?? [:])
        }
        return Graph(nodes: nodes.nodes, edges: weights.edges, directed: false)
    }
}
