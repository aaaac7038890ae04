/// One document citing one work, `count` times.
public struct CitationLink: Sendable, Hashable {
    public var document: String
    public var documentLabel: String
    public var work: String
    public var workLabel: String
    public var count: Int

    public init(document: String, documentLabel: String, work: String, workLabel: String, count: Int) {
        self.document = document
        self.documentLabel = documentLabel
        self.work = work
        self.workLabel = workLabel
        self.count = count
    }
}

/// The directed citation network: documents point to the works they cite, weighted by how often.
public enum CitationNetwork {
    /// Builds the network; repeated links between the same document and work add up.
    /// Document ids are prefixed "doc:" and work ids "work:" so a path and a key never collide.
    public static func build(edges links: [CitationLink]) -> Graph {
        var nodes = NodeCollector()
        var weights = EdgeAccumulator(directed: true)
        for link in links {
            let document = "doc:" + link.document
            let work = "work:" + link.work
            nodes.add(Node(id: document, label: link.documentLabel, type: "document",
                           attributes: ["path": .string(link.document)]))
            nodes.add(Node(id: work, label: link.workLabel, type: "work", attributes: ["key": .string(link.work)]))
            weights.add(document, work, Double(link.count))
        }
        return Graph(nodes: nodes.nodes, edges: weights.edges, directed: true)
    }
}

/// Sums weights per node pair, in order of first appearance; for undirected graphs (a, b) and
/// (b, a) are the same edge.
struct EdgeAccumulator {
    let directed: Bool
    private(set) var edges: [Edge] = []
    private var positions: [String: Int] = [:]

    init(directed: Bool) { self.directed = directed }

    mutating func add(_ source: String, _ target: String, _ weight: Double, attributes: [String: Double] = [:]) {
        let key = directed || source <= target ? "\(source)\u{0}\(target)" : "\(target)\u{0}\(source)"
        if let position = positions[key] {
            edges[position].weight += weight
            edges[position].attributes.merge(attributes) { _, new in new }
        } else {
            positions[key] = edges.count
            edges.append(Edge(source: source, target: target, weight: weight, attributes: attributes))
        }
    }
}
