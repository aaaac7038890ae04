/// A work cited in sentences that mention a concept: who is cited when the concept is discussed.
public struct ConceptCitedWork: Codable, Sendable, Hashable {
    public var key: String
    /// "Author Year, Title" for display.
    public var label: String
    public var authors: [String]
    public var year: String?
    public var title: String?
    /// In-text citations of the work inside sentences mentioning the concept.
    public var citations: Int
    /// Distinct such sentences.
    public var sentences: Int
    /// Documents with at least one such sentence citing the work.
    public var documents: Int
    /// Those documents' paths, sorted.
    public var paths: [String]
}

/// How well one document's in-text citations meet its reference list.
public struct DocumentCitationStats: Codable, Sendable, Hashable {
    public var path: String
    public var title: String?
    /// In-text citations (one per cited work, as extracted).
    public var citations: Int
    /// Citations linked to an entry of the document's reference list.
    public var linked: Int
    /// Citations no entry matched.
    public var unlinked: Int
    /// The unlinked citations' texts as written, in text order.
    public var unlinkedTexts: [String]
    /// Entries of the document's reference list.
    public var references: Int
    /// Entries no in-text citation links to.
    public var uncitedReferences: Int
}
