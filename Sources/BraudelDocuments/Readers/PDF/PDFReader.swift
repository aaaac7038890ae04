import Foundation

/// Reads PDFs through poppler's `pdftotext` in reading-order mode (not `-layout`, whose
/// columns of spaces would have to be undone), then cleans the text like any PDF extraction:
/// form feeds are page breaks, page numbers and running headers go, lines become paragraphs.
/// Title and authors come from `pdfinfo` when they look genuine, else from the first page.
///
/// The tools run as separate processes with a time limit, so a hostile or broken PDF costs at
/// most that long and never the whole batch.
public struct PDFReader: DocumentReader {
    public let format = DocumentFormat.pdf
    public var readsBinary: Bool { true }
    /// The `pdftotext` executable: a name looked up on PATH, or a path.
    public let pdftotext: String
    /// The `pdfinfo` executable: a name looked up on PATH, or a path.
    public let pdfinfo: String
    /// Seconds each tool may run before it is killed.
    public let timeout: Double
    /// Tesseract, for pages without a text layer (scans); a name looked up on PATH, or a path.
    public let tesseract: String
    /// poppler's `pdftoppm`, rendering a page for Tesseract.
    public let pdftoppm: String

    /// A reader running the given poppler tools (found on PATH by default).
    public init(pdftotext: String = "pdftotext", pdfinfo: String = "pdfinfo", timeout: Double = 120,
                tesseract: String = "tesseract", pdftoppm: String = "pdftoppm") {
        self.pdftotext = pdftotext
        self.pdfinfo = pdfinfo
        self.timeout = timeout
        self.tesseract = tesseract
        self.pdftoppm = pdftoppm
    }

    /// Claims files starting with the `%PDF-` signature whatever their name, and `.pdf` files
    /// (a `.pdf` without the signature is then refused with a clear error, not read as text).
    public func accepts(pathExtension: String, head: [UInt8]) -> Bool {
        pathExtension.lowercased() == "pdf" || Self.hasSignature(head)
    }

    /// `%PDF-` and a version digit at the start of the file or of a line in the head: readers
    /// accept up to 1 KB of junk (a mail or HTTP header) before it.
    static func hasSignature(_ head: [UInt8]) -> Bool {
        let signature: [UInt8] = Array("%PDF-".utf8)
        var from = 0
        let limit = min(head.count, ReaderRegistry.headSize)
        while let found = UTF8Bytes.find("%PDF-", in: Array(head.prefix(limit)), from: from) {
            let atLineStart = found == 0 || head[found - 1] == 0x0A || head[found - 1] == 0x0D
            let versioned = found + signature.count < limit && UTF8Bytes.isDigit(head[found + signature.count])
            if atLineStart && versioned { return true }
            from = found + 1
        }
        return false
    }

    /// Extracts with pdftotext, cleans, and reads the metadata.
    public func read(bytes: [UInt8], path: String, context: CleaningContext) throws -> Document {
        guard Self.hasSignature(Array(bytes.prefix(ReaderRegistry.headSize))) else {
            throw Self.failure(path, "not a PDF file (no %PDF- signature in the first \(ReaderRegistry.headSize) bytes)")
        }
        guard let extractor = ExternalCommand.locate(pdftotext) else {
            throw Self.failure(path, "pdftotext not found (install the poppler-utils package)")
        }
        let input = try PDFInputFile(bytes: bytes, path: path)
        defer { input.release() }
        let extracted = try extractText(extractor, input.argument, path: path)
        let scanned = try readScannedPages(extracted.text, input.argument, path: path)
        let raw = (text: scanned.text, warnings: extracted.warnings + scanned.warnings)
        var warnings = raw.warnings
        let info = readInfo(input.argument, warnings: &warnings)
        let firstPage = TitleBlockParser.metadata(of: raw.text)
        let metadata = info.metadata(firstPage: firstPage)
        let separated = TitleBlockSeparator.separate(raw.text, titles: [metadata.title, firstPage.title].compactMap { $0 },
                                                     authors: metadata.authors)
        let cleaned = PDFTextCleaner.cleanDocument(separated, context: context)
        var document = Document(path: path, format: format, metadata: metadata,
                                text: cleaned.text, sections: cleaned.sections, warnings: warnings)
        document.ocrPages = scanned.pages
        return document
    }

