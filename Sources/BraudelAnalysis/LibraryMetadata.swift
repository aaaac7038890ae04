import BraudelDocuments
import BraudelLibrary

/// Where a document's title, authors or year came from.
public enum MetadataSource: String, Sendable, Codable {
    /// The researcher's library (a BibTeX, RIS or CSL-JSON sidecar).
    case sidecar
    /// Read from the document itself (title block, meta tags, front matter).
    case document
}

/// The source of each metadata value of a document; nil where the value is absent.
public struct MetadataSources: Sendable, Codable, Hashable {
    /// Absent values are written as null, so every key is always there.
    public func encode(to encoder: Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(title, forKey: .title)
        try c.encode(authors, forKey: .authors)
        try c.encode(year, forKey: .year)
    }

    public var title: MetadataSource?
    public var authors: MetadataSource?
    public var year: MetadataSource?

    public init(title: MetadataSource? = nil, authors: MetadataSource? = nil, year: MetadataSource? = nil) {
        self.title = title
        self.authors = authors
        self.year = year
    }

    /// Everything present read from the document.
    public init(guessed metadata: DocumentMetadata) {
        self.init(title: metadata.title == nil ? nil : .document, authors: metadata.authors.isEmpty ? nil : .document,
                  year: metadata.year == nil ? nil : .document)
    }
}

extension DocumentAnalysis {
    /// Matches the document against `matcher`'s library and lets the entry's values win over
    /// the guessed ones; values the entry lacks stay the document's. Records the match and each
    /// value's source.
    public mutating func applyLibrary(_ matcher: LibraryMatcher) {
        guard let match = matcher.match(path: document.path, text: document.text, title: document.metadata.title) else { return }
        let entry = match.entry
        var sources = MetadataSources(guessed: document.metadata)
        if let title = entry.title {
            document.metadata.title = title
            sources.title = .sidecar
        }
        if !entry.authors.isEmpty {
            document.metadata.authors = entry.authors.map(\.fullName)
            sources.authors = .sidecar
        }
        if let year = entry.year {
            document.metadata.year = year
            sources.year = .sidecar
        }
        library = match
        metadataSources = sources
    }
}
