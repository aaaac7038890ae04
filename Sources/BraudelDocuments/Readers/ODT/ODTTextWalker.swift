import CLibXML2
import Foundation

/// Walks the body of an OpenDocument text (content.xml's office:text) into paragraphs:
/// `text:h` and Title-styled `text:p` are headings, `text:p` paragraphs (also inside lists,
/// tables and frames), `text:s`/`text:tab`/`text:line-break` spaces; `text:note` bodies are
/// taken out as notes (their citation numbers dropped); tracked deletions, comments, and
/// generated tables of contents (which repeat the headings) are skipped.
struct ODTTextWalker {
    static let textNamespace = "urn:oasis:names:tc:opendocument:xmlns:text:1.0"
    static let officeNamespace = "urn:oasis:names:tc:opendocument:xmlns:office:1.0"
    /// text: elements whose content is not running text.
    static let skipped: Set<String> = [
        "note-citation", "tracked-changes", "sequence-decls", "variable-decls", "user-field-decls",
        "dde-connection-decls", "table-of-content", "illustration-index", "table-index", "object-index",
        "user-index", "index-title-template", "bibliography-configuration", "notes-configuration",
    ]

    /// Paragraph style names that are headings, resolved through automatic styles.
    let headingStyles: Set<String>
    private(set) var blocks: [TextBlock] = []
    private(set) var footnotes: [String] = []
    private(set) var endnotes: [String] = []
    private var paragraph = [UInt8]()
    private var headingStack: [Bool] = []

    init(headingStyles: Set<String>) {
        self.headingStyles = headingStyles
    }

    /// Paragraph styles that are headings: "Title", "Heading 1"… ("Heading_20_1" as ODF encodes
    /// spaces), and automatic styles (office:automatic-styles) whose parent is one of them.
    static func headingStyles(automaticStylesOf root: XMLPart.Node) -> Set<String> {
        var result = Set<String>()
        guard let automatic = XMLPart.child(root, "automatic-styles") else { return result }
        for style in XMLPart.children(automatic) where XMLPart.localName(style) == "style" {
            guard let name = XMLPart.attribute(style, "name"),
                  let parent = XMLPart.attribute(style, "parent-style-name"), isHeadingStyleName(parent) else { continue }
            result.insert(name)
        }
        return result
    }

    /// "Title", "Heading_20_1"…"Heading_20_6".
    static func isHeadingStyleName(_ name: String) -> Bool {
        DOCXStyles.isHeadingName(name.replacingOccurrences(of: "_20_", with: " "))
    }

    /// Walks everything below `root`.
    mutating func walk(_ root: XMLPart.Node) {
        HTMLTree.walk(children: root.pointee.children, of: UnsafeMutableRawPointer(root),
                      enter: { enter($0) }, leave: { leave($0) })
        flush(isHeading: headingStack.last ?? false)
    }

    private mutating func enter(_ node: XMLPart.Node) -> Bool {
        if let content = HTMLTree.textContent(node) {
            if !headingStack.isEmpty { XMLPart.appendBytes(of: content, to: &paragraph) }
            return false
        }
        guard let name = XMLPart.localName(node) else { return false }
        let namespace = XMLPart.namespace(node)
        if namespace == Self.officeNamespace { return name != "annotation" && name != "annotation-end" }
        guard namespace == Self.textNamespace else { return true }
        if Self.skipped.contains(name) { return false }
        switch name {
        case "h":
            flush(isHeading: headingStack.last ?? false)
            headingStack.append(true)
        case "p":
            flush(isHeading: headingStack.last ?? false)
            let style = XMLPart.attribute(node, "style-name") ?? ""
            headingStack.append(headingStyles.contains(style) || Self.isHeadingStyleName(style))
        case "s", "tab", "line-break": paragraph.append(0x20)
        case "note":
            takeNote(node)
            return false
        default: break
        }
        return true
    }

    private mutating func leave(_ node: XMLPart.Node) {
        guard let name = XMLPart.localName(node), name == "h" || name == "p",
              XMLPart.namespace(node) == Self.textNamespace else { return }
        flush(isHeading: headingStack.popLast() ?? false)
    }

    /// A note's body, read by its own walker, as one paragraph.
    private mutating func takeNote(_ note: XMLPart.Node) {
        guard let body = XMLPart.child(note, "note-body") else { return }
        var inner = ODTTextWalker(headingStyles: headingStyles)
        inner.walk(body)
        let text = WhitespaceCollapser.collapse(inner.blocks.map(\.text).joined(separator: " "))
        guard !text.isEmpty else { return }
        if XMLPart.attribute(note, "note-class") == "endnote" { endnotes.append(text) } else { footnotes.append(text) }
    }

    private mutating func flush(isHeading: Bool) {
        guard !paragraph.isEmpty else { return }
        blocks.append(TextBlock(String(decoding: paragraph, as: UTF8.self), isHeading: isHeading))
        paragraph.removeAll(keepingCapacity: true)
    }
}
