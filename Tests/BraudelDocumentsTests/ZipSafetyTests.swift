import Foundation
import Testing
@testable import BraudelDocuments

/// Hostile and broken containers: each fails with one DocumentError line naming the file, or
/// reads without leaking anything from outside the archive.
@Suite struct ZipSafetyTests {
    static let formats = ZipSampleTests.formats

    func sample(_ name: String) throws -> [UInt8] {
        Array(try Data(contentsOf: Self.formats.appendingPathComponent(name)))
    }

    /// The error `body` throws, as its one-line description.
    func failure(_ body: () throws -> Document) -> String? {
        do {
            _ = try body()
            return nil
        } catch let error as DocumentError {
            guard case .malformed = error else { return "unexpected case: \(error)" }
            return error.description
        } catch {
            return "not a DocumentError: \(error)"
        }
    }

    func expectOneLine(_ message: String?, naming path: String, containing reason: String) {
        #expect(message != nil)
        guard let message else { return }
        #expect(message.hasPrefix(path + ": "))
        #expect(!message.contains("\n"))
        #expect(message.contains(reason), "\(message)")
    }

    @Test func truncatedDocxAndEpub() throws {
        for (name, reader) in [("semiperipheral-industrialization.docx", DOCXReader() as any DocumentReader),
                               ("cycles-of-hegemony.epub", EPUBReader()), ("upper-nile-incorporation.odt", ODTReader())] {
            let bytes = try sample(name)
            let half = Array(bytes.prefix(bytes.count / 2))
            expectOneLine(failure { try reader.read(bytes: half, path: "cut-\(name)", context: .empty) },
                          naming: "cut-\(name)", containing: "truncated")
            // Through the registry too: content sniffing still routes it to the reader.
            #expect(ReaderRegistry(readers: [reader]).reader(forPath: "x", head: Array(half.prefix(1024)))?.format == reader.format)
        }
    }

    @Test func notAZipAtAll() {
        expectOneLine(failure { try DOCXReader().read(bytes: Array("plain words".utf8), path: "fake.docx", context: .empty) },
                      naming: "fake.docx", containing: "not a ZIP archive")
    }

    @Test func zipWithoutWordDocument() throws {
        let bytes = try ZipFixtureBuilder.zip([ZipFixtureBuilder.entry("notes/readme.txt", "hello")])
        #expect(DOCXReader().accepts(pathExtension: "docx", head: Array(bytes.prefix(1024))))
        expectOneLine(failure { try DOCXReader().read(bytes: bytes, path: "plain.docx", context: .empty) },
                      naming: "plain.docx", containing: "not a Word document: no word/document.xml")
        let registry = ReaderRegistry(readers: [EPUBReader(), ODTReader(), DOCXReader()] + ReaderRegistry.standard.readers)
        #expect(throws: DocumentError.self) { try registry.read(bytes: bytes, path: "plain.docx", context: .empty) }
    }

    /// Issue 18, failure 1: a central directory pointing a local header (or an entry's data) past
    /// the end of the file made ZIPFoundation trap and end the run; now it is one error line.
    @Test(arguments: [(42, UInt32(0x7FFF_FFF0)), (42, UInt32(0xFFFF_FFF0)), (20, UInt32(0x7FFF_0000))])
    func directoryPointingPastTheEndIsRefused(field: Int, value: UInt32) throws {
        for (name, reader) in [("semiperipheral-industrialization.docx", DOCXReader() as any DocumentReader),
                               ("cycles-of-hegemony.epub", EPUBReader()), ("upper-nile-incorporation.odt", ODTReader())] {
            let patched = ZipFixtureBuilder.patchingCentralDirectory(try sample(name), field: field, value: value)
            expectOneLine(failure { try reader.read(bytes: patched, path: "bad-\(name)", context: .empty) },
                          naming: "bad-\(name)", containing: "damaged or truncated ZIP archive")
        }
    }

