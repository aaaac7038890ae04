import CLibXML2

/// Turns the content element of an HTML tree into paragraphs: block elements end paragraphs,
/// inline whitespace collapses to single spaces, headings become section boundaries, and page
/// chrome (navigation, scripts, forms, asides) is skipped.
struct HTMLTextExtractor {
    static let blockElements: Set<String> = [
        "address", "article", "blockquote", "body", "br", "caption", "center", "dd", "details", "dialog",
        "div", "dl", "dt", "fieldset", "figcaption", "figure", "h1", "h2", "h3", "h4", "h5", "h6",
        "hgroup", "hr", "html", "legend", "li", "main", "menu", "ol", "p", "pre", "section", "summary",
        "table", "tbody", "tfoot", "thead", "tr", "ul", "dir",
    ]
    static let headingElements: Set<String> = ["h1", "h2", "h3", "h4", "h5", "h6"]

    private var builder = SectionedTextBuilder()
    private var paragraph = [UInt8]()
    private var pendingSpace = false
    private var headingDepth = 0
    private var articleDepth = 0

    /// The text below `root` and its sections.
    static func extract(from root: HTMLTree.Node) -> (text: String, sections: [DocumentSection]) {
        var extractor = HTMLTextExtractor()
        extractor.visit(root)
        extractor.flush()
        return extractor.builder.finish()
    }

    private mutating func visit(_ root: HTMLTree.Node) {
        guard enter(root) else { return }
        HTMLTree.walk(children: root.pointee.children, of: UnsafeMutableRawPointer(root),
                      enter: { enter($0) }, leave: { leave($0) })
        leave(root)
    }

    private mutating func enter(_ node: HTMLTree.Node) -> Bool {
        if let content = HTMLTree.textContent(node) {
            appendText(content)
            return false
        }
        guard let name = HTMLTree.elementName(node) else { return false }
        // An article's own header carries its title and byline: keep it.
        if HTMLPageOutline.droppedElements.contains(name) && !(name == "header" && articleDepth > 0) { return false }
        if name == "article" { articleDepth += 1 }
        if name == "td" || name == "th" { pendingSpace = true }
        if Self.headingElements.contains(name) {
            flush()
            headingDepth += 1
        } else if Self.blockElements.contains(name) {
            flush()
        }
        return true
    }

    private mutating func leave(_ node: HTMLTree.Node) {
        guard let name = HTMLTree.elementName(node) else { return }
        if name == "article" { articleDepth -= 1 }
        if Self.headingElements.contains(name) {
            flush()
            headingDepth -= 1
        } else if Self.blockElements.contains(name) {
            flush()
        }
    }

    /// Appends a text node's bytes, collapsing HTML whitespace to one space.
    private mutating func appendText(_ content: UnsafeMutablePointer<xmlChar>) {
        var cursor = content
        while cursor.pointee != 0 {
            let byte = cursor.pointee
            if byte == 0x20 || byte == 0x09 || byte == 0x0A || byte == 0x0D || byte == 0x0C {
                pendingSpace = true
            } else {
                if pendingSpace && !paragraph.isEmpty { paragraph.append(0x20) }
                pendingSpace = false
                paragraph.append(byte)
            }
            cursor += 1
        }
    }

    /// Ends the current paragraph. Inside a heading, inner blocks do not split it.
    private mutating func flush() {
        pendingSpace = false
        if headingDepth > 1 || (headingDepth == 1 && paragraph.isEmpty) { return }
        var start = 0, end = paragraph.count
        while start < end, isEdgeSpace(at: start, forward: true) { start += paragraph[start] == 0x20 ? 1 : 2 }
        while end > start, isEdgeSpace(at: end, forward: false) { end -= paragraph[end - 1] == 0x20 ? 1 : 2 }
        builder.appendParagraph(paragraph[start..<end], isHeading: headingDepth > 0)
        paragraph.removeAll(keepingCapacity: true)
    }

    /// A space or a no-break space (C2 A0) starting at `index` (forward) or ending there.
    private func isEdgeSpace(at index: Int, forward: Bool) -> Bool {
        if forward {
            return paragraph[index] == 0x20 || (index + 1 < paragraph.count && paragraph[index] == 0xC2 && paragraph[index + 1] == 0xA0)
        }
        return paragraph[index - 1] == 0x20 || (index >= 2 && paragraph[index - 2] == 0xC2 && paragraph[index - 1] == 0xA0)
    }
}
