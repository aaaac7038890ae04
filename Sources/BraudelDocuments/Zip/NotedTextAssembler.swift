import BraudelText

/// Assembles body paragraphs and notes into a document's cleaned text and sections, following
/// the conventions every reader shares: paragraphs separated by exactly "\n\n", whitespace
/// collapsed inside a paragraph, headings their own paragraphs and section boundaries, and
/// notes gathered under a "Notes" heading at the end — but before a closing reference list,
/// so the citation stage still finds "References" as the last section.
enum NotedTextAssembler {
    /// The text and sections of `body` with `notes` (one paragraph each) placed under "Notes".
    static func assemble(body: [TextBlock], notes: [String]) -> (text: String, sections: [DocumentSection]) {
        var blocks = body.compactMap { block -> TextBlock? in
            let text = WhitespaceCollapser.collapse(block.text)
            return text.isEmpty ? nil : TextBlock(text, isHeading: block.isHeading, startsSection: block.startsSection)
        }
        let noteBlocks = notes.map(WhitespaceCollapser.collapse).filter { !$0.isEmpty }.map { TextBlock($0) }
        if !noteBlocks.isEmpty {
            let insertion = referenceListStart(blocks) ?? blocks.count
            blocks.insert(contentsOf: [TextBlock("Notes", isHeading: true)] + noteBlocks, at: insertion)
        }
        return build(blocks)
    }

    /// The opening of the body (before any reference list, never the notes) as text, for the
    /// title-block parser: a note or reference entry is not a title block.
    static func frontMatter(of body: [TextBlock], limit: Int = 40) -> String {
        let end = referenceListStart(body) ?? body.count
        return body[..<end].prefix(limit).map { WhitespaceCollapser.collapse($0.text) }.filter { !$0.isEmpty }.joined(separator: "\n\n")
    }

    /// The index of the last heading naming a reference list, if only plain paragraphs follow it.
    static func referenceListStart(_ blocks: [TextBlock]) -> Int? {
        guard let index = blocks.lastIndex(where: { $0.isHeading && isReferenceHeading($0.text) }) else { return nil }
        let laterHeadings = blocks[(index + 1)...].contains { $0.isHeading }
        return laterHeadings ? nil : index
    }

    /// "References", "7. Bibliography", "WORKS CITED:", and — the readers mark headings —
    /// "Sources" or "Literature".
    static func isReferenceHeading(_ heading: String) -> Bool {
        ReferenceHeadings.isHeading(heading, marked: true)
    }

    /// Joins blocks into text, opening a section at each heading or explicit break. A text
    /// without any heading or break has no sections, as SectionedTextBuilder does.
    private static func build(_ blocks: [TextBlock]) -> (text: String, sections: [DocumentSection]) {
        var bytes = [UInt8]()
        bytes.reserveCapacity(blocks.reduce(0) { $0 + $1.text.utf8.count + 2 })
        var offset = 0
        var sections = [DocumentSection]()
        var open: (heading: String?, start: Int)?
        var hasBoundaries = false
        for block in blocks {
            if !bytes.isEmpty {
                bytes.append(0x0A)
                bytes.append(0x0A)
                offset += 2
            }
            if block.isHeading || block.startsSection || open == nil {
                if let current = open { sections.append(DocumentSection(heading: current.heading, start: current.start, end: max(current.start, offset - 2))) }
                open = (block.isHeading ? block.text : nil, offset)
                hasBoundaries = hasBoundaries || block.isHeading || block.startsSection
            }
            for byte in block.text.utf8 {
                bytes.append(byte)
                if !UTF8Bytes.isContinuation(byte) { offset += 1 }
            }
        }
        if let current = open { sections.append(DocumentSection(heading: current.heading, start: current.start, end: offset)) }
        return (String(decoding: bytes, as: UTF8.self), hasBoundaries ? sections : [])
    }
}