    @Test func zipBombRefusedOnDeclaredRatio() throws {
        let zeros = [UInt8](repeating: 0x20, count: 8 << 20)   // 8 MB of spaces deflate about 1000:1
        let bytes = try ZipFixtureBuilder.zip([ZipFixtureBuilder.entry("[Content_Types].xml", "<Types/>"),
                                               ZipFixtureBuilder.Entry(name: "word/document.xml", bytes: zeros)])
        #expect(bytes.count < 100_000)
        let start = Date()
        expectOneLine(failure { try DOCXReader().read(bytes: bytes, path: "bomb.docx", context: .empty) },
                      naming: "bomb.docx", containing: "zip bomb")
        #expect(Date().timeIntervalSince(start) < 1)
    }

    @Test func zipBombRefusedWhileExtractingWhenSizesLie() throws {
        let spaces = [UInt8](repeating: 0x20, count: 4 << 20)
        let honest = try ZipFixtureBuilder.zip([ZipFixtureBuilder.entry("[Content_Types].xml", "<Types/>"),
                                                ZipFixtureBuilder.Entry(name: "word/document.xml", bytes: spaces)])
        let lying = ZipFixtureBuilder.lyingAboutSizes(honest, declared: 1000)
        expectOneLine(failure { try DOCXReader().read(bytes: lying, path: "liar.docx", context: .empty) },
                      naming: "liar.docx", containing: "beyond its declared size")
    }

    @Test func totalBudgetCapsAllEntries() throws {
        let paragraph = String(repeating: "<w:p><w:r><w:t>Core and periphery.</w:t></w:r></w:p>", count: 2000)
        let bytes = try ZipFixtureBuilder.docx(body: paragraph, extra: [ZipFixtureBuilder.entry("word/footnotes.xml",
            "<w:footnotes xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\">\(paragraph)</w:footnotes>")])
        let tight = ZipSafetyLimits(maxTotalBytes: 150_000, minimumBudget: 0)
        #expect(try DOCXReader().read(bytes: bytes, path: "ok.docx", context: .empty).text.hasPrefix("Core and periphery."))
        expectOneLine(failure { try DOCXReader(limits: tight).read(bytes: bytes, path: "big.docx", context: .empty) },
                      naming: "big.docx", containing: "expansion budget")
        #expect(ZipSafetyLimits.standard.budget(forArchiveOf: 10_000) == 1 << 20)
        #expect(ZipSafetyLimits.standard.budget(forArchiveOf: 100_000) == 10_000_000)
        #expect(ZipSafetyLimits.standard.budget(forArchiveOf: 50 << 20) == 200 << 20)
    }

    /// An EPUB whose spine points above the archive root, at an entry literally named so.
    static func escapingEPUB(spineHref: String, withChapter: Bool) throws -> [UInt8] {
        let chapter = "<html><body><h1>Real Chapter</h1><p>The semiperiphery is a structural position.</p></body></html>"
        var manifest = "<item id=\"evil\" href=\"\(spineHref)\" media-type=\"application/xhtml+xml\"/>"
        var spine = "<itemref idref=\"evil\"/>"
        if withChapter {
            manifest += "<item id=\"c1\" href=\"c1.xhtml\" media-type=\"application/xhtml+xml\"/>"
            spine += "<itemref idref=\"c1\"/>"
        }
        return try ZipFixtureBuilder.zip([
            ZipFixtureBuilder.entry("mimetype", "application/epub+zip", deflate: false),
            ZipFixtureBuilder.entry("META-INF/container.xml", """
            <container xmlns="urn:oasis:names:tc:opendocument:xmlns:container"><rootfiles>\
            <rootfile full-path="OPS/book.opf" media-type="application/oebps-package+xml"/></rootfiles></container>
            """),
            ZipFixtureBuilder.entry("OPS/book.opf", """
            <package xmlns="http://www.idpf.org/2007/opf" version="2.0"><metadata xmlns:dc="http://purl.org/dc/elements/1.1/">\
            <dc:title>Escape Test</dc:title></metadata><manifest>\(manifest)</manifest><spine>\(spine)</spine></package>
            """),
            ZipFixtureBuilder.entry("OPS/c1.xhtml", chapter),
            ZipFixtureBuilder.entry("../../etc/passwd", "<html><body><p>root:x:0:0:SECRET</p></body></html>"),
            ZipFixtureBuilder.entry("etc/passwd", "<html><body><p>root:x:0:0:SECRET</p></body></html>"),
        ])
    }

