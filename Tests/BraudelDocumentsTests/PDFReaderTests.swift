import Foundation
import Testing
@testable import BraudelDocuments

/// The PDF reader on a real PDF typeset by LibreOffice (corpus/formats), on broken and hostile
/// inputs, and with its tools missing or stuck. Serialized: the tests count temporary files.
@Suite(.serialized) struct PDFReaderTests {
    static let repository = Fixtures.directory.deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    static let samplePath = repository.appendingPathComponent("corpus/formats/semiperipheral-ports.pdf").path
    static let goldPath = repository.appendingPathComponent("corpus/formats/gold/semiperipheral-ports.pdf.json").path

    struct Gold: Decodable {
        var title: String
        var authors: [String]
        var year: Int
        var first_sentence: String
        var last_sentence: String
    }

    func read(_ path: String, reader: PDFReader = PDFReader()) throws -> Document {
        try ReaderRegistry(readers: [reader, PlainTextReader()]).read(fileAt: path, maxBytes: 1 << 26, context: .empty)
    }

    func error(_ body: () throws -> Document) -> String? {
        do { _ = try body(); return nil } catch { return "\(error)" }
    }

    func temporaryCopies() -> Set<String> {
        let names = (try? FileManager.default.contentsOfDirectory(atPath: FileManager.default.temporaryDirectory.path)) ?? []
        return Set(names.filter { $0.hasPrefix("braudel-pdf-") })   // only this reader's own temporary files
    }

