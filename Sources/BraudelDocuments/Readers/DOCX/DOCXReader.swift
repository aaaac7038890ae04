/// Reads Word documents (.docx, Office Open XML): the body's paragraphs in order, headings from
/// paragraph styles, footnotes and endnotes as a closing "Notes" section, metadata from the
/// package properties. The ZIP is opened in memory under ``ZipSafetyLimits``; its XML parts are
/// parsed by libxml2 without entity substitution or DTD loading.
public struct DOCXReader: DocumentReader {
    public let format = DocumentFormat.docx
    public let readsBinary = true
    static let extensions: Set<String> = ["docx", "docm", "dotx"]
    let limits: ZipSafetyLimits

    /// A reader with the given expansion limits.
    public init(limits: ZipSafetyLimits = .standard) {
        self.limits = limits
    }

    /// Claims a ZIP whose first bytes name Word parts, or a `.docx` that is not another ZIP
    /// format (an EPUB or ODF file misnamed `.docx` goes to its own reader).
    public func accepts(pathExtension: String, head: [UInt8]) -> Bool {
        if ZipSniffer.isDOCX(head) { return true }
        guard Self.extensions.contains(pathExtension.lowercased()) else { return false }
        return ZipSniffer.mimetype(head) == nil
    }

    /// Unzips the parts needed and reads them. Throws `.malformed` for a damaged or truncated
    /// archive, a ZIP without word/document.xml, a zip bomb, or XML that is not well-formed.
    public func read(bytes: [UInt8], path: String, context: CleaningContext) throws -> Document {
        var archive = try SafeZipArchive(bytes: bytes, path: path, limits: limits)
        let mainPart = "word/document.xml"
        guard archive.contains(mainPart), let documentXML = try archive.read(mainPart) else {
            throw DocumentError.malformed(path: path, reason: "not a Word document: no \(mainPart) in the ZIP archive")
        }
        var warnings = [String]()
        let styles = try DOCXStyles(stylesXML: try archive.read("word/styles.xml"), path: path)
        var walker = DOCXTextWalker(styles: styles)
        try XMLPart.withRoot(of: documentXML, part: mainPart, path: path) { root in
            walker.walk(XMLPart.child(root, "body") ?? root)
        }
        var notes = [String]()
        if let footnotes = try archive.read("word/footnotes.xml") {
            notes += try DOCXNotes.notes(in: footnotes, part: "word/footnotes.xml", references: walker.footnoteReferences, styles: styles, path: path)
        }
        if let endnotes = try archive.read("word/endnotes.xml") {
            notes += try DOCXNotes.notes(in: endnotes, part: "word/endnotes.xml", references: walker.endnoteReferences, styles: styles, path: path)
        }
        let (text, sections) = NotedTextAssembler.assemble(body: walker.blocks, notes: notes)
        let package = OOXMLProperties.metadata(core: try archive.read("docProps/core.xml"),
                                               custom: try archive.read("docProps/custom.xml"),
                                               path: path, warnings: &warnings)
        return Document(path: path, format: format, metadata: package.resolved(withBody: walker.blocks), text: text,
                        sections: sections, warnings: warnings)
    }
}
