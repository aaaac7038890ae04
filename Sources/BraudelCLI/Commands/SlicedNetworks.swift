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
