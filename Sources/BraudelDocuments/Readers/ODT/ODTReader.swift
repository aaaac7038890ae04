/// Reads OpenDocument text (.odt): content.xml's headings and paragraphs in order, footnotes and
/// endnotes as a closing "Notes" section, metadata from meta.xml. The ZIP is opened in memory
/// under ``ZipSafetyLimits``; its XML parts are parsed by libxml2 without entity substitution
/// or DTD loading.
public struct ODTReader: DocumentReader {
    public let format = DocumentFormat.odt
    public let readsBinary = true
    static let extensions: Set<String> = ["odt", "ott"]
    let limits: ZipSafetyLimits

    /// A reader with the given expansion limits.
    public init(limits: ZipSafetyLimits = .standard) {
        self.limits = limits
    }

    /// Claims a ZIP whose `mimetype` entry is an OpenDocument text, or an `.odt` that is not
    /// another ZIP format.
    public func accepts(pathExtension: String, head: [UInt8]) -> Bool {
        if ZipSniffer.isODT(head) { return true }
        guard Self.extensions.contains(pathExtension.lowercased()) else { return false }
        return !ZipSniffer.isEPUB(head) && !ZipSniffer.isDOCX(head)
    }

    /// Unzips content.xml and meta.xml and reads them. Throws `.malformed` for a damaged or
    /// truncated archive, a ZIP without content.xml, a zip bomb, or XML that is not well-formed.
    public func read(bytes: [UInt8], path: String, context: CleaningContext) throws -> Document {
        var archive = try SafeZipArchive(bytes: bytes, path: path, limits: limits)
        guard let content = try archive.read("content.xml") else {
            throw DocumentError.malformed(path: path, reason: "not an OpenDocument text: no content.xml in the ZIP archive")
        }
        var walker = ODTTextWalker(headingStyles: [])
        try XMLPart.withRoot(of: content, part: "content.xml", path: path) { root in
            walker = ODTTextWalker(headingStyles: ODTTextWalker.headingStyles(automaticStylesOf: root))
            let body = XMLPart.child(root, "body").flatMap { XMLPart.child($0, "text") } ?? root
            walker.walk(body)
        }
        var warnings = [String]()
        let (text, sections) = NotedTextAssembler.assemble(body: walker.blocks, notes: walker.footnotes + walker.endnotes)
        let package = ODFMeta.metadata(meta: try archive.read("meta.xml"), path: path, warnings: &warnings)
        return Document(path: path, format: format, metadata: package.resolved(withBody: walker.blocks), text: text,
                        sections: sections, warnings: warnings)
    }
}
