import BraudelAnalytics
import BraudelIndex
import Foundation

// What `clusters`, `bursts` and `cites --centrality` print: the analytics of BraudelAnalytics
// as records, beside every other command's.

/// `clusters --format json`.
public struct ClusterListing: Encodable {
    public var modularity: Double
    public var clusters: [ClusterRecord]

    public init(modularity: Double, clusters: [ClusterRecord]) {
        self.modularity = modularity
        self.clusters = clusters
    }
}

/// One cluster in JSON.
public struct ClusterRecord: Encodable {
    public var id: Int
    public var size: Int
    public var label: String
    public var labels: [String]
    public var meanYear: Double?
    public var nodes: [ClusterMember]

    public init(_ summary: ClusterSummary) {
        id = summary.id
        size = summary.size
        label = summary.label
        labels = summary.labels
        meanYear = summary.meanYear
        nodes = summary.nodes
    }

    enum CodingKeys: String, CodingKey {
        case id, size, label, labels, nodes
        case meanYear = "mean_year"
    }
}

/// One cluster in the table and CSV.
public struct ClusterRow: TabularRecord {
    public var summary: ClusterSummary
    public var show: Int

    public init(_ summary: ClusterSummary, show: Int) {
        self.summary = summary
        self.show = show
    }

    public func encode(to encoder: any Encoder) throws { try ClusterRecord(summary).encode(to: encoder) }

    public static let columns = ["id", "size", "mean_year", "label", "labels", "top_nodes"]
    public var cells: [String] {
        [String(summary.id), String(summary.size), summary.meanYear.map { String(format: "%.1f", $0) } ?? "",
         summary.label, summary.labels.joined(separator: "; "), summary.nodes.prefix(show).map(\.label).joined(separator: "; ")]
    }
}

/// One slice of `clusters --slice` in JSON.
public struct SliceRecord: Encodable {
    public var begin: Int
    public var end: Int
    public var modularity: Double
    public var clusters: [SlicedClusterRecord]

    public init(begin: Int, end: Int, modularity: Double, clusters: [SlicedClusterRecord]) {
        self.begin = begin
        self.end = end
        self.modularity = modularity
        self.clusters = clusters
    }
}

/// A cluster of a slice with the previous slice's cluster it carries over (Jaccard overlap).
public struct SlicedClusterRecord: Encodable {
    public var cluster: ClusterRecord
    public var link: ClusterLink

    public init(cluster: ClusterRecord, link: ClusterLink) {
        self.cluster = cluster
        self.link = link
    }

    enum CodingKeys: String, CodingKey { case previous, overlap }

    public func encode(to encoder: any Encoder) throws {
        try cluster.encode(to: encoder)
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(link.previous, forKey: .previous)
        try container.encode(link.overlap, forKey: .overlap)
    }
}

/// A sliced cluster in the table and CSV.
public struct SlicedClusterRow: TabularRecord {
    public var slice: SliceRecord
    public var cluster: SlicedClusterRecord
    public var show: Int

    public init(slice: SliceRecord, cluster: SlicedClusterRecord, show: Int) {
        self.slice = slice
        self.cluster = cluster
        self.show = show
    }

    public func encode(to encoder: any Encoder) throws { try cluster.encode(to: encoder) }

    public static let columns = ["period", "id", "size", "mean_year", "label", "previous", "overlap", "top_nodes"]
    public var cells: [String] {
        let record = cluster.cluster
        return ["\(slice.begin)-\(slice.end)", String(record.id), String(record.size),
                record.meanYear.map { String(format: "%.1f", $0) } ?? "", record.label,
                cluster.link.previous.map(String.init) ?? "", String(format: "%.2f", cluster.link.overlap),
                record.nodes.prefix(show).map(\.label).joined(separator: "; ")]
    }
}

/// One burst as a row.
public struct BurstRow: TabularRecord {
    public var id: String
    public var label: String
    public var begin: Int
    public var end: Int
    public var strength: Double
    public var total: Int

    public init(_ item: ItemBurst) {
        id = item.id
        label = item.label
        begin = item.burst.begin
        end = item.burst.end
        strength = item.burst.strength
        total = item.total
    }

    public static let columns = ["id", "label", "begin", "end", "strength", "total"]
    public var cells: [String] { [id, label, String(begin), String(end), String(format: "%.2f", strength), String(total)] }
}

/// A cited work with its co-citation centralities.
public struct CentralWorkRow: TabularRecord {
    public var work: WorkRow
    /// Zero for a work never cited together with another.
    public var measures: NodeCentrality

    public init(_ work: CitedWork, measures: NodeCentrality?) {
        self.work = WorkRow(work)
        self.measures = measures ?? NodeCentrality(degree: 0, strength: 0, betweenness: 0, pagerank: 0)
    }

    public func encode(to encoder: any Encoder) throws {
        try work.encode(to: encoder)
        try measures.encode(to: encoder)
    }

    public static let columns = WorkRow.columns + ["degree", "strength", "betweenness", "pagerank"]
    public var cells: [String] {
        work.cells + [String(measures.degree), String(format: "%g", measures.strength), String(format: "%.2f", measures.betweenness),
                      String(format: "%.4f", measures.pagerank)]
    }
}
