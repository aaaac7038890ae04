/// Which documents a network is drawn from. An empty scope takes every document; a year range
/// leaves out documents without a known year.
public struct DocumentScope: Sendable, Hashable {
    /// Publication years, inclusive.
    public var years: ClosedRange<Int>?
    /// A concept id the document must mention at least once.
    public var concept: String?

    public init(years: ClosedRange<Int>? = nil, concept: String? = nil) {
        self.years = years
        self.concept = concept
    }
}

/// A document citing a work (in its text or its reference list): the raw material of the
/// citation, co-citation, coupling and author co-citation networks.
public struct WorkOccurrence: Codable, Sendable, Hashable {
    public var path: String
    public var title: String?
    public var work: String
    public var workLabel: String
    /// The work's first author as written ("Chase-Dunn"), nil when unknown.
    public var firstAuthor: String?
    /// In-text citations of the work in the document, at least 1 (a listed reference counts once).
    public var citations: Int
}

/// A work cited in a sentence, once per sentence however often it is cited there.
public struct WorkSentenceOccurrence: Codable, Sendable, Hashable {
    public var sentence: Int64
    public var work: String
    public var workLabel: String
}

/// A concept present in a sentence, once per sentence however often it is mentioned there.
public struct ConceptOccurrence: Codable, Sendable, Hashable {
    public var sentence: Int64
    public var concept: String
    public var label: String
}

/// The concept occurrences of a scope with the number of sentences they were counted over.
public struct ConceptSentences: Codable, Sendable, Hashable {
    /// All sentences of the documents in scope, with or without concepts.
    public var sentences: Int
    public var occurrences: [ConceptOccurrence]
}

/// A concept and a cited work meeting in sentences: an edge of the concept × work network.
public struct ConceptWorkPair: Codable, Sendable, Hashable {
    public var concept: String
    public var conceptLabel: String
    public var work: String
    public var workLabel: String
    /// Sentences that mention the concept and cite the work.
    public var sentences: Int
}

/// Sentence co-occurrence of concepts over the whole index, read from the kept counts: the
/// concepts in order of first appearance (by document path, sentence, concept id), with the
/// sentences holding each and each pair.
public struct ConceptPairCounts: Sendable, Hashable {
    /// All sentences of the index, with or without concepts.
    public var sentences: Int
    /// Concepts met in some pair, in order of first appearance.
    public var concepts: [ConceptTotal]
    /// Pairs of concepts (positions in `concepts`) and the sentences holding both.
    public var pairs: [ConceptPairCount]
}

/// A concept and the number of sentences mentioning it.
public struct ConceptTotal: Sendable, Hashable {
    public var concept: String
    public var label: String
    public var sentences: Int
}

/// Two concepts (positions in ``ConceptPairCounts/concepts``) and the sentences holding both.
public struct ConceptPairCount: Sendable, Hashable {
    public var a: Int
    public var b: Int
    public var sentences: Int
}
