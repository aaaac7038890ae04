/// How often a concept occurs in the corpus.
public struct ConceptCount: Codable, Sendable, Hashable {
    public var concept: String
    public var label: String
    public var mentions: Int
    public var documents: Int
}

/// Two concepts occurring in the same sentences, with normalized PMI over sentences.
public struct ConceptPair: Codable, Sendable, Hashable {
    public var a: String
    public var aLabel: String
    public var b: String
    public var bLabel: String
    /// Sentences holding both concepts.
    public var count: Int
    /// Sentences holding `a` (resp. `b`).
    public var countA: Int
    public var countB: Int
    /// log(p(ab) / (p(a) p(b))) with probabilities over all indexed sentences.
    public var pmi: Double
    /// pmi / -log p(ab), in [-1, 1]; 1 when the two always occur together.
    public var npmi: Double
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
