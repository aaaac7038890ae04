/// Two nodes of a similarity network joined by `weight` shared items: two works cited together
/// by `weight` documents (co-citation), or two documents sharing `weight` cited works (coupling).
public struct PairLink: Sendable, Hashable {
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

/// A pair of works cited together.
public typealias CocitationLink = PairLink
/// A pair of documents citing the same works.
public typealias CouplingLink = PairLink

/// Undirected networks of pairs weighted by what they share; a pair given twice (in either
/// order) adds up, and a node is never joined to itself.
public enum PairNetwork {
    /// Builds the network with every node of the given type.
    public static func build(pairs links: [PairLink], nodeType: String, minWeight: Int = 1) -> Graph {
        var nodes = NodeCollector()
        var weights = EdgeAccumulator(directed: false)
        for link in links where link.weight >= minWeight && link.a != link.b {
            nodes.add(Node(id: link.a, label: link.aLabel, type: nodeType))
            nodes.add(Node(id: link.b, label: link.bLabel, type: nodeType))
            weights.add(link.a, link.b, Double(link.weight), attributes: link.cosine.map { ["cosine": $0] } ?? [:])
        }
        return Graph(nodes: nodes.nodes, edges: weights.edges, directed: false)
    }
}

/// The co-citation network of works: an edge joins two works cited by the same documents,
/// weighted by how many documents cite both.
public enum CocitationNetwork {
    public static func build(pairs links: [CocitationLink], minWeight: Int = 1) -> Graph {
        PairNetwork.build(pairs: links, nodeType: "work", minWeight: minWeight)
    }
}

/// The bibliographic coupling network of documents: an edge joins two documents citing the
/// same works, weighted by how many they share.
public enum CouplingNetwork {
    public static func build(pairs links: [CouplingLink], minWeight: Int = 1) -> Graph {
        PairNetwork.build(pairs: links, nodeType: "document", minWeight: minWeight)
    }
}
