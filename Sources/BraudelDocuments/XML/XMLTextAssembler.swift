import CLibXML2

/// Builds a document's text from XML text nodes: whitespace collapsed, one paragraph per block,
/// headings as section boundaries, and the scalar spans of marked inline elements (reference
/// callouts) and of whole paragraphs (reference entries), which ``SectionedTextBuilder`` alone
/// does not report.
struct XMLTextAssembler {
    private var builder = SectionedTextBuilder()
    /// Scalars in the text so far.
    private(set) var scalarCount = 0
    private var paragraph = [UInt8]()
    private var pendingSpace = false
    /// Counts flushed paragraphs, so a callout left open across a block boundary is dropped.
    private var paragraphNumber = 0
    private var openCallouts: [(targets: [String], byte: Int, paragraph: Int)] = []
    private var paragraphCallouts: [(targets: [String], start: Int, end: Int)] = []
    private(set) var callouts: [ReferenceCallout] = []

    /// Appends the text of a text node, collapsing XML whitespace runs to one space.
    mutating func appendText(_ content: UnsafePointer<xmlChar>) {
        var cursor = content
        while cursor.pointee != 0 {
            appendByte(cursor.pointee)
            cursor += 1
        }
    }

    /// Appends a Swift string as inline text.
    mutating func appendText(_ text: String) {
        for byte in text.utf8 { appendByte(byte) }
    }

    /// Inline whitespace (a line-break element).
    mutating func appendSpace() { pendingSpace = true }

    private mutating func appendByte(_ byte: UInt8) {
        if byte == 0x20 || byte == 0x09 || byte == 0x0A || byte == 0x0D {
            pendingSpace = true
            return
        }
        if pendingSpace && !paragraph.isEmpty { paragraph.append(0x20) }
        pendingSpace = false
        paragraph.append(byte)
    }

    /// Starts a callout at the next visible character.
    /// GROBID drops the space between adjacent callouts ("(Wallerstein 1974;</ref><ref>Emmanuel
    /// 1972)"); a callout right after a separator gets it back.
    mutating func beginCallout(targets: [String]) {
        if !pendingSpace, let last = paragraph.last, last == 0x3B || last == 0x2C { pendingSpace = true }   // ; ,
        let start = paragraph.count + (pendingSpace && !paragraph.isEmpty ? 1 : 0)
        openCallouts.append((targets, start, paragraphNumber))
    }

    /// Ends the innermost callout; it is kept when it has text and stayed within one paragraph.
    mutating func endCallout() {
        guard let open = openCallouts.popLast() else { return }
        guard open.paragraph == paragraphNumber, paragraph.count > open.byte else { return }
        paragraphCallouts.append((open.targets, open.byte, paragraph.count))
    }

    /// Ends the current paragraph; returns its scalar range in the text, nil when it was empty.
    @discardableResult
    mutating func endParagraph(isHeading: Bool = false) -> Range<Int>? {
        pendingSpace = false
        paragraphNumber += 1
        defer {
            paragraph.removeAll(keepingCapacity: true)
            paragraphCallouts.removeAll()
        }
        guard !paragraph.isEmpty else { return nil }
        let start = builder.isEmpty ? 0 : scalarCount + 2
        builder.appendParagraph(paragraph[...], isHeading: isHeading)
        for callout in paragraphCallouts {
            let from = start + UTF8Bytes.scalarCount(paragraph, 0..<callout.start)
            let to = from + UTF8Bytes.scalarCount(paragraph, callout.start..<callout.end)
            callouts.append(ReferenceCallout(targets: callout.targets, start: from, end: to))
        }
        scalarCount = start + UTF8Bytes.scalarCount(paragraph, 0..<paragraph.count)
        return start..<scalarCount
    }

    /// Appends a whole paragraph (its whitespace collapsed); returns its scalar range.
    @discardableResult
    mutating func appendParagraph(_ text: String, isHeading: Bool = false) -> Range<Int>? {
        endParagraph()
        appendText(text)
        return endParagraph(isHeading: isHeading)
    }

    /// The text and its sections.
    mutating func finish() -> (text: String, sections: [DocumentSection]) {
        endParagraph()
        return builder.finish()
    }
}
