/// Cleaned text and the sections its headings delimit.
public struct CleanedText: Sendable {
    /// Paragraphs separated by exactly "\n\n", no newline inside a paragraph.
    public var text: String
    /// Sections begun by the headings found; empty when none was found.
    public var sections: [DocumentSection]
}

/// Repairs text extracted from PDFs (and any plain text): puts back spaces extraction lost or
/// added (``ExtractionRepairs``), removes page numbers and running headers, rejoins lines into paragraphs, undoes typesetting hyphens by evidence, detaches
/// footnote markers, and normalizes whitespace. Curly quotes, dashes, ligatures and no-break
/// spaces are kept: display text keeps them, matching folds them later. Soft hyphens (U+00AD)
/// are removed: invisible in print, they only mark where a word may break, and at a line end
/// they join the two halves of the word. No-break spaces count as spaces where lines are
/// trimmed and joined.
///
/// Linear in the input: each pass walks the lines once, and the hyphenation evidence is one
/// scan of the words.
public enum PDFTextCleaner {
    /// The cleaned text of `raw`.
    public static func clean(_ raw: String, context: CleaningContext) -> String {
        cleanDocument(raw, context: context).text
    }

    /// The cleaned text of `raw` with the sections its headings begin.
    public static func cleanDocument(_ raw: String, context: CleaningContext) -> CleanedText {
        let bytes = ExtractionRepairs.repair(Array(raw.utf8))
        let lines = SourceLineSplitter.split(bytes)
        let roles = PageArtifactDetector.roles(of: lines, in: bytes)
        let planned = ParagraphPlanner(bytes: bytes, lines: lines, roles: roles).plan()
        let resolver = HyphenationResolver(breaks: hyphenBreaks(planned, lines, bytes), text: bytes, context: context)

        var builder = SectionedTextBuilder(reservingCapacity: bytes.count)
        var paragraph = [UInt8]()
        var heading = false
        var previousRange: Range<Int>?
        for item in planned {
            let range = lines[item.line].range
            if item.startsParagraph {
                flush(&paragraph, heading: heading, into: &builder)
                heading = item.isHeading
            } else if let previousRange {
                switch LineJoiner.joint(bytes, previousRange, range, resolver: resolver, context: context) {
                case .space: paragraph.append(0x20)
                case .direct: break
                case .dropHyphen(let length):
                    // A soft hyphen was never copied (see `append`): nothing to take back.
                    if LineJoiner.trailingHyphen(bytes, previousRange)?.soft != true {
                        paragraph.removeLast(min(length, paragraph.count))
                    }
                }
            }
            append(bytes, range, repairMarkers: !item.inList && !heading, to: &paragraph)
            previousRange = range
        }
        flush(&paragraph, heading: heading, into: &builder)
        let (text, sections) = builder.finish()
        return CleanedText(text: text, sections: sections)
    }

    /// The words broken by line-end hyphens inside paragraphs: the evidence pass needs them all.
    private static func hyphenBreaks(_ planned: [PlannedLine], _ lines: [SourceLine], _ bytes: [UInt8]) -> Set<HyphenBreak> {
        var breaks = Set<HyphenBreak>()
        for index in planned.indices.dropFirst() where !planned[index].startsParagraph {
            let first = lines[planned[index - 1].line].range, second = lines[planned[index].line].range
            if let item = LineJoiner.hyphenBreak(bytes, first, second) { breaks.insert(item) }
        }
        return breaks
    }

    /// Copies a line's content, leaving out footnote markers and soft hyphens (U+00AD, an
    /// invisible hyphenation point, which would split the word for search), and collapsing runs
    /// of spaces. A no-break space is kept as written, but spaces next to it collapse into it.
    private static func append(_ bytes: [UInt8], _ range: Range<Int>, repairMarkers: Bool, to paragraph: inout [UInt8]) {
        let markers = repairMarkers ? FootnoteMarkers.markers(bytes, range) : []
        var nextMarker = 0
        var index = range.lowerBound
        while index < range.upperBound {
            if nextMarker < markers.count && index == markers[nextMarker].lowerBound {
                index = markers[nextMarker].upperBound
                nextMarker += 1
                continue
            }
            let byte = bytes[index]
            if byte == 0xC2 && index + 1 < range.upperBound && (bytes[index + 1] == 0xAD || bytes[index + 1] == 0xA0) {
                if bytes[index + 1] == 0xA0 {
                    if paragraph.last == 0x20 { paragraph.removeLast() }
                    if !endsWithNoBreakSpace(paragraph) { paragraph.append(contentsOf: [0xC2, 0xA0]) }
                }
                index += 2
                continue
            }
            if UTF8Bytes.isBlank(byte) {
                if let last = paragraph.last, last != 0x20, !endsWithNoBreakSpace(paragraph) { paragraph.append(0x20) }
            } else {
                paragraph.append(byte)
            }
            index += 1
        }
    }

    private static func endsWithNoBreakSpace(_ paragraph: [UInt8]) -> Bool {
        paragraph.count >= 2 && paragraph[paragraph.count - 1] == 0xA0 && paragraph[paragraph.count - 2] == 0xC2
    }

    private static func flush(_ paragraph: inout [UInt8], heading: Bool, into builder: inout SectionedTextBuilder) {
        while paragraph.last == 0x20 { paragraph.removeLast() }
        builder.appendParagraph(paragraph[...], isHeading: heading)
        paragraph.removeAll(keepingCapacity: true)
    }
}
