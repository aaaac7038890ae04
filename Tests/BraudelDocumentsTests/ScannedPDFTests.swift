@testable import BraudelDocuments
import BraudelText
import Foundation
import Testing

/// Scanned PDFs: an image-only PDF made in the test from our own typeset sample (no text layer,
/// no binary fixture) is read through Tesseract, or refused with one clear line without it.
@Suite(.serialized) struct ScannedPDFTests {
    static let tesseractInstalled = ExternalCommand.locate("tesseract") != nil

    /// The sample PDF rendered to page images and wrapped as a PDF of images only.
    private func scannedSample() throws -> (pdf: String, folder: URL) {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("braudel-scan-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let pdf = folder.appendingPathComponent("scanned.pdf").path
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["python3", Fixtures.path("image-only-pdf.py"), PDFReaderTests.samplePath, pdf, folder.path]
        try process.run()
        process.waitUntilExit()
        try #require(process.terminationStatus == 0, "image-only-pdf.py failed")
        return (pdf, folder)
    }

    private func words(_ text: String) -> [String: Int] {
        var counts = [String: Int]()
        for word in Folding.withoutDiacritics(text).split(whereSeparator: { !$0.isLetter }) where word.count > 1 {
            counts[String(word), default: 0] += 1
        }
        return counts
    }

    @Test(.enabled(if: tesseractInstalled, "tesseract-ocr is not installed (scripts/install-deps --test installs it)"))
    func scannedPagesAreReadByOCRWithNinetyFivePercentOfTheWords() throws {
        let (pdf, folder) = try scannedSample()
        defer { try? FileManager.default.removeItem(at: folder) }
        let original = try PDFReader().read(bytes: Array(try Data(contentsOf: URL(fileURLWithPath: PDFReaderTests.samplePath))),
                                            path: PDFReaderTests.samplePath, context: .empty)
        let scanned = try PDFReader().read(bytes: Array(try Data(contentsOf: URL(fileURLWithPath: pdf))), path: pdf, context: .empty)
        #expect(original.ocrPages == 0)
        #expect(scanned.ocrPages == 4)
        #expect(scanned.warnings.contains("4 of 4 pages had no text layer and were read by OCR (tesseract)"))
        let expected = words(original.text), found = words(scanned.text)
        let recovered = expected.reduce(0) { $0 + min($1.value, found[$1.key] ?? 0) }
        let total = expected.values.reduce(0, +)
        #expect(Double(recovered) / Double(total) >= 0.95, "recovered \(recovered) of \(total) words")
    }

    @Test func withoutTesseractAScanIsOneClearLine() throws {
        let (pdf, folder) = try scannedSample()
        defer { try? FileManager.default.removeItem(at: folder) }
        let reader = PDFReader(tesseract: "/nonexistent/tesseract")
        #expect(throws: DocumentError.self) { try reader.read(bytes: Array(try Data(contentsOf: URL(fileURLWithPath: pdf))), path: pdf, context: .empty) }
        do {
            _ = try reader.read(bytes: Array(try Data(contentsOf: URL(fileURLWithPath: pdf))), path: pdf, context: .empty)
        } catch let error as DocumentError {
            #expect(error.description == "\(pdf): cannot read PDF: no text layer; install tesseract-ocr to read scanned PDFs")
        }
    }
}
