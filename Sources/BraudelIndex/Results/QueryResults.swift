/// One sentence satisfying a ``SearchQuery``, with where the query matched inside it.
public struct QueryHit: Codable, Sendable, Hashable {
    public var path: String
    public var title: String?
    public var year: Int?
    /// Ordinal of the sentence within its document (0-based).
    public var sentence: Int
    public var text: String
    /// FTS5 BM25 score of the query's words (lower is better); nil when no word takes part.
    public var score: Double?
    /// Scalar ranges within `text` of every matched word, phrase or concept mention, in order
    /// and not overlapping. Empty when only filters matched.
    public var spans: [QuerySpan]

    /// The first match, for callers that highlight one span.
    public var first: QuerySpan? { spans.first }
}

/// A scalar range within a sentence's text.
public struct QuerySpan: Codable, Sendable, Hashable {
    public var start: Int
    public var end: Int

    public init(start: Int, end: Int) {
        self.start = start
        self.end = end
    }
}
