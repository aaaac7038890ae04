import BraudelAnalytics
import BraudelIndex
import BraudelNetworks

/// `clusters KIND`: the network `graph` builds with the same filters, partitioned by igraph and
/// each cluster summarised and labelled — one code path for the CLI and `/api/clusters/KIND`.
public struct ClusterRequest: Sendable {
    /// The network and its filters (its `analysis` is not used: clustering is the analysis).
    public var network: NetworkRequest
    public var options: CommunityOptions

    public init(network: NetworkRequest, options: CommunityOptions) {
        self.network = network
        self.options = options
    }

    /// The partition of the network in `scope` (the request's own when nil) and its clusters.
    public func run(_ index: CorpusIndex, scope: DocumentScope? = nil) throws -> (Partition, [ClusterSummary]) {
        let scope = scope ?? network.scope
        guard let nodes = network.kind.clusterNodes else { throw ClusterRequestError.notClusterable(network.kind) }
        let built = try NetworkSource(index: index, scope: scope, minCount: network.minWeight,
                                      normalization: network.normalization, unit: network.unit, top: network.top)
            .graph(network.kind)
        let graph = GraphFilter.apply(built, top: network.top)
        let partition = try Communities.detect(graph, options: options)
        let clusters = try ClusterReport.summarize(graph, partition: partition, nodes: nodes, index: index, scope: scope)
        return (partition, clusters)
    }

    /// What `clusters --format json` prints.
    public func listing(_ index: CorpusIndex) throws -> ClusterListing {
        let (partition, clusters) = try run(index)
        return ClusterListing(modularity: partition.modularity, clusters: clusters.map(ClusterRecord.init))
    }
}

/// A network kind that has no clusters (the directed citation networks).
public enum ClusterRequestError: Error, CustomStringConvertible {
    case notClusterable(NetworkKind)

    public var description: String {
        switch self {
        case .notClusterable(let kind): "\(kind.rawValue) cannot be clustered; one of cocitation, coupling, authors, concepts"
        }
    }
}
