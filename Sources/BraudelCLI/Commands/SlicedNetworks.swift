import BraudelAnalytics
import BraudelIndex
import BraudelReports
import Foundation

/// `--slice N`: the scopes of consecutive N-year periods over the dated documents in scope.
enum SlicedNetworks {
    static func scopes(_ index: CorpusIndex, within scope: DocumentScope, width: Int) throws -> [DocumentScope] {
        let years = try querying { try index.documentProfiles(scope: scope).compactMap(\.year) }
        guard let first = years.min(), let last = years.max() else {
            throw CommandFailure("--slice: no dated document in scope")
        }
        return TimeSlices.periods(first...last, width: width).map { DocumentScope(years: $0, concept: scope.concept) }
    }

    /// `PATH` with the period before its extension: `net.gexf` → `net_1990-1994.gexf`.
    static func path(_ path: String, period: ClosedRange<Int>) -> String {
        let url = URL(fileURLWithPath: path)
        let stem = url.deletingPathExtension().path, ext = url.pathExtension
        let name = "\(stem)_\(period.lowerBound)-\(period.upperBound)"
        return ext.isEmpty ? name : name + "." + ext
    }
}

/// One slice of `clusters --slice` in JSON.
struct SliceRecord: Encodable {
    var begin: Int
    var end: Int
    var modularity: Double
    var clusters: [SlicedClusterRecord]
}

/// A cluster of a slice with the previous slice's cluster it carries over (Jaccard overlap).
struct SlicedClusterRecord: Encodable {
    var cluster: ClusterRecord
    var link: ClusterLink

    enum CodingKeys: String, CodingKey { case previous, overlap }

    func encode(to encoder: any Encoder) throws {
        try cluster.encode(to: encoder)
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(link.previous, forKey: .previous)
        try container.encode(link.overlap, forKey: .overlap)
    }
}

/// A sliced cluster in the table and CSV.
struct SlicedClusterRow: TabularRecord {
    var slice: SliceRecord
    var cluster: SlicedClusterRecord
    var show: Int

    func encode(to encoder: any Encoder) throws { try cluster.encode(to: encoder) }

    static let columns = ["period", "id", "size", "mean_year", "label", "previous", "overlap", "top_nodes"]
    var cells: [String] {
        let record = cluster.cluster
        return ["\(slice.begin)-\(slice.end)", String(record.id), String(record.size),
                record.meanYear.map { String(format: "%.1f", $0) } ?? "", record.label,
                cluster.link.previous.map(String.init) ?? "", String(format: "%.2f", cluster.link.overlap),
                record.nodes.prefix(show).map(\.label).joined(separator: "; ")]
    }
}
