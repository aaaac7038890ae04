/// The formats Braudel reads. The raw value is what `analyze` and the index report.
public enum DocumentFormat: String, Sendable, Codable, CaseIterable {
    case txt
    case md
    case html
    case pdf
    case docx
    case odt
    case epub
    case jats
    case tei
}

/// Bibliographic metadata found in a document (title block, meta tags, front matter).
public struct DocumentMetadata: Sendable, Codable, Hashable {
    public var title: String?
    public var authors: [String]
    public var year: Int?

    public init(title: String? = nil, authors: [String] = [], year: Int? = nil) {
        self.title = title
        self.authors = authors
        self.year = year
    }
}

/// A titled part of a document, as a scalar range of its cleaned text.
public struct DocumentSection: Sendable, Codable, Hashable {
    public var heading: String?
    public var start: Int
    public var end: Int

    public init(heading: String?, start: Int, end: Int) {
        self.heading = heading
        self.start = start
        self.end = end
    }
}

/// A document read and cleaned: the text every later stage analyzes, and what is known about it.
/// Paragraphs are separated by a blank line ("\n\n"); lines inside a paragraph are joined.
public struct Document: Sendable {
    public var path: String
    public var format: DocumentFormat
    public var metadata: DocumentMetadata
    public var text: String
    public var sections: [DocumentSection]
    /// Non-fatal problems met while reading (a decoding fallback, replaced bytes).
    public var warnings: [String]
    /// Reference entries the format gives structured (JATS, TEI); empty for formats whose
    /// reference list is parsed from the text.
    public var bibliography: [BibliographicEntry]
    /// In-text pointers to ``bibliography`` entries, where the format marks them.
    public var callouts: [ReferenceCallout]
    /// Pages read through OCR because they had no text layer (scanned PDF pages).
    public var ocrPages = 0

    public init(path: String, format: DocumentFormat, metadata: DocumentMetadata, text: String,
                sections: [DocumentSection] = [], warnings: [String] = [],
                bibliography: [BibliographicEntry] = [], callouts: [ReferenceCallout] = []) {
        self.path = path
        self.format = format
        self.metadata = metadata
        self.text = text
        self.sections = sections
        self.warnings = warnings
        self.bibliography = bibliography
        self.callouts = callouts
    }
}

/// Why a file could not be read. Every case names the file; the description is one line.
public enum DocumentError: Error, CustomStringConvertible, Sendable {
    case unreadable(path: String, reason: String)
    case empty(path: String)
    case binary(path: String)
    case unsupported(path: String)
    case malformed(path: String, reason: String)
    case tooLarge(path: String, bytes: Int, limit: Int)

    public var description: String {
        switch self {
        case .unreadable(let path, let reason): return "\(path): cannot read: \(reason)"
        case .empty(let path): return "\(path): empty file"
        case .binary(let path): return "\(path): binary data, not text"
        case .unsupported(let path): return "\(path): unsupported format"
        case .malformed(let path, let reason): return "\(path): \(reason)"
        case .tooLarge(let path, let bytes, let limit):
            return "\(path): \(bytes) bytes exceeds the limit of \(limit) bytes (--max-file-size)"
        }
    }
}

/// Reads one format into a ``Document``. Adding a format is adding one type conforming to this.
public protocol DocumentReader: Sendable {
    /// The format this reader produces.
    var format: DocumentFormat { get }
    /// Whether this reader claims a file, from its extension and its first bytes.
    func accepts(pathExtension: String, head: [UInt8]) -> Bool
    /// Reads the bytes of the file at `path`.
    func read(bytes: [UInt8], path: String, context: CleaningContext) throws -> Document
    /// True for container or binary formats (PDF, DOCX, EPUB): the registry then skips its
    /// empty-text and binary-data checks, which only make sense for text formats.
    var readsBinary: Bool { get }
}

extension DocumentReader {
    public var readsBinary: Bool { false }
}
