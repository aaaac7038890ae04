import Foundation
import Testing
@testable import BraudelDocuments

/// Hostile and broken XML: no local file read, no entity expansion, no network, one-line errors.
@Suite struct XMLSafetyTests {
    func read(_ name: String) throws -> Document {
        let reader: any DocumentReader = name.hasPrefix("tei") ? TEIReader() : JATSReader()
        return try reader.read(bytes: try Fixtures.bytes(name), path: Fixtures.path(name), context: .empty)
    }

    @Test func externalEntitiesAreNeverLoaded() throws {
        let document = try read("jats_xxe.xml")
        for leak in ["root:", "/bin/", "daemon", "nologin"] { #expect(!document.text.contains(leak)) }
        // The external entity is dropped; an internal character entity still reads.
        #expect(document.text == "XXE probe\n\nBefore after, 1945–1973.")
    }

    @Test func billionLaughsIsRefusedQuicklyWithOneLine() throws {
        let started = Date()
        do {
            _ = try read("tei_billion_laughs.xml")
            Issue.record("billion laughs was read")
        } catch let error as DocumentError {
            let line = error.description
            #expect(line.hasPrefix(Fixtures.path("tei_billion_laughs.xml") + ": not well-formed XML"))
            #expect(line.contains("entity"))
            #expect(!line.contains("\n"))
        }
        #expect(Date().timeIntervalSince(started) < 1)
    }

    /// Nesting below libxml2's amplification limit is accepted, but the reader never follows an
    /// entity that refers to others (a plain one still reads).
    @Test func shallowEntityNestingIsNotExpanded() throws {
        let levels = (1...2).map { level in
            "<!ENTITY e\(level) \"" + String(repeating: "&e\(level - 1);", count: 3) + "\">"
        }.joined(separator: "\n")
        let padding = String(repeating: "word ", count: 1000)
        let xml = "<!DOCTYPE TEI [<!ENTITY e0 \"ha\">\n\(levels)]><TEI><text><body><p>\(padding)</p><p>A &e2; B &e0; C</p></body></text></TEI>"
        let document = try TEIReader().read(bytes: Array(xml.utf8), path: "nested.xml", context: .empty)
        #expect(document.text.hasSuffix("word\n\nA B ha C"))
    }

    @Test func externalDTDIsNeverFetched() throws {
        // The DTD's host does not exist (.invalid); with network access off nothing is tried,
        // and the test needs no network. Named entities the DTD would declare read as HTML's.
        let started = Date()
        let document = try read("jats_http_dtd.xml")
        #expect(Date().timeIntervalSince(started) < 1)
        #expect(document.text == "DTD probe\n\nThe DTD is never fetched—an undeclared entity is read as the HTML character of that name.")
        #expect(document.warnings.isEmpty)
    }

    @Test func truncatedXMLIsRecoveredWithAWarning() throws {
        let document = try read("jats_truncated.xml")
        #expect(document.text == "Truncated Download\n\nIntroduction\n\nThe first paragraph arrived whole.\n\nThe second paragraph was cut off in the mid")
        #expect(document.warnings.count == 1)
        #expect(document.warnings.first?.hasPrefix("malformed XML recovered as far as libxml2 could: line ") == true)
    }

    @Test func unrecoverableXMLIsOneLineNamingTheFile() throws {
        do {
            _ = try read("jats_garbage.xml")
            Issue.record("garbage was read")
        } catch let error as DocumentError {
            #expect(error.description.hasPrefix(Fixtures.path("jats_garbage.xml") + ": not well-formed XML: line "))
            #expect(!error.description.contains("\n"))
        }
    }

    @Test func undeclaredLegacyEncodingIsDecoded() throws {
        var bytes = Array("<article><body><p>Bértola and Ocampo".utf8)
        bytes = bytes.flatMap { $0 == 0xC3 ? [UInt8]() : ($0 == 0xA9 ? [0xE9] : [$0]) }   // é as Windows-1252
        bytes += Array(" on Latin American dependency since independence, a long and contested history of the region.</p></body></article>".utf8)
        let document = try JATSReader().read(bytes: bytes, path: "cp1252.xml", context: .empty)
        #expect(document.text.hasPrefix("Bértola and Ocampo"))
        #expect(!document.warnings.isEmpty)
    }

    /// Issue 17: one safe libxml2 wrapper. Four parse sites with four sets of flags had drifted
    /// (one read through libxml2's global error state, one without NOCDATA); every parse now
    /// goes through SafeXML, so no libxml2 parse call may appear anywhere else in Sources/.
    @Test func everyLibxml2ParseGoesThroughSafeXML() throws {
        let sources = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
            .deletingLastPathComponent().deletingLastPathComponent().appendingPathComponent("Sources")
        let parseCalls = ["xmlReadMemory(", "xmlCtxtReadMemory(", "htmlReadMemory(", "htmlCtxtReadMemory(", "xmlReadFile(",
                          "xmlParseMemory(", "xmlInitParser("]
        var offenders = [String]()
        let files = FileManager.default.enumerator(atPath: sources.path)?.compactMap { $0 as? String } ?? []
        for file in files where file.hasSuffix(".swift") && !file.hasPrefix("BraudelXML/") {
            let text = try String(contentsOf: sources.appendingPathComponent(file), encoding: .utf8)
            offenders += parseCalls.filter { text.contains($0) }.map { "\(file): \($0)" }
        }
        #expect(files.contains("BraudelXML/SafeXML.swift"))
        #expect(offenders.isEmpty, "\(offenders)")
    }
}