    /// Pages of pdftotext's output (form feed after each page) with no text go through OCR when
    /// Tesseract is installed. Without it, a PDF with no text at all is one clear error, and one
    /// with some empty pages keeps its text with a warning.
    private func readScannedPages(_ text: String, _ input: String, path: String) throws -> (text: String, pages: Int, warnings: [String]) {
        var pages = text.split(separator: "\u{0C}", omittingEmptySubsequences: false).map(String.init)
        if pages.count > 1, pages.last?.allSatisfy(\.isWhitespace) == true { pages.removeLast() }
        let empty = pages.indices.filter { pages[$0].allSatisfy(\.isWhitespace) }
        guard !empty.isEmpty else { return (text, 0, []) }
        guard let ocr = PageOCR.available(tesseract: tesseract, pdftoppm: pdftoppm, timeout: timeout, languages: "eng") else {
            if empty.count == pages.count { throw Self.failure(path, "no text layer; install tesseract-ocr to read scanned PDFs") }
            return (text, 0, ["\(empty.count) of \(pages.count) pages have no text layer and were skipped (install tesseract-ocr to read them)"])
        }
        do {
            for index in empty { pages[index] = try ocr.text(ofPage: index + 1, in: input) }
        } catch let failure as PageOCR.OCRFailure {
            throw Self.failure(path, failure.reason)
        } catch let failure as CommandFailure {
            throw Self.failure(path, Self.describe(failure, tool: "OCR"))
        }
        guard pages.contains(where: { !$0.allSatisfy(\.isWhitespace) }) else {
            throw Self.failure(path, "no text layer, and OCR found no text")
        }
        return (pages.joined(separator: "\u{0C}") + "\u{0C}", empty.count,
                ["\(empty.count) of \(pages.count) pages had no text layer and were read by OCR (tesseract)"])
    }

    /// The raw text pdftotext writes, or the error it gives, as one line.
    private func extractText(_ executable: String, _ input: String, path: String) throws -> (text: String, warnings: [String]) {
        let result: CommandResult
        do {
            result = try ExternalCommand.run(executable, ["-enc", "UTF-8", "-eol", "unix", input, "-"], timeout: timeout)
        } catch let failure as CommandFailure {
            throw Self.failure(path, Self.describe(failure, tool: "pdftotext"))
        }
        let diagnostic = PDFDiagnostics.firstLine(of: result.errors)
        if result.status != 0 {
            throw Self.failure(path, PDFDiagnostics.reason(status: result.status, diagnostic: diagnostic))
        }
        let text = String(decoding: result.output, as: UTF8.self)
        if let diagnostic, !text.unicodeScalars.contains(where: { !$0.properties.isWhitespace }) {
            throw Self.failure(path, "no text extracted: \(diagnostic)")
        }
        let warnings = diagnostic.map { ["pdftotext: \($0)"] } ?? []
        return (text, warnings)
    }

    /// The document information; a failing or missing pdfinfo costs only a warning, since the
    /// first page still gives title, authors and year.
    private func readInfo(_ input: String, warnings: inout [String]) -> PDFInfo {
        guard let executable = ExternalCommand.locate(pdfinfo) else {
            warnings.append("pdfinfo not found: metadata taken from the first page")
            return PDFInfo()
        }
        do {
            let result = try ExternalCommand.run(executable, ["-enc", "UTF-8", "-isodates", input], timeout: timeout)
            if result.status == 0 { return PDFInfo.parse(String(decoding: result.output, as: UTF8.self)) }
            warnings.append("pdfinfo failed: \(PDFDiagnostics.firstLine(of: result.errors) ?? "exit status \(result.status)")")
        } catch let failure as CommandFailure {
            warnings.append(Self.describe(failure, tool: "pdfinfo"))
        } catch {
            warnings.append("pdfinfo failed: \(error)")
        }
        return PDFInfo()
    }

    private static func describe(_ failure: CommandFailure, tool: String) -> String {
        switch failure {
        case .notFound: return "\(tool) could not be started"
        case .timedOut(let seconds):
            let shown = seconds == seconds.rounded() ? String(Int(seconds)) : String(seconds)
            return "\(tool) did not finish within \(shown) s and was stopped"
        case .temporaryFile(let reason): return reason
        }
    }

    private static func failure(_ path: String, _ reason: String) -> DocumentError {
        .malformed(path: path, reason: "cannot read PDF: " + reason)
    }
}

/// Turns what pdftotext says on standard error into one line of explanation.
enum PDFDiagnostics {
    /// The first line that reports an error; else the first non-empty line. Poppler prints
    /// "Syntax Warning" lines for harmless quirks, so errors are preferred.
    static func firstLine(of errors: String) -> String? {
        let lines = errors.split(whereSeparator: { $0 == "\n" || $0 == "\r" })
            .map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
        let chosen = lines.first { $0.localizedCaseInsensitiveContains("error") } ?? lines.first
        return chosen.map { $0.count > 200 ? String($0.prefix(200)) + "…" : $0 }
    }

    /// Why pdftotext failed: exit status 1 with "Incorrect password" means encryption; 3 means
    /// the document forbids copying its text; anything else repeats poppler's own words.
    static func reason(status: Int32, diagnostic: String?) -> String {
        if let diagnostic, diagnostic.localizedCaseInsensitiveContains("password") {
            return "encrypted, a password is needed to open it"
        }
        if status == 3 { return "the document does not permit text extraction" }
        return diagnostic.map { "pdftotext failed: \($0)" } ?? "pdftotext failed with exit status \(status)"
    }
}
