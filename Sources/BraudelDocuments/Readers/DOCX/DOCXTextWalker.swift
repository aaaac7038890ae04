import CLibXML2

/// Walks WordprocessingML (the body of word/document.xml, or one footnote) into paragraphs.
/// Only `w:t` holds text; tabs and line breaks inside a paragraph become spaces; deleted
/// revisions, field instructions (citation-manager codes, TOC switches), property blocks and
/// the fallback copy of alternate content are skipped; footnote and endnote references leave
/// no marker in the text and are recorded in order so notes can be numbered by appearance.
struct DOCXTextWalker {
    /// WordprocessingML namespaces: transitional and strict OOXML.
    static let namespaces: Set<String> = [
        "http://schemas.openxmlformats.org/wordprocessingml/2006/main",
        "http://purl.oclc.org/ooxml/wordprocessingml/main",
    ]
    static let markupCompatibility = "http://schemas.openxmlformats.org/markup-compatibility/2006"
    /// Elements whose content is never displayed text.
    static let skipped: Set<String> = [
        "pPr", "rPr", "sectPr", "tblPr", "trPr", "tcPr", "tblGrid", "del", "moveFrom", "delText",
        "instrText", "delInstrText", "sdtPr", "sdtEndPr", "footnoteRef", "endnoteRef", "commentReference",
        "annotationRef", "separator", "continuationSeparator",
    ]

    let styles: DOCXStyles
    private(set) var blocks: [TextBlock] = []
    /// Ids of `w:footnoteReference` / `w:endnoteReference`, in order of appearance.
    private(set) var footnoteReferences: [String] = []
    private(set) var endnoteReferences: [String] = []
    private var paragraph = [UInt8]()
    private var headingStack: [Bool] = []

    init(styles: DOCXStyles) {
        self.styles = styles
    }

    /// Walks everything below `root`.
    mutating func walk(_ root: XMLPart.Node) {
        HTMLTree.walk(children: root.pointee.children, of: UnsafeMutableRawPointer(root),
                      enter: { enter($0) }, leave: { leave($0) })
        flush(isHeading: headingStack.last ?? false)
    }

    private mutating func enter(_ node: XMLPart.Node) -> Bool {
        guard let name = XMLPart.localName(node) else { return false }
        let namespace = XMLPart.namespace(node)
        if namespace == Self.markupCompatibility { return name != "Fallback" }
        guard let namespace, Self.namespaces.contains(namespace) else { return true }
        if Self.skipped.contains(name) { return false }
        switch name {
        case "p":
            flush(isHeading: headingStack.last ?? false)
            headingStack.append(isHeadingParagraph(node))
        case "t":
            appendText(of: node)
            return false
        case "tab", "ptab", "br", "cr": paragraph.append(0x20)
        case "noBreakHyphen": paragraph.append(0x2D)
        case "footnoteReference": if let id = XMLPart.attribute(node, "id") { footnoteReferences.append(id) }
        case "endnoteReference": if let id = XMLPart.attribute(node, "id") { endnoteReferences.append(id) }
        default: break
        }
        return true
    }

    private mutating func leave(_ node: XMLPart.Node) {
        guard XMLPart.localName(node) == "p", let namespace = XMLPart.namespace(node), Self.namespaces.contains(namespace) else { return }
        flush(isHeading: headingStack.popLast() ?? false)
    }

    /// A paragraph is a heading by its style or its own outline level.
    private func isHeadingParagraph(_ node: XMLPart.Node) -> Bool {
        guard let properties = XMLPart.child(node, "pPr") else { return false }
        let style = XMLPart.child(properties, "pStyle").flatMap { XMLPart.attribute($0, "val") }
        let level = XMLPart.child(properties, "outlineLvl").flatMap { XMLPart.attribute($0, "val") }
        return styles.isHeading(styleId: style, outlineLevel: level)
    }

    private mutating func appendText(of node: XMLPart.Node) {
        var child = node.pointee.children
        while let current = child {
            if let content = HTMLTree.textContent(current) { XMLPart.appendBytes(of: content, to: &paragraph) }
            child = current.pointee.next
        }
    }

    private mutating func flush(isHeading: Bool) {
        guard !paragraph.isEmpty else { return }
        blocks.append(TextBlock(String(decoding: paragraph, as: UTF8.self), isHeading: isHeading))
        paragraph.removeAll(keepingCapacity: true)
    }
}
