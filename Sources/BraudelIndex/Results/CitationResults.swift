/// A work cited across the corpus.
public struct CitedWork: Codable, Sendable, Hashable {
    public var key: String
    /// "Author Year, Title" for display.
    public var label: String
    public var authors: [String]
    public var year: String?
    public var title: String?
    /// In-text citations of the work, over all documents.
    public var citations: Int
    /// Documents citing the work in their text or listing it in their references.
    public var documents: Int
    /// Those documents' paths, sorted.
    public var paths: [String]
}

