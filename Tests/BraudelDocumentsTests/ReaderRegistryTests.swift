import Testing
@testable import BraudelDocuments

/// Reader choice and the errors of reading files.
@Suite struct ReaderRegistryTests {
    let registry = ReaderRegistry.standard

    @Test func readerByExtension() {
        #expect(registry.reader(forPath: "a/b/essay.txt", head: Array("Plain".utf8))?.format == .txt)
        #expect(registry.reader(forPath: "essay.TEXT", head: [])?.format == .txt)
        #expect(registry.reader(forPath: "notes.md", head: Array("# Title".utf8))?.format == .md)
        #expect(registry.reader(forPath: "notes.markdown", head: [])?.format == .md)
        #expect(registry.reader(forPath: "page.htm", head: [])?.format == .html)
        #expect(registry.reader(forPath: "page.xhtml", head: [])?.format == .html)
        #expect(registry.reader(forPath: "paper.docx", head: [])?.format == .docx)
        #expect(registry.reader(forPath: "book.epub", head: [])?.format == .epub)
        #expect(registry.reader(forPath: "paper.odt", head: [])?.format == .odt)
        #expect(registry.reader(forPath: "paper.pdf", head: [])?.format == .pdf)
        #expect(registry.reader(forPath: "article.nxml", head: [])?.format == .jats)
        #expect(registry.reader(forPath: "sheet.xlsx", head: []) == nil)
        #expect(registry.reader(forPath: "README", head: Array("text".utf8)) == nil)
    }

    @Test func contentSniffingWinsOverExtension() {
        #expect(registry.reader(forPath: "saved.txt", head: Array("  <!DOCTYPE html><html>".utf8))?.format == .html)
        #expect(registry.reader(forPath: "saved.md", head: Array("<?xml version=\"1.0\"?>\n<!-- c -->\n<HTML>".utf8))?.format == .html)
        #expect(registry.reader(forPath: "essay.txt", head: Array("An essay on <html> tags".utf8))?.format == .txt)
    }

    @Test func readsEachFixtureFormat() throws {
        let text = try registry.read(fileAt: Fixtures.path("pdf_extracted.txt"), maxBytes: 1 << 20, context: .empty)
        #expect(text.format == .txt)
        #expect(text.path.hasSuffix("pdf_extracted.txt"))
        let html = try registry.read(fileAt: Fixtures.path("html_as_text.txt"), maxBytes: 1 << 20, context: .empty)
        #expect(html.format == .html)
        #expect(html.text == "Saved as text\n\nHello world-system.")
        #expect(html.metadata.title == "Saved as text")
        let markdown = try registry.read(fileAt: Fixtures.path("frontmatter.md"), maxBytes: 1 << 20, context: .empty)
        #expect(markdown.format == .md)
    }

    @Test func errorsNameTheFileAndTheReason() throws {
        func failure(_ path: String, maxBytes: Int = 1 << 20) -> String {
            do {
                _ = try registry.read(fileAt: path, maxBytes: maxBytes, context: .empty)
                return "no error"
            } catch let error as DocumentError {
                return error.description
            } catch {
                return "unexpected \(error)"
            }
        }
        let missing = Fixtures.path("missing.txt")
        #expect(failure(missing) == "\(missing): cannot read: No such file or directory")
        #expect(failure(Fixtures.directory.path) == "\(Fixtures.directory.path): cannot read: is a directory")
        #expect(failure(Fixtures.path("empty.txt")) == "\(Fixtures.path("empty.txt")): empty file")
        #expect(failure(Fixtures.path("binary.txt")) == "\(Fixtures.path("binary.txt")): binary data, not text")
        let size = try Fixtures.bytes("pdf_extracted.txt").count
        #expect(failure(Fixtures.path("pdf_extracted.txt"), maxBytes: 100)
                == "\(Fixtures.path("pdf_extracted.txt")): \(size) bytes exceeds the limit of 100 bytes (--max-file-size)")
    }

    @Test func unknownExtensionIsUnsupported() throws {
        do {
            _ = try registry.read(fileAt: Fixtures.path("FixtureNotes.rtf"), maxBytes: 1 << 20, context: .empty)
            Issue.record("expected an error")
        } catch DocumentError.unsupported(let path) {
            #expect(path.hasSuffix("FixtureNotes.rtf"))
        }
    }
}