    @Test func epubSpineEscapingTheArchiveIsIgnored() throws {
        for href in ["../../etc/passwd", "../../../etc/passwd", "/etc/passwd", "file:///etc/passwd"] {
            let bytes = try Self.escapingEPUB(spineHref: href, withChapter: true)
            let document = try EPUBReader().read(bytes: bytes, path: "escape.epub", context: .empty)
            #expect(!document.text.contains("SECRET"))
            #expect(!document.text.contains("root:"))
            #expect(document.text.contains("The semiperiphery is a structural position."))
            #expect(document.warnings.contains { $0.contains("points outside the archive") })
            let alone = try Self.escapingEPUB(spineHref: href, withChapter: false)
            expectOneLine(failure { try EPUBReader().read(bytes: alone, path: "escape.epub", context: .empty) },
                          naming: "escape.epub", containing: "no readable document")
        }
    }

    @Test func xxeInWordDocumentDoesNotLeak() throws {
        let prefix = """
        <?xml version="1.0"?><!DOCTYPE w:document [<!ENTITY xxe SYSTEM "file:///etc/passwd"><!ENTITY net SYSTEM "http://127.0.0.1:9/x">]>
        """
        let bytes = try ZipFixtureBuilder.docx(body: "<w:p><w:r><w:t>Before &xxe; after &net; end.</w:t></w:r></w:p>", documentPrefix: prefix)
        let document = try DOCXReader().read(bytes: bytes, path: "xxe.docx", context: .empty)
        #expect(!document.text.contains("root:"))
        #expect(document.text.hasPrefix("Before"))
        #expect(document.text.hasSuffix("end."))
    }

    @Test func billionLaughsDoNotExpand() throws {
        var entities = "<!ENTITY lol0 \"lol\">"
        for level in 1...9 { entities += "<!ENTITY lol\(level) \"" + String(repeating: "&lol\(level - 1);", count: 10) + "\">" }
        let prefix = "<?xml version=\"1.0\"?><!DOCTYPE w:document [\(entities)]>"
        let bytes = try ZipFixtureBuilder.docx(body: "<w:p><w:r><w:t>Laugh &lol9; done.</w:t></w:r></w:p>", documentPrefix: prefix)
        let start = Date()
        let outcome = Result { try DOCXReader().read(bytes: bytes, path: "lol.docx", context: .empty) }
        #expect(Date().timeIntervalSince(start) < 2)
        switch outcome {
        case .success(let document):
            #expect(!document.text.contains("lollol"))
            #expect(document.text.count < 100)
        case .failure(let error):
            #expect(error is DocumentError)
            #expect(!"\(error)".contains("\n"))
        }
    }

    @Test func archivePathsStayInside() {
        #expect(ArchivePath.resolve("../Text/ch1.xhtml#p3", against: "OEBPS/xhtml/") == "OEBPS/Text/ch1.xhtml")
        #expect(ArchivePath.resolve("ch%201.xhtml", against: "OPS/") == "OPS/ch 1.xhtml")
        #expect(ArchivePath.resolve("./a/./b.xhtml", against: "") == "a/b.xhtml")
        #expect(ArchivePath.resolve("../../etc/passwd", against: "OPS/") == nil)
        #expect(ArchivePath.resolve("/etc/passwd", against: "OPS/") == nil)
        #expect(ArchivePath.resolve("C:\\Windows\\win.ini", against: "") == nil)
        #expect(ArchivePath.resolve("http://example.org/x.xhtml", against: "") == nil)
        #expect(ArchivePath.isUnsafeEntryName("../x"))
        #expect(!ArchivePath.isUnsafeEntryName("word/document.xml"))
    }
}
