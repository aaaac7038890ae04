import CLibXML2
import Foundation

/// Reads one XHTML document of an EPUB spine with the HTML reader's machinery (libxml2's
/// forgiving HTML parser, network off, the same content-root choice and paragraph extraction),
/// after taking the notes out: note bodies (EPUB `epub:type` footnote/endnote/rearnote, ARIA
/// `doc-footnote`/`doc-endnotes`, pandoc's `footnotes` class) become separate note paragraphs,
/// and note reference markers are dropped from the running text, as in the DOCX reader.
enum EPUBChapterExtractor {
    static let noteTypes: Set<String> = ["footnote", "footnotes", "endnote", "endnotes", "rearnote", "rearnotes",
                                         "doc-footnote", "doc-endnote", "doc-endnotes"]
    static let noteClasses: Set<String> = ["footnotes", "footnote", "endnotes"]
    static let referenceTypes: Set<String> = ["noteref", "doc-noteref"]
    static let referenceClasses: Set<String> = ["footnote-ref", "noteref"]
    static let backlinkTypes: Set<String> = ["backlink", "doc-backlink"]
    static let backlinkClasses: Set<String> = ["footnote-back"]

    /// The chapter's paragraphs (the first opening a section) and its notes.
    static func extract(_ bytes: [UInt8], part: String, path: String) throws -> (blocks: [TextBlock], notes: [String]) {
        let document = try HTMLReader.parse(HTMLCharset.decode(bytes).text, part: part, path: path)
        defer { xmlFreeDoc(document) }
        let notes = takeNotes(from: document)
        let outline = HTMLPageOutline(document: document)
        guard let root = outline.contentRoot ?? xmlDocGetRootElement(document) else { return ([], notes) }
        let (text, sections) = HTMLTextExtractor.extract(from: root)
        return (blocks(of: text, sections: sections), notes)
    }

    /// Extracted text back into blocks: paragraphs split at "\n\n", headings marked where a
    /// section with a heading starts.
    static func blocks(of text: String, sections: [DocumentSection]) -> [TextBlock] {
        let headingStarts = Set(sections.filter { $0.heading != nil }.map(\.start))
        var blocks = [TextBlock]()
        var offset = 0
        for paragraph in text.components(separatedBy: "\n\n") {
            blocks.append(TextBlock(paragraph, isHeading: headingStarts.contains(offset), startsSection: blocks.isEmpty))
            offset += paragraph.unicodeScalars.count + 2
        }
        return blocks.filter { !$0.text.isEmpty }
    }

    /// Unlinks note bodies and note markers from the tree; returns the notes' texts in order.
    private static func takeNotes(from document: htmlDocPtr) -> [String] {
        var containers = [HTMLTree.Node]()
        var markers = [HTMLTree.Node]()
        HTMLTree.walk(children: document.pointee.children, of: UnsafeMutableRawPointer(document), enter: { node in
            guard HTMLTree.elementName(node) != nil else { return false }
            if has(node, types: noteTypes, classes: noteClasses) { containers.append(node); return false }
            if has(node, types: referenceTypes, classes: referenceClasses) { markers.append(node); return false }
            return true
        }, leave: { _ in })
        let notes = containers.flatMap { noteItems(in: $0).map(noteText).filter { !$0.isEmpty } }
        for node in containers + markers {
            xmlUnlinkNode(node)
            xmlFreeNode(node)
        }
        return notes
    }

    /// The single notes inside a container: nested note elements, else list items, else itself.
    private static func noteItems(in container: HTMLTree.Node) -> [HTMLTree.Node] {
        var nested = [HTMLTree.Node](), items = [HTMLTree.Node]()
        HTMLTree.walk(children: container.pointee.children, of: UnsafeMutableRawPointer(container), enter: { node in
            guard let name = HTMLTree.elementName(node) else { return false }
            if has(node, types: noteTypes, classes: []) { nested.append(node); return false }
            if name == "li" { items.append(node); return false }
            return true
        }, leave: { _ in })
        return nested.isEmpty ? (items.isEmpty ? [container] : items) : nested
    }

    /// A note's text without its back-link ("↩︎") or leading number link.
    private static func noteText(_ note: HTMLTree.Node) -> String {
        var bytes = [UInt8]()
        HTMLTree.walk(children: note.pointee.children, of: UnsafeMutableRawPointer(note), enter: { node in
            if let content = HTMLTree.textContent(node) {
                XMLPart.appendBytes(of: content, to: &bytes)
                return false
            }
            guard let name = HTMLTree.elementName(node), name != "script", name != "style" else { return false }
            if HTMLTextExtractor.blockElements.contains(name) { bytes.append(0x20) }
            if name == "a", isNumberLink(node), bytes.allSatisfy({ $0 == 0x20 }) { return false }
            return !has(node, types: backlinkTypes, classes: backlinkClasses)
        }, leave: { _ in })
        return WhitespaceCollapser.collapse(String(decoding: bytes, as: UTF8.self))
    }

    /// A link back to the callout that only repeats the note's number ("1", "iv", "*").
    private static func isNumberLink(_ node: HTMLTree.Node) -> Bool {
        guard HTMLTree.attribute(node, "href")?.contains("#") == true else { return false }
        let label = HTMLTree.collectedText(node).trimmingCharacters(in: CharacterSet(charactersIn: "[]().: "))
        return !label.isEmpty && label.count <= 4 && label.allSatisfy { $0.isNumber || "ivxlcIVXLC*†‡§".contains($0) }
    }

    /// Whether `node`'s epub:type or role has one of `types`, or its class one of `classes`.
    private static func has(_ node: HTMLTree.Node, types: Set<String>, classes: Set<String>) -> Bool {
        for attribute in ["epub:type", "role"] {
            if let value = HTMLTree.attribute(node, attribute), value.split(separator: " ").contains(where: { types.contains($0.lowercased()) }) {
                return true
            }
        }
        guard !classes.isEmpty, let value = HTMLTree.attribute(node, "class") else { return false }
        return value.split(separator: " ").contains { classes.contains($0.lowercased()) }
    }
}
