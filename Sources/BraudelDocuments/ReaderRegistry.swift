/// The readers Braudel knows and how a file is matched to one: by its content first (an HTML
/// page saved as `.txt` is still HTML), then by its extension.
public struct ReaderRegistry: Sendable {
    /// Readers in order of preference.
    public let readers: [any DocumentReader]

    /// How many leading bytes are sniffed for a format signature.
    public static let headSize = 1024

    /// A registry trying `readers` in order; the first that claims a file reads it.
    public init(readers: [any DocumentReader]) {
        self.readers = readers
    }

    /// Every format Braudel reads; content signatures are asked in this order.
    public static let standard = ReaderRegistry(readers: [
        PDFReader(), EPUBReader(), ODTReader(), DOCXReader(), HTMLReader(), JATSReader(), TEIReader(),
        MarkdownReader(), PlainTextReader(),
    ])

    /// The reader for a file. Content signatures win: each reader is first asked with no
    /// extension (only readers that recognize content can say yes), then with the extension.
    public func reader(forPath path: String, head: [UInt8]) -> (any DocumentReader)? {
        let sniffed = Array(head.prefix(Self.headSize))
        if let byContent = readers.first(where: { $0.accepts(pathExtension: "", head: sniffed) }) { return byContent }
        let pathExtension = Self.pathExtension(of: path)
        guard !pathExtension.isEmpty else { return nil }
        return readers.first { $0.accepts(pathExtension: pathExtension, head: sniffed) }
    }

    /// Reads and cleans the file at `path`. Throws a ``DocumentError`` naming the file when it is
    /// missing, unreadable, a directory, larger than `maxBytes`, empty, binary, or of no known
    /// format.
    public func read(fileAt path: String, maxBytes: Int, context: CleaningContext) throws -> Document {
        try read(bytes: FileLoader.bytes(atPath: path, maxBytes: maxBytes), path: path, context: context)
    }

    /// Reads and cleans bytes already loaded from the file at `path` (the indexer loads them
    /// once to hash them).
    public func read(bytes: [UInt8], path: String, context: CleaningContext) throws -> Document {
        if Self.isBlank(bytes) { throw DocumentError.empty(path: path) }
        let found = reader(forPath: path, head: Array(bytes.prefix(Self.headSize)))
        if found?.readsBinary != true && BinarySniffer.isBinary(bytes) { throw DocumentError.binary(path: path) }
        guard let reader = found else { throw DocumentError.unsupported(path: path) }
        let document = try reader.read(bytes: bytes, path: path, context: context)
        if document.text.isEmpty { throw DocumentError.empty(path: path) }
        return document
    }

    /// The lowercased extension of the last path component ("" when there is none).
    static func pathExtension(of path: String) -> String {
        let name = path.split(separator: "/").last.map(String.init) ?? path
        guard let dot = name.lastIndex(of: "."), dot != name.startIndex else { return "" }
        return String(name[name.index(after: dot)...]).lowercased()
    }

    /// No bytes, or only whitespace (and a byte order mark).
    private static func isBlank(_ bytes: [UInt8]) -> Bool {
        let body = bytes.dropFirst(TextDecoder.byteOrderMark(of: bytes)?.length ?? 0)
        return body.allSatisfy { $0 == 0x20 || $0 == 0x09 || $0 == 0x0A || $0 == 0x0D || $0 == 0x0C || $0 == 0 }
    }
}
