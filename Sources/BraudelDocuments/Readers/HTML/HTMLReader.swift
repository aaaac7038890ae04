import BraudelXML
import CLibXML2
import Foundation

/// Reads HTML through libxml2's forgiving HTML parser, with network access off, and keeps the
/// main content's text. Metadata comes from citation_*, Dublin Core and Open Graph meta tags,
/// falling back to <title>.
public struct HTMLReader: DocumentReader {
    public let format = DocumentFormat.html
    static let extensions: Set<String> = ["html", "htm", "xhtml"]

    /// A reader with libxml2's safe defaults.
    public init() {}

    /// Claims `.html`/`.htm`/`.xhtml`, and any file whose first bytes are an HTML document
    /// (`<!DOCTYPE html` or `<html`), whatever its extension.
    public func accepts(pathExtension: String, head: [UInt8]) -> Bool {
        Self.extensions.contains(pathExtension.lowercased()) || Self.looksLikeHTML(head)
    }

    /// Whether the first markup in `head` opens an HTML document (after a BOM, whitespace, an
    /// XML declaration and comments). UTF-16 heads are read through their ASCII bytes.
    static func looksLikeHTML(_ head: [UInt8]) -> Bool {
        var bytes = head
        if bytes.starts(with: [0xFF, 0xFE]) || bytes.starts(with: [0xFE, 0xFF]) {
            bytes = bytes.dropFirst(2).filter { $0 != 0 }
        } else if bytes.starts(with: [0xEF, 0xBB, 0xBF]) {
            bytes.removeFirst(3)
        }
        // Most files are plain prose: when the first thing after ASCII whitespace is an ASCII
        // character other than "<", no markup opens the file (lowercasing the whole head first
        // cost about a million instructions per file).
        if let first = bytes.prefix(1024).first(where: { !(0x09...0x0D).contains($0) && $0 != 0x20 }),
           first < 0x80, first != 0x3C {
            return false
        }
        var text = Substring(String(decoding: bytes.prefix(1024), as: UTF8.self).lowercased())
        while true {
            text = text.drop { $0.isWhitespace }
            if text.hasPrefix("<?xml"), let end = text.firstRange(of: "?>") { text = text[end.upperBound...]; continue }
            if text.hasPrefix("<!--"), let end = text.firstRange(of: "-->") { text = text[end.upperBound...]; continue }
            break
        }
        return text.hasPrefix("<!doctype html") || text.hasPrefix("<html")
    }

    /// The bytes without their DOCTYPE declaration. The HTML parser ignores DTDs anyway (so an
    /// external DTD or entity is never loaded), but it does not understand an internal subset
    /// and would show "]>" and the subset as page text.
    static func withoutDoctype(_ bytes: [UInt8]) -> [UInt8] {
        var start = 0
        while start < bytes.count, bytes[start] == 0x20 || bytes[start] == 0x0A || bytes[start] == 0x0D || bytes[start] == 0x09 {
            start += 1
        }
        guard bytes.count - start > 9,
              UTF8Bytes.lowercasedASCII(bytes, start..<(start + 9)) == "<!doctype" else { return bytes }
        var cursor = start + 9
        var inSubset = false
        while cursor < bytes.count {
            let byte = bytes[cursor]
            if byte == 0x5B { inSubset = true }                   // [
            else if byte == 0x5D { inSubset = false }             // ]
            else if byte == 0x3E && !inSubset { return Array(bytes[(cursor + 1)...]) }  // >
            cursor += 1
        }
        return bytes
    }

    /// Decodes (declared charset honoured), parses with libxml2, keeps the main content's text.
    public func read(bytes: [UInt8], path: String, context: CleaningContext) throws -> Document {
        let decoded = HTMLCharset.decode(bytes)
        let document = try Self.parse(decoded.text, part: "the HTML", path: path)
        defer { xmlFreeDoc(document) }
        let outline = HTMLPageOutline(document: document)
        var text = "", sections = [DocumentSection]()
        if let root = outline.contentRoot {
            (text, sections) = HTMLTextExtractor.extract(from: root)
        } else if let root = xmlDocGetRootElement(document) {
            (text, sections) = HTMLTextExtractor.extract(from: root)
        }
        (text, sections) = Self.withTitle(outline.metadata.title, text: text, sections: sections)
        return Document(path: path, format: format, metadata: TitleBlockParser.completing(outline.metadata, from: text), text: text,
                        sections: sections, warnings: decoded.warnings)
    }

    /// Parses decoded HTML through ``SafeXML/parseHTML(_:)``; the caller frees
    /// the result with `xmlFreeDoc`. Shared by every reader of HTML (pages, EPUB chapters).
    static func parse(_ text: String, part: String, path: String) throws -> htmlDocPtr {
        let utf8 = withoutDoctype(Array(text.utf8))
        guard utf8.count <= SafeXML.maxInputBytes else { throw DocumentError.malformed(path: path, reason: "\(part) too large to parse") }
        guard let document = SafeXML.parseHTML(utf8) else { throw DocumentError.malformed(path: path, reason: "libxml2 could not parse \(part)") }
        return document
    }

    /// The page's title as the first paragraph when the content root left it out (an <h1> in a
    /// page header outside <article>): a title names the document's concepts too.
    static func withTitle(_ title: String?, text: String, sections: [DocumentSection]) -> (String, [DocumentSection]) {
        guard let title = title?.trimmingCharacters(in: .whitespacesAndNewlines), !title.isEmpty else { return (text, sections) }
        let head = text.prefix(title.count + 40).lowercased()
        if head.contains(title.lowercased().prefix(40)) { return (text, sections) }
        let shift = title.unicodeScalars.count + 2
        let moved = sections.map { DocumentSection(heading: $0.heading, start: $0.start + shift, end: $0.end + shift) }
        let heading = DocumentSection(heading: title, start: 0, end: shift)
        return (text.isEmpty ? title : title + "\n\n" + text, [heading] + moved)
    }
}
