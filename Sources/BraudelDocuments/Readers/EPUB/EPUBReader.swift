/// Reads EPUB 2 and 3 books: META-INF/container.xml → the package document → the spine's XHTML
/// documents in reading order, each through the HTML reader's extraction, each chapter opening
/// a section; notes gathered into a closing "Notes" section; metadata from the package's Dublin
/// Core. Spine links that climb out of the archive or are absolute are refused (skipped with a
/// warning), and the ZIP is read in memory under ``ZipSafetyLimits``.
public struct EPUBReader: DocumentReader {
    public let format = DocumentFormat.epub
    public let readsBinary = true
    let limits: ZipSafetyLimits

    /// A reader with the given expansion limits.
    public init(limits: ZipSafetyLimits = .standard) {
        self.limits = limits
    }

    /// Claims a ZIP whose `mimetype` entry says application/epub+zip, or an `.epub` that is not
    /// another ZIP format.
    public func accepts(pathExtension: String, head: [UInt8]) -> Bool {
        if ZipSniffer.isEPUB(head) { return true }
        guard pathExtension.lowercased() == "epub" else { return false }
        return !ZipSniffer.isODT(head) && !ZipSniffer.isDOCX(head)
    }

    /// Unzips the package and its spine documents and reads them. Throws `.malformed` for a
    /// damaged or truncated archive, a ZIP that is not an EPUB, a zip bomb, a package document
    /// that is not well-formed, or a spine with no readable document.
    public func read(bytes: [UInt8], path: String, context: CleaningContext) throws -> Document {
        var archive = try SafeZipArchive(bytes: bytes, path: path, limits: limits)
        guard let container = try archive.read(EPUBPackage.containerPath) else {
            throw DocumentError.malformed(path: path, reason: "not an EPUB: no \(EPUBPackage.containerPath) in the ZIP archive")
        }
        let opfEntry = try EPUBPackage.rootfile(inContainer: container, path: path)
        guard let opf = try archive.read(opfEntry) else {
            throw DocumentError.malformed(path: path, reason: "EPUB package document \(opfEntry) is missing")
        }
        let package = try EPUBPackage(opf: opf, opfEntry: opfEntry, path: path)
        var warnings = [String]()
        var blocks = [TextBlock](), notes = [String]()
        var readCount = 0
        for item in package.spine {
            guard let entry = item.entry else {
                warnings.append("spine item \(item.href) points outside the archive; skipped")
                continue
            }
            guard let chapter = try archive.read(entry) else {
                warnings.append("spine item \(entry) is missing from the archive; skipped")
                continue
            }
            let extracted = try EPUBChapterExtractor.extract(chapter, part: entry, path: path)
            blocks += extracted.blocks
            notes += extracted.notes
            readCount += 1
        }
        guard readCount > 0 else {
            throw DocumentError.malformed(path: path, reason: "EPUB spine has no readable document")
        }
        let (text, sections) = NotedTextAssembler.assemble(body: blocks, notes: notes)
        return Document(path: path, format: format, metadata: package.metadata.resolved(withBody: blocks), text: text,
                        sections: sections, warnings: warnings)
    }
}
