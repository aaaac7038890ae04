/// A concept and a cited work meeting in `sentences` sentences.
public struct ConceptWorkLink: Sendable, Hashable {
    public var concept: String
    public var conceptLabel: String
    public var work: String
    public var workLabel: String
    public var sentences: Int

    public init(concept: String, conceptLabel: String, work: String, workLabel: String, sentences: Int) {
        self.concept = concept
        self.conceptLabel = conceptLabel
        self.work = work
        self.workLabel = workLabel
        self.sentences = sentences
    }
}

/// The bipartite concept × work network: which literature a concept is argued with. Ids are
/// prefixed "concept:" and "work:" so the two kinds never collide; edges run concept to work
/// in an undirected graph, weighted by the sentences that hold both.
public enum ConceptWorkNetwork {
    public static func build(links: [ConceptWorkLink], minCount: Int = 1) -> Graph {
        var nodes = NodeCollector()
        var weights = EdgeAccumulator(directed: false)
        for link in links where link.sentences >= minCount {
            let concept = "concept:" + link.concept, work = "work:" + link.work
            nodes.add(Node(id: concept, label: link.conceptLabel, type: "concept"))
            nodes.add(Node(id: work, label: link.workLabel, type: "work", attributes: ["key": .string(link.work)]))
            weights.add(concept, work, Double(link.sentences))
        }
        return Graph(nodes: nodes.nodes, edges: weights.edges, directed: false)
    }
}
