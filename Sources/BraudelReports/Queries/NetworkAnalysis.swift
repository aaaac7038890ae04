import BraudelAnalytics
import BraudelIndex
import BraudelMeasures
import BraudelNetworks

/// What `graph --layout`, `--centrality` and `--seed` add to a network's nodes: positions, the
/// Leiden cluster, centralities and years (igraph). The CLI and the map of `braudel serve` both
/// draw their networks through it.
public struct NetworkAnalysis: Sendable {
    public var layout: LayoutMethod?
    public var centrality: Bool
    public var seed: UInt

    public init(layout: LayoutMethod? = nil, centrality: Bool = false, seed: UInt = 1) {
        self.layout = layout
        self.centrality = centrality
        self.seed = seed
    }

    /// Whether anything is added at all.
    public var requested: Bool { layout != nil || centrality }

    /// The graph with the requested measures; unchanged when none was asked for.
    public func apply(_ graph: Graph, kind: NetworkKind, index: CorpusIndex, scope: DocumentScope) throws -> Graph {
        guard requested else { return graph }
        let years = try kind.clusterNodes.map { try ClusterReport.nodeYears($0, index: index, scope: scope) }
        let partition = try layout.map { _ in try Communities.detect(graph, options: CommunityOptions(seed: seed)) }
        let positions = try layout.map { try GraphLayout.positions(graph, method: $0, seed: seed) }
        return GraphAnnotation.annotate(graph, partition: partition, positions: positions,
                                        centralities: try Centralities(graph), years: years)
    }
}

extension NetworkKind {
    /// What the nodes of a clusterable (similarity) network are; nil for the others.
    public var clusterNodes: ClusterNodes? {
        switch self {
        case .cocitation: .works
        case .coupling: .documents
        case .authors: .authors(nodeOfWork: { NetworkSource.authorNode(work: $0) })
        case .concepts: .concepts
        case .citations, .conceptWork: nil
        }
    }
}

/// One `graph KIND` request: the network over a scope, its filters and its analysis.
public struct NetworkRequest: Sendable {
    public var kind: NetworkKind
    public var scope: DocumentScope
    public var minWeight: Int
    public var top: Int?
    public var normalization: Normalization?
    public var unit: CocitationUnit
    public var analysis: NetworkAnalysis

    public init(kind: NetworkKind, scope: DocumentScope = DocumentScope(), minWeight: Int = 1, top: Int? = nil,
                normalization: Normalization? = nil, unit: CocitationUnit = .document, analysis: NetworkAnalysis = NetworkAnalysis()) {
        self.kind = kind
        self.scope = scope
        self.minWeight = minWeight
        self.top = top
        self.normalization = normalization
        self.unit = unit
        self.analysis = analysis
    }

    /// The network, filtered to the heaviest `top` edges and analysed.
    public func graph(_ index: CorpusIndex) throws -> Graph {
        let built = try NetworkSource(index: index, scope: scope, minCount: minWeight, normalization: normalization,
                                      unit: unit).graph(kind)
        return try analysis.apply(GraphFilter.apply(built, top: top), kind: kind, index: index, scope: scope)
    }
}