    @Test func sampleTextMatchesTheGoldFirstAndLastSentence() throws {
        let gold = try JSONDecoder().decode(Gold.self, from: Data(contentsOf: URL(fileURLWithPath: Self.goldPath)))
        let document = try read(Self.samplePath)
        #expect(document.format == .pdf)
        #expect(document.text.hasPrefix(gold.first_sentence + "\n\nHelena M. Castro-Ribeiro\n\nCentre for Comparative Historical Research, Working Paper 14, October 2019\n\nAbstract. This paper follows"))
        let body = try #require(document.text.components(separatedBy: "\n\nReferences\n\n").first)
        #expect(body.hasSuffix(gold.last_sentence))
        #expect(document.sections.compactMap(\.heading) == [
            "1. Introduction", "2. Ports Between Core and Periphery", "3. Hegemonic Decline Seen from the Docks",
            "4. Conclusion", "References",
        ])
    }

    @Test func sampleLosesPageFurnitureButKeepsTheByline() throws {
        let text = try read(Self.samplePath).text
        // The author's name is the running header of pages 2 and 4 and the byline of page 1.
        #expect(text.components(separatedBy: "Helena M. Castro-Ribeiro").count - 1 == 1)
        // The short title heads page 3 and is the first line of the title.
        #expect(text.components(separatedBy: "Port Cities of the Semiperiphery").count - 1 == 1)
        #expect(text.contains("that broad problem. It looks at port cities"))
        #expect(text.contains("the long waves.\n\nReferences"))
        // pdftotext cut this justified line into one word per line; it is one sentence again.
        #expect(text.contains("unequal exchange (Emmanuel 1972; Amin 1976). The semiperiphery, the middle stratum"))
        for paragraph in text.components(separatedBy: "\n\n") {
            #expect(!paragraph.isEmpty && !paragraph.contains("\n") && !paragraph.contains("\u{0C}"))
            #expect(Int(paragraph) == nil, "a bare page number survived: \(paragraph)")
        }
    }

    @Test func sampleMetadataComesFromTheDocumentInformation() throws {
        let gold = try JSONDecoder().decode(Gold.self, from: Data(contentsOf: URL(fileURLWithPath: Self.goldPath)))
        let document = try read(Self.samplePath)
        #expect(document.metadata.title == gold.title)
        #expect(document.metadata.authors == gold.authors)
        // The dateline says October 2019; CreationDate is when the file was made.
        #expect(document.metadata.year == gold.year)
        #expect(document.warnings.isEmpty)
    }

    @Test func contentWinsOverExtensionAndBytesWithoutAFileGoThroughATemporaryCopy() throws {
        let bytes = try Fixtures.bytes("../../../corpus/formats/semiperipheral-ports.pdf")
        let before = temporaryCopies()
        let registry = ReaderRegistry(readers: [PDFReader(), PlainTextReader()])
        let document = try registry.read(bytes: bytes, path: "/nonexistent/saved-as.txt", context: .empty)
        #expect(document.format == .pdf)
        #expect(document.metadata.authors == ["Helena M. Castro-Ribeiro"])
        #expect(temporaryCopies() == before)
    }

    @Test func truncatedPDFIsOneLineNamingPopplersReason() throws {
        let bytes = try Fixtures.bytes("../../../corpus/formats/semiperipheral-ports.pdf")
        let before = temporaryCopies()
        let message = error { try PDFReader().read(bytes: Array(bytes.prefix(3000)), path: "cut/short.pdf", context: .empty) }
        #expect(message == "cut/short.pdf: cannot read PDF: pdftotext failed: Syntax Error: Couldn't find trailer dictionary")
        #expect(temporaryCopies() == before)
    }

    @Test func nonPDFWithPDFExtensionIsRefused() throws {
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("notes-\(UUID().uuidString).pdf").path
        try Data("Notes on the semiperiphery, not a PDF at all.\n".utf8).write(to: URL(fileURLWithPath: path))
        defer { try? FileManager.default.removeItem(atPath: path) }
        #expect(error { try read(path) } == "\(path): cannot read PDF: not a PDF file (no %PDF- signature in the first 1024 bytes)")
    }

    @Test func missingPdftotextIsOneClearError() throws {
        let reader = PDFReader(pdftotext: "/nonexistent/pdftotext")
        #expect(error { try read(Self.samplePath, reader: reader) }
            == "\(Self.samplePath): cannot read PDF: pdftotext not found (install the poppler-utils package)")
    }

    @Test func missingPdfinfoFallsBackToTheFirstPage() throws {
        let document = try read(Self.samplePath, reader: PDFReader(pdfinfo: "/nonexistent/pdfinfo"))
        #expect(document.metadata.title == "Port Cities of the Semiperiphery and the Rhythm of Hegemonic Decline")
        #expect(document.metadata.authors == ["Helena M. Castro-Ribeiro"])
        #expect(document.metadata.year == 2019)
        #expect(document.warnings == ["pdfinfo not found: metadata taken from the first page"])
    }

    @Test func encryptedPDFWithoutPasswordIsRefused() throws {
        let path = Fixtures.path("encrypted.pdf")
        #expect(error { try read(path) } == "\(path): cannot read PDF: encrypted, a password is needed to open it")
    }

    @Test func stuckPdftotextIsStoppedAtTheTimeLimit() throws {
        let script = FileManager.default.temporaryDirectory.appendingPathComponent("stuck-\(UUID().uuidString).sh").path
        try Data("#!/bin/sh\nexec sleep 30\n".utf8).write(to: URL(fileURLWithPath: script))
        try FileManager.default.setAttributes([.posixPermissions: 0o700], ofItemAtPath: script)
        defer { try? FileManager.default.removeItem(atPath: script) }
        let started = Date()
        let message = error { try read(Self.samplePath, reader: PDFReader(pdftotext: script, timeout: 0.5)) }
        #expect(message == "\(Self.samplePath): cannot read PDF: pdftotext did not finish within 0.5 s and was stopped")
        #expect(Date().timeIntervalSince(started) < 10)
    }

    @Test func concurrentReadsGiveTheSameText() async throws {
        let expected = try read(Self.samplePath).text
        let texts = try await withThrowingTaskGroup(of: String.self) { group in
            for _ in 0..<4 { group.addTask { try PDFReader().read(bytes: Fixtures.bytes("../../../corpus/formats/semiperipheral-ports.pdf"),
                                                                   path: Self.samplePath, context: .empty).text } }
            return try await group.reduce(into: [String]()) { $0.append($1) }
        }
        #expect(texts == Array(repeating: expected, count: 4))
    }

    @Test func signatureIsSniffedAtTheStartOfALine() {
        #expect(PDFReader.hasSignature(Array("%PDF-1.7\n%âãÏÓ\n".utf8)))
        #expect(PDFReader.hasSignature(Array("Content-Type: application/pdf\r\n\r\n%PDF-1.4\n".utf8)))
        #expect(!PDFReader.hasSignature(Array("A note on the %PDF-1.4 header.\n".utf8)))
        #expect(!PDFReader.hasSignature(Array("%PDF-x".utf8)))
        #expect(PDFReader().accepts(pathExtension: "", head: Array("%PDF-2.0\n".utf8)))
        #expect(PDFReader().accepts(pathExtension: "PDF", head: Array("plain".utf8)))
        #expect(!PDFReader().accepts(pathExtension: "txt", head: Array("plain".utf8)))
    }
}
