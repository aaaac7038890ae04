import BraudelIndex
import BraudelNetworks

/// What the nodes of a clustered network stand for, which decides the text a cluster is labelled
/// from and the years it is dated by.
public enum ClusterNodes: Sendable {
    /// Cited works keyed by work key (co-citation): labelled from the sentences citing them.
    case works
    /// Cited first authors (author co-citation); `nodeOfWork` gives the node id of a work key.
    case authors(nodeOfWork: @Sendable (String) -> String)
    /// Citing documents keyed by path (coupling): labelled from their own sentences.
    case documents
    /// Concepts (co-occurrence): labelled by their own most frequent members.
    case concepts
}

/// A node of a cluster.
public struct ClusterMember: Sendable, Hashable, Codable {
    public var id: String
    public var label: String
}

/// One cluster as `braudel clusters` reports it.
public struct ClusterSummary: Sendable, Hashable {
    public var id: Int
    public var size: Int
    /// The best label term (a concept label), or the top node's label when no term stands out.
    public var label: String
    /// Up to five label terms, best first.
    public var labels: [String]
    /// Mean publication year of the cluster's dated nodes (works, documents; authors by their
    /// works; concepts by their mentions).
    public var meanYear: Double?
    /// Member node ids and labels, most occurring first.
    public var nodes: [ClusterMember]
}

/// Sizes, years and labels of the clusters of a network drawn from an index.
public enum ClusterReport {
    /// One summary per cluster of `partition` (numbered as there), labelled from the index
    /// within `scope`, the scope the graph was drawn from.
    public static func summarize(_ graph: Graph, partition: Partition, nodes kind: ClusterNodes, index: CorpusIndex,
                                 scope: DocumentScope) throws -> [ClusterSummary] {
        var clusterOf = [String: Int]()
        for (offset, node) in graph.nodes.enumerated() { clusterOf[node.id] = partition.membership[offset] }
        let conceptLabels = Dictionary(try index.conceptCounts().map { ($0.concept, $0.label) }, uniquingKeysWith: { a, _ in a })
        let terms = try termCounts(kind, clusterOf: clusterOf, clusterCount: partition.clusters.count, index: index, scope: scope)
        let ranked = terms.map { ClusterLabeler.rank($0) }
        let years = try nodeYears(kind, index: index, scope: scope)
        return partition.clusters.enumerated().map { number, members in
            let ordered = members.map { graph.nodes[$0] }.sorted(by: moreOccurring)
            let labels = ranked?[number].map { conceptLabels[$0.term] ?? $0.term } ?? ordered.prefix(5).map(\.label)
            let dated = members.compactMap { years[graph.nodes[$0].id] }
            return ClusterSummary(id: number, size: members.count, label: labels.first ?? ordered.first?.label ?? "",
                                  labels: labels, meanYear: dated.isEmpty ? nil : dated.reduce(0, +) / Double(dated.count),
                                  nodes: ordered.map { ClusterMember(id: $0.id, label: $0.label) })
        }
    }

    /// Nodes with more occurrences first, then by label and id, so listings are stable.
    private static func moreOccurring(_ lhs: Node, _ rhs: Node) -> Bool {
        let a = lhs.attributes["occurrences"]?.number ?? 0, b = rhs.attributes["occurrences"]?.number ?? 0
        return (a, rhs.label, rhs.id) > (b, lhs.label, lhs.id)
    }

    /// Concept counts over the text units of each cluster; nil for concept clusters, which are
    /// labelled by their members.
    private static func termCounts(_ kind: ClusterNodes, clusterOf: [String: Int], clusterCount: Int,
                                   index: CorpusIndex, scope: DocumentScope) throws -> TermCounts? {
        var counts = TermCounts(clusterCount: clusterCount)
        switch kind {
        case .concepts:
            return nil
        case .documents:
            let concepts = Dictionary(grouping: try index.documentConceptCounts(scope: scope), by: \.path)
            for document in try index.documentProfiles(scope: scope) {
                let holding = Dictionary((concepts[document.path] ?? []).map { ($0.concept, $0.sentences) },
                                         uniquingKeysWith: +)
                counts.add(units: document.sentences, holding: holding, clusters: clusterOf[document.path].map { [$0] } ?? [])
            }
        case .works, .authors:
            let node: (String) -> String
            if case .authors(let nodeOfWork) = kind { node = nodeOfWork } else { node = { $0 } }
            var clusters = [Int64: Set<Int>]()
            for row in try index.workSentences(scope: scope) {
                clusters[row.sentence, default: []].formUnion(clusterOf[node(row.work)].map { [$0] } ?? [])
            }
            let concepts = Dictionary(grouping: try index.citingSentenceConcepts(scope: scope), by: \.sentence)
            for (sentence, members) in clusters {
                counts.add(terms: (concepts[sentence] ?? []).map(\.concept), clusters: members)
            }
        }
        return counts
    }

    /// A publication year per node id, where one is known: a work's year, a document's, the mean
    /// of an author's cited works, the mean of a concept's mentions by document year.
    public static func nodeYears(_ kind: ClusterNodes, index: CorpusIndex, scope: DocumentScope) throws -> [String: Double] {
        switch kind {
        case .works:
            return try index.workYears().mapValues(Double.init)
        case .authors(let nodeOfWork):
            var sums = [String: (total: Double, count: Double)]()
            for (work, year) in try index.workYears() {
                let node = nodeOfWork(work)
                sums[node] = ((sums[node]?.total ?? 0) + Double(year), (sums[node]?.count ?? 0) + 1)
            }
            return sums.mapValues { $0.total / $0.count }
        case .documents:
            return Dictionary(try index.documentProfiles(scope: scope).compactMap { document in
                document.year.map { (document.path, Double($0)) }
            }, uniquingKeysWith: { a, _ in a })
        case .concepts:
            var sums = [String: (total: Double, count: Double)]()
            for rate in try index.conceptRates(index.conceptCounts().map(\.concept)).rates
            where rate.mentions > 0 && scope.years?.contains(rate.year) ?? true {
                let previous = sums[rate.concept] ?? (0, 0)
                sums[rate.concept] = (previous.total + Double(rate.year * rate.mentions), previous.count + Double(rate.mentions))
            }
            return sums.mapValues { $0.total / $0.count }
        }
    }
}
