/// Recognizes footnotes set at the foot of a page or column in PDF-extracted lines, so that
/// the paragraph they interrupt is joined again and the notes stay paragraphs of their own.
///
/// The evidence is the numbering, not the look (extracted text carries no font size): a note is
/// a line starting with the number of the next note due (`1. The classic…`, `2 See…`), notes
/// running 1, 2, 3… through the document, whose marker was already met in the body (`return.1
/// This`, `hegemony³`, found by ``FootnoteMarkers``). The note runs on over the following lines
/// until a blank line, a page break or page furniture, or the next note. A numbered list in the
/// body is not taken for notes unless its numbers are exactly the notes due and their markers
/// were met; endnotes under a Notes heading are the planner's own (its notes mode).
struct PageFootnotes {
    private let bytes: [UInt8]
    /// The number of the next note due.
    private(set) var expected = 1
    /// Note markers met in the body since the start.
    private var markers = Set<Int>()
    /// Whether the previous text line belonged to a note.
    private(set) var inNote = false

    init(bytes: [UInt8]) {
        self.bytes = bytes
    }

    /// What `line` is: the start of a note, a note's continuation, or body text (whose markers
    /// are then recorded). `broken` says a blank line, page break or furniture came before it.
    mutating func classify(_ line: SourceLine, broken: Bool) -> Kind {
        if startsExpectedNote(line) {
            expected += 1
            inNote = true
            return .noteStart
        }
        if inNote && !broken && !line.pageBreakBefore { return .noteContinuation }
        inNote = false
        for marker in FootnoteMarkers.markers(bytes, line.range) {
            if let value = Self.value(String(decoding: bytes[marker], as: UTF8.self)) { markers.insert(value) }
        }
        return .body
    }

    /// Ends a note: a heading or a mode change (references, endnotes) came.
    mutating func endNote() { inNote = false }

    enum Kind { case body, noteStart, noteContinuation }

    /// The line begins with the number of the note due, then `.`, `)` or nothing, a space and a
    /// capital letter (or an opening quote or bracket), and that note's marker was met.
    private func startsExpectedNote(_ line: SourceLine) -> Bool {
        guard markers.contains(expected) else { return false }
        let digits = Array(String(expected).utf8)
        var index = line.start
        guard line.end - index > digits.count + 2, Array(bytes[index..<(index + digits.count)]) == digits else { return false }
        index += digits.count
        if bytes[index] == 0x2E || bytes[index] == 0x29 { index += 1 }
        guard index < line.end, bytes[index] == 0x20 else { return false }
        index += 1
        let first = UTF8Bytes.scalar(bytes, at: index, end: line.end).scalar
        return first.properties.isUppercase || "\"“‘([".unicodeScalars.contains(first)
    }

    /// The number written by ASCII or superscript digits.
    private static func value(_ text: String) -> Int? {
        var value = 0
        for scalar in text.unicodeScalars {
            guard let digit = scalar.properties.numericValue, digit >= 0, digit < 10, digit == digit.rounded() else { return nil }
            value = value * 10 + Int(digit)
        }
        return text.isEmpty ? nil : value
    }
}
