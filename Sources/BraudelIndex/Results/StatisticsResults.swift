/// How often a concept occurs in the corpus.
public struct ConceptCount: Codable, Sendable, Hashable {
    public var concept: String
    public var label: String
    public var mentions: Int
    public var documents: Int
}

/// Counts of the whole index.
public struct IndexStats: Codable, Sendable, Hashable {
    public var documents: Int
    public var tokens: Int
    public var sentences: Int
    public var mentions: Int
    /// Distinct concepts with at least one mention.
    public var concepts: Int
    public var citations: Int
    /// Citations linked to an entry of their document's reference list.
    public var linkedCitations: Int
    public var references: Int
    public var works: Int
    public var formats: [FormatCount]
    /// Documents by identified language ("und" for those too short to judge).
    public var languages: [LanguageCount]
}

/// Documents of one language.
public struct LanguageCount: Codable, Sendable, Hashable {
    public var language: String
    public var documents: Int
}

/// Documents of one format.
public struct FormatCount: Codable, Sendable, Hashable {
    public var format: String
    public var documents: Int
}

/// One indexed document, as listed by ``CorpusIndex/documents()``.
public struct IndexedDocument: Codable, Sendable, Hashable {
    public var path: String
    public var format: String
    public var title: String?
    public var authors: [String]
    public var year: Int?
    public var tokens: Int
    public var sentences: Int
}
