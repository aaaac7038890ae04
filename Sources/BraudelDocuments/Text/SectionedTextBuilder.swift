/// Assembles cleaned text paragraph by paragraph and records headings as section boundaries,
/// counting Unicode scalars as it goes so sections carry the offsets later stages use.
struct SectionedTextBuilder {
    private(set) var bytes: [UInt8] = []
    private var scalarCount = 0
    private var sections: [DocumentSection] = []
    private var openHeading: String?
    private var openStart = 0
    private var sectionOpen = false
    private var sawHeading = false

    init(reservingCapacity capacity: Int = 0) {
        bytes.reserveCapacity(capacity)
    }

    /// Whether nothing has been appended yet.
    var isEmpty: Bool { bytes.isEmpty }

    /// Appends one paragraph (already trimmed, without newlines). Empty paragraphs are skipped.
    mutating func appendParagraph(_ paragraph: ArraySlice<UInt8>, isHeading: Bool = false) {
        guard !paragraph.isEmpty else { return }
        if !bytes.isEmpty {
            bytes.append(0x0A)
            bytes.append(0x0A)
            scalarCount += 2
        }
        let start = scalarCount
        if isHeading || !sectionOpen {
            closeSection()
            sectionOpen = true
            openStart = start
            openHeading = isHeading ? String(decoding: paragraph, as: UTF8.self) : nil
            if isHeading { sawHeading = true }
        }
        bytes.append(contentsOf: paragraph)
        for byte in paragraph where !UTF8Bytes.isContinuation(byte) { scalarCount += 1 }
    }

    /// Appends a paragraph given as a String.
    mutating func appendParagraph(_ paragraph: String, isHeading: Bool = false) {
        appendParagraph(ArraySlice(Array(paragraph.utf8)), isHeading: isHeading)
    }

    private mutating func closeSection() {
        guard sectionOpen else { return }
        let end = max(openStart, bytes.isEmpty ? 0 : scalarCount - 2)
        sections.append(DocumentSection(heading: openHeading, start: openStart, end: end))
        sectionOpen = false
    }

    /// The text and its sections; no sections when the text had no headings at all.
    mutating func finish() -> (text: String, sections: [DocumentSection]) {
        if sectionOpen {
            sections.append(DocumentSection(heading: openHeading, start: openStart, end: scalarCount))
            sectionOpen = false
        }
        return (String(decoding: bytes, as: UTF8.self), sawHeading ? sections : [])
    }
}
