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

    /// Decodes, reads the title block, sets it apart from the text, cleans.
    public func read(bytes: [UInt8], path: String, context: CleaningContext) throws -> Document {
        let decoded = TextDecoder.decode(bytes)
        let metadata = TitleBlockParser.metadata(of: decoded.text)
        // The title and byline are paragraphs of their own even when one newline, not a blank
        // line, separates them from the text.
        let separated = TitleBlockSeparator.separate(decoded.text, titles: metadata.title.map { [$0] } ?? [],
                                                     authors: metadata.authors)
        let cleaned = PDFTextCleaner.cleanDocument(separated, context: context)
        return Document(path: path, format: format, metadata: metadata,
                        text: cleaned.text, sections: cleaned.sections, warnings: decoded.warnings)
    }
}
