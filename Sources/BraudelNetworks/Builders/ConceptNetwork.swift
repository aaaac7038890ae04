/// Two concepts sharing `count` sentences, with their normalized PMI.
public struct ConceptLink: Sendable, Hashable {
    public var a: String
    public var aLabel: String
    public var b: String
    public var bLabel: String
    public var count: Int
    public var npmi: Double

    public init(a: String, aLabel: String, b: String, bLabel: String, count: Int, npmi: Double) {
        self.a = a
        self.aLabel = aLabel
        self.b = b
        self.bLabel = bLabel
        self.count = count
        self.npmi = npmi
    }
}

/// The undirected concept co-occurrence network: weight is the number of sentences holding both
/// concepts, and NPMI rides along as an edge attribute so a reader can filter chance pairings.
public enum ConceptNetwork {
    /// Builds the network from co-occurrence pairs, keeping pairs with `count >= minCount`.
    public static func build(pairs links: [ConceptLink], minCount: Int = 1) -> Graph {
        var nodes = NodeCollector()
        var weights = EdgeAccumulator(directed: false)
        for link in links where link.count >= minCount && link.a != link.b {
            nodes.add(Node(id: link.a, label: link.aLabel, type: "concept"))
            nodes.add(Node(id: link.b, label: link.bLabel, type: "concept"))
            weights.add(link.a, link.b, Double(link.count), attributes: ["npmi": link.npmi])
        }
        return Graph(nodes: nodes.nodes, edges: weights.edges, directed: false)
    }
}
