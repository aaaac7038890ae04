/// Reads plain text, typically extracted from PDFs: decodes it, takes title, authors and year
/// from the title block, and cleans PDF artifacts.
public struct PlainTextReader: DocumentReader {
    public let format = DocumentFormat.txt
    static let extensions: Set<String> = ["txt", "text"]

    /// A reader with no state: safe to share across threads.
    public init() {}

    /// Claims `.txt` and `.text` files; plain text has no signature to sniff.
    public func accepts(pathExtension: String, head: [UInt8]) -> Bool {
        Self.extensions.contains(pathExtension.lowercased())
    }

    /// Decodes, reads the title block, cleans.
    public func read(bytes: [UInt8], path: String, context: CleaningContext) throws -> Document {
        let decoded = TextDecoder.decode(bytes)
        let cleaned = PDFTextCleaner.cleanDocument(decoded.text, context: context)
        return Document(path: path, format: format, metadata: TitleBlockParser.metadata(of: decoded.text),
                        text: cleaned.text, sections: cleaned.sections, warnings: decoded.warnings)
    }
}
