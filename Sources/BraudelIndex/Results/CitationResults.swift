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

/// A document citing a work: an edge of the citation network.
public struct CitationEdge: Codable, Sendable, Hashable {
    public var path: String
    public var title: String?
    public var work: String
    public var workLabel: String
    /// In-text citations of the work in the document, or 1 when it is only listed in the
    /// document's references (a notes-style text still cites what its bibliography lists).
    public var count: Int
}

/// Two works cited together: an edge of the co-citation network.
public struct CocitationPair: Codable, Sendable, Hashable {
    public var a: String
    public var aLabel: String
    public var b: String
    public var bLabel: String
    /// Documents citing both.
    public var documents: Int
    /// Salton's cosine: documents / √(documents citing a × documents citing b), in (0, 1].
    public var cosine: Double
}

/// Two documents citing the same works: an edge of the bibliographic coupling network.
public struct CouplingPair: Codable, Sendable, Hashable {
    /// The path that sorts first.
    public var a: String
    public var aTitle: String?
    public var b: String
    public var bTitle: String?
    /// Works both documents cite.
    public var works: Int
    /// Salton's cosine: works / √(works cited by a × works cited by b), in (0, 1].
    public var cosine: Double
}
