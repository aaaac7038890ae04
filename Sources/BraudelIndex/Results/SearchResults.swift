/// One concept mention found by ``CorpusIndex/searchConcept(_:limit:)``, with its sentence.
public struct ConceptHit: Codable, Sendable, Hashable {
    public var path: String
    public var title: String?
    public var year: Int?
    /// Ordinal of the sentence within its document (0-based).
    public var sentence: Int
    public var sentenceText: String
    public var concept: String
    public var label: String
    /// The mention as written.
    public var mention: String
    /// Scalar offsets of the mention within `sentenceText`, for highlighting.
    public var start: Int
    public var end: Int
    /// Scalar offsets of the mention within the document text.
    public var documentStart: Int
    public var documentEnd: Int
}

/// How many mentions of the searched concepts a document holds.
public struct ConceptDocumentCount: Codable, Sendable, Hashable {
    public var path: String
    public var title: String?
    public var year: Int?
    public var mentions: Int
    /// How many distinct searched concepts occur in the document.
    public var concepts: Int
}

/// One sentence matched by a full-text query, best match first.
public struct TextHit: Codable, Sendable, Hashable {
    public var path: String
    public var title: String?
    public var year: Int?
    public var sentence: Int
    public var text: String
    /// FTS5 BM25 score: lower (more negative) is a better match.
    public var score: Double
}

/// One concordance line: a match with the document text on either side.
public struct KWICLine: Codable, Sendable, Hashable {
    public var path: String
    public var title: String?
    /// The concept matched, when searching by concept.
    public var concept: String?
    /// Scalar offsets of the match within the document text.
    public var start: Int
    public var end: Int
    /// Up to `width` characters before the match, line breaks turned into spaces.
    public var left: String
    public var match: String
    /// Up to `width` characters after the match, line breaks turned into spaces.
    public var right: String
}
