/// Two works cited together by `weight` documents.
public struct CocitationLink: Sendable, Hashable {
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

/// The undirected co-citation network of works: an edge joins two works cited by the same
/// documents, weighted by how many documents cite both.
public enum CocitationNetwork {
    /// Builds the network; a pair given twice (in either order) adds up.
    public static func build(pairs links: [CocitationLink], minWeight: Int = 1) -> Graph {
        var nodes = NodeCollector()
        var weights = EdgeAccumulator(directed: false)
        for link in links where link.weight >= minWeight && link.a != link.b {
            nodes.add(Node(id: link.a, label: link.aLabel, type: "work"))
            nodes.add(Node(id: link.b, label: link.bLabel, type: "work"))
            weights.add(link.a, link.b, Double(link.weight), attributes: link.cosine.map { ["cosine": $0] } ?? [:])
        }
        return Graph(nodes: nodes.nodes, edges: weights.edges, directed: false)
    }
}
