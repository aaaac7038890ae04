/// Consecutive periods of equal width covering a span of years, as CiteSpace slices a corpus.
public enum TimeSlices {
    /// Periods of `width` years from the span's first year; the last one may be shorter.
    public static func periods(_ span: ClosedRange<Int>, width: Int) -> [ClosedRange<Int>] {
        guard width > 0 else { return [span] }
        return stride(from: span.lowerBound, through: span.upperBound, by: width).map {
            $0...min($0 + width - 1, span.upperBound)
        }
    }
}

/// How a cluster of one slice carries over from the previous slice: the earlier cluster sharing
/// the largest share of nodes with it (Jaccard index of the two node sets).
public struct ClusterLink: Sendable, Hashable {
    public var previous: Int?
    public var overlap: Double

    /// For each current cluster, its best match among the previous slice's clusters (none when no
    /// node is shared). Ties go to the lower previous id.
    public static func link(previous: [Set<String>], current: [Set<String>]) -> [ClusterLink] {
        current.map { nodes in
            var best = ClusterLink(previous: nil, overlap: 0)
            for (id, earlier) in previous.enumerated() {
                let shared = nodes.intersection(earlier).count
                guard shared > 0 else { continue }
                let jaccard = Double(shared) / Double(nodes.union(earlier).count)
                if jaccard > best.overlap { best = ClusterLink(previous: id, overlap: jaccard) }
            }
            return best
        }
    }
}
