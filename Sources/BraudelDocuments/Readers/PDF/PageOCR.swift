import Foundation

/// Reads pages without a text layer (scans) through OCR: poppler's `pdftoppm` renders the page
/// at 300 dpi in grey, Tesseract reads the image. Both run as child processes with the reader's
/// time limit, one page at a time, so a scan costs one temporary image, not the whole book.
struct PageOCR {
    let tesseract: String
    let pdftoppm: String
    let timeout: Double
    /// Tesseract's language models (`eng`, `eng+fra`): those installed with tesseract-ocr-LANG.
    let languages: String

    /// The tools, or nil when either is missing (the caller says how to install them).
    static func available(tesseract: String, pdftoppm: String, timeout: Double, languages: String) -> PageOCR? {
        guard let tesseract = ExternalCommand.locate(tesseract), let pdftoppm = ExternalCommand.locate(pdftoppm) else { return nil }
        return PageOCR(tesseract: tesseract, pdftoppm: pdftoppm, timeout: timeout, languages: languages)
    }

    /// The text of page `page` (1-based) of the PDF file `input`.
    func text(ofPage page: Int, in input: String) throws -> String {
        let image = try TemporaryFile(suffix: ".pgm")
        defer { image.remove() }
        let root = String(image.path.dropLast(4))
        let rendered = try ExternalCommand.run(pdftoppm, ["-r", "300", "-gray", "-f", "\(page)", "-l", "\(page)", "-singlefile", input, root],
                                               timeout: timeout)
        guard rendered.status == 0 else {
            throw OCRFailure(reason: "pdftoppm failed on page \(page): \(PDFDiagnostics.firstLine(of: rendered.errors) ?? "exit status \(rendered.status)")")
        }
        // One thread per page: documents are already read on every core, and Tesseract's OpenMP
        // threads on a busy machine made a page 4-5 times slower (17 s against 3.7 s measured).
        let read = try ExternalCommand.run(tesseract, [image.path, "stdout", "-l", languages], timeout: timeout,
                                           environment: ["OMP_THREAD_LIMIT": "1"])
        guard read.status == 0 else {
            throw OCRFailure(reason: "tesseract failed on page \(page): \(PDFDiagnostics.firstLine(of: read.errors) ?? "exit status \(read.status)")")
        }
        return String(decoding: read.output, as: UTF8.self)
    }

    struct OCRFailure: Error {
        var reason: String
    }
}
