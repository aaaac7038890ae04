@testable import BraudelDocuments
import Foundation
import Testing

/// Issue 16: a journal article of our own text typeset in the test (two-column-pdf.py: two
/// columns, running heads, page numbers, hyphenated line ends, one of them at a column break,
/// and footnotes at the foot of the column, between the two halves of a paragraph that runs
/// over the page) reads in order, with its footnotes apart from the body.
@Suite struct TwoColumnPDFTests {
    static let source = Fixtures.path("two-column-article.txt")

    /// The source's body paragraphs (markers removed) and footnotes, as written.
    static func expected() throws -> (body: [String], notes: [String]) {
        let blocks = try String(contentsOfFile: source, encoding: .utf8).components(separatedBy: "\n\n")
            .map { $0.trimmingCharacters(in: .whitespacesAndNewlines) }.filter { !$0.isEmpty }.dropFirst()
        let notes = blocks.filter { $0.hasPrefix("[") }.map { $0.replacingOccurrences(of: #"^\[\d+\] "#, with: "", options: .regularExpression) }
        let body = blocks.filter { !$0.hasPrefix("[") }.map { $0.replacingOccurrences(of: #"\[\d+\]"#, with: "", options: .regularExpression) }
        return (body, notes)
    }

    /// The article typeset to a PDF and read back.
    static func read() throws -> Document {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("braudel-two-column-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let pdf = folder.appendingPathComponent("article.pdf").path
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["python3", Fixtures.path("two-column-pdf.py"), source, pdf]
        try process.run()
        process.waitUntilExit()
        try #require(process.terminationStatus == 0, "two-column-pdf.py failed")
        return try PDFReader().read(bytes: Array(try Data(contentsOf: URL(fileURLWithPath: pdf))), path: pdf, context: .empty)
    }

    /// The body reads as written, word for word and in order, across both columns and every
    /// page: no running head, page number or note inside it, every hyphenated line end joined.
    /// Where paragraphs break is not compared: pdftotext's text drops the indent that marks a
    /// paragraph's first line, and ragged lines hide where a paragraph's last line ends.
    @Test func bodyReadsInOrderAcrossColumnsAndPages() throws {
        let (body, notes) = try Self.expected()
        let document = try Self.read()
        let paragraphs = document.text.components(separatedBy: "\n\n")
        #expect(document.metadata.title == "Grain Ports on the Margins of the Baltic Trade")
        #expect(paragraphs.prefix(3) == ["Grain Ports on the Margins of the Baltic Trade", "Marta Kowalczyk-Reyes",
                                         "Institute for Invented Maritime History, Sopot"])
        let read = paragraphs.dropFirst(3).filter { paragraph in !notes.contains { paragraph.hasSuffix($0) } }
        #expect(read.joined(separator: " ") == body.joined(separator: " "))
        // Hyphenated at the foot of a column and joined again; "Semip-" / "eripheral" is split
        // badly across a page, as careless typesetting does, and joined by the word's other uses.
        #expect(document.text.contains("some eleven thousand sailings"))
        #expect(document.text.contains("Semiperipheral ports appear"))
    }

    @Test func runningHeadsAndPageNumbersGo() throws {
        let text = try Self.read().text
        #expect(!text.contains("JOURNAL OF INVENTED WORLD HISTORY"))
        #expect(!text.contains("PORT CITIES AND THE GRAIN TRADE"))
        for paragraph in text.components(separatedBy: "\n\n") {
            #expect(Int(paragraph) == nil, "a bare page number survived: \(paragraph)")
        }
    }

    @Test func footnotesStayApartFromTheBody() throws {
        let (body, notes) = try Self.expected()
        let paragraphs = try Self.read().text.components(separatedBy: "\n\n")
        for note in notes {
            let holding = paragraphs.filter { $0.contains(note) }
            #expect(holding.count == 1, "note not kept whole: \(note.prefix(50))")
            for paragraph in holding {
                #expect(!body.contains { paragraph.contains($0.prefix(40)) }, "note merged with body: \(paragraph.prefix(80))")
            }
        }
    }
}
