/// One line of extracted text, as byte offsets into the document, with its surroundings trimmed.
struct SourceLine {
    /// First byte of the content (after leading spaces, tabs and no-break spaces).
    var start: Int
    /// End of the content (trailing whitespace excluded).
    var end: Int
    /// Width of the leading whitespace in columns (a tab counts 4).
    var indent: Int
    /// Length of the content in scalars.
    var length: Int
    /// Whether a form feed (a PDF page break) came right before this line.
    var pageBreakBefore: Bool

    var isBlank: Bool { start == end }
    var range: Range<Int> { start..<end }
}

/// Splits text into ``SourceLine``s in one pass: LF, CRLF and CR end lines; a form feed ends a
/// line too and marks the next one as starting a page (it is a page break, not a paragraph
/// break, because sentences run on across pages).
enum SourceLineSplitter {
    static func split(_ bytes: [UInt8]) -> [SourceLine] {
        var lines = [SourceLine]()
        lines.reserveCapacity(bytes.count / 60 + 1)
        var lineStart = 0
        var pageBreak = false
        var index = 0
        let count = bytes.count
        while index < count {
            let byte = bytes[index]
            if byte == 0x0A || byte == 0x0D || byte == 0x0C {
                if byte != 0x0C || index > lineStart {
                    lines.append(makeLine(bytes, lineStart, index, pageBreakBefore: pageBreak))
                    pageBreak = false
                }
                if byte == 0x0C { pageBreak = true }
                if byte == 0x0D && index + 1 < count && bytes[index + 1] == 0x0A { index += 1 }
                lineStart = index + 1
            }
            index += 1
        }
        if lineStart < count { lines.append(makeLine(bytes, lineStart, count, pageBreakBefore: pageBreak)) }
        return lines
    }

    private static func makeLine(_ bytes: [UInt8], _ lineStart: Int, _ lineEnd: Int, pageBreakBefore: Bool) -> SourceLine {
        var start = lineStart
        var indent = 0
        while start < lineEnd {
            let byte = bytes[start]
            if byte == 0x20 || byte == 0x0B { indent += 1; start += 1 }
            else if byte == 0x09 { indent += 4; start += 1 }
            else if byte == 0xC2 && start + 1 < lineEnd && bytes[start + 1] == 0xA0 { indent += 1; start += 2 }
            else { break }
        }
        var end = lineEnd
        while end > start {
            let byte = bytes[end - 1]
            if byte == 0x20 || byte == 0x09 || byte == 0x0B { end -= 1 }
            else if byte == 0xA0 && end - 2 >= start && bytes[end - 2] == 0xC2 { end -= 2 }
            else { break }
        }
        return SourceLine(start: start, end: end, indent: indent,
                          length: UTF8Bytes.scalarCount(bytes, start..<end), pageBreakBefore: pageBreakBefore)
    }
}
