import Foundation
import Testing
@testable import BraudelDocuments

/// The committed samples in corpus/formats/ (made by scripts/make-format-samples/make-zip-samples.sh)
/// read against their gold: metadata, first and last sentence, sections and notes.
@Suite struct ZipSampleTests {
    struct Gold: Decodable {
        var title: String
        var authors: [String]
        var year: Int
        var first_sentence: String
        var last_sentence: String
    }

    static let formats = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().appendingPathComponent("corpus/formats")
    static let registry = ReaderRegistry(readers: [EPUBReader(), ODTReader(), DOCXReader()] + ReaderRegistry.standard.readers)

    func read(_ name: String) throws -> (Document, Gold) {
        let path = Self.formats.appendingPathComponent(name).path
        let document = try Self.registry.read(fileAt: path, maxBytes: 10 << 20, context: .empty)
        let gold = try JSONDecoder().decode(Gold.self, from: Data(contentsOf: Self.formats.appendingPathComponent("gold/\(name).json")))
        return (document, gold)
    }

    /// The text before the closing reference list.
    func body(_ document: Document) -> String {
        guard let references = document.sections.last(where: { $0.heading == "References" }) else { return document.text }
        return String(String.UnicodeScalarView(document.text.unicodeScalars.prefix(references.start)))
            .trimmingCharacters(in: .whitespacesAndNewlines)
    }

    func checkAgainstGold(_ name: String, format: DocumentFormat) throws -> Document {
        let (document, gold) = try read(name)
        #expect(document.format == format)
        #expect(document.metadata.title == gold.title)
        #expect(document.metadata.authors == gold.authors)
        #expect(document.metadata.year == gold.year)
        #expect(document.text.hasPrefix(gold.first_sentence + "\n\n"))
        #expect(body(document).hasSuffix(gold.last_sentence))
        #expect(!document.text.contains("\n\n\n"))
        for paragraph in document.text.components(separatedBy: "\n\n") {
            #expect(!paragraph.isEmpty && !paragraph.contains("\n") && paragraph == paragraph.trimmingCharacters(in: .whitespaces))
        }
        let scalars = Array(document.text.unicodeScalars)
        for section in document.sections where section.heading != nil {
            let heading = String(String.UnicodeScalarView(scalars[section.start..<section.start + section.heading!.unicodeScalars.count]))
            #expect(heading == section.heading)
            #expect(section.end <= scalars.count)
        }
        #expect(document.sections.suffix(2).map(\.heading) == ["Notes", "References"])
        return document
    }

    @Test func wordWorkingPaper() throws {
        let document = try checkAgainstGold("semiperipheral-industrialization.docx", format: .docx)
        #expect(document.sections.map(\.heading) == [
            "Semiperipheral Industrialization and the Limits of Upgrading: Brazil and South Korea, 1960–2000",
            "Introduction", "Two Paths Through the Semiperiphery", "Upgrading and Its Limits", "Conclusion", "Notes", "References",
        ])
        let notes = try #require(document.sections.first { $0.heading == "Notes" })
        let noteText = String(String.UnicodeScalarView(Array(document.text.unicodeScalars)[notes.start..<notes.end]))
        #expect(noteText.components(separatedBy: "\n\n").count == 4)   // heading + three footnotes, in reference order
        #expect(noteText.contains("Notes\n\nOn the timing of industrial expansion"))
        #expect(document.text.contains("leak back to the core.\n\nTwo Paths"))   // no footnote marker left in the body
        #expect(document.text.contains("Chase-Dunn (1998) reminds us"))
    }

    @Test func openDocumentArticle() throws {
        let document = try checkAgainstGold("upper-nile-incorporation.odt", format: .odt)
        #expect(document.sections.map(\.heading) == [
            "Commodity Frontiers and the Incorporation of the Upper Nile, 1840–1914",
            "Incorporation as a Process", "Ivory, Slaves and the Zariba", "Cotton and the Colonial State", "Notes", "References",
        ])
        #expect(document.text.contains("in the third volume of The Modern World-System."))
        #expect(document.text.contains("contested at every step by pastoralists, merchants and rival states.\n\nIvory"))
    }

    @Test func epubBookWithChapters() throws {
        let document = try checkAgainstGold("cycles-of-hegemony.epub", format: .epub)
        #expect(document.sections.map(\.heading) == [
            "Cycles of Hegemony: A Short Introduction", "Chapter One: What Hegemony Means",
            "Chapter Two: Signal Crisis and Financial Expansion", "Chapter Three: Transitions and Systemic Chaos",
            "Notes", "References",
        ])
        #expect(!document.text.contains("↩"))
        #expect(!document.text.contains("Table of Contents"))
        #expect(document.text.contains("prosperity for the rentier classes of the declining power.\n\nSuch expansions"))
    }

    @Test func contentSniffingPicksTheReader() throws {
        for (name, format) in [("semiperipheral-industrialization.docx", DocumentFormat.docx),
                               ("upper-nile-incorporation.odt", .odt), ("cycles-of-hegemony.epub", .epub)] {
            let head = Array(try Data(contentsOf: Self.formats.appendingPathComponent(name)).prefix(ReaderRegistry.headSize))
            // A misnamed file still goes to the reader of its content.
            #expect(Self.registry.reader(forPath: "misnamed.txt", head: head)?.format == format)
            #expect(Self.registry.reader(forPath: "renamed.epub", head: head)?.format == format)
        }
        #expect(Self.registry.reader(forPath: "a.docx", head: [0x50, 0x4B, 0x03, 0x04, 0, 0])?.format == .docx)
        #expect(Self.registry.reader(forPath: "a.odt", head: [0x50, 0x4B, 0x03, 0x04, 0, 0])?.format == .odt)
        #expect(Self.registry.reader(forPath: "a.epub", head: [0x50, 0x4B, 0x03, 0x04, 0, 0])?.format == .epub)
    }
}
