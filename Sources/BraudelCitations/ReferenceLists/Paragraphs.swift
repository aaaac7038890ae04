import BraudelText

/// Paragraphs of cleaned text: stretches separated by blank lines, trimmed of whitespace.
enum Paragraphs {
    /// The paragraphs of a text given as its scalars, in one pass that holds none of them: a
    /// "\n" followed by spaces, tabs or returns and another "\n" ends a paragraph, and each
    /// paragraph is trimmed of ``CitationScalars/isSpace(_:)``.
    static func split<S: Sequence<Unicode.Scalar>>(_ scalars: S) -> [Range<Int>] {
        var paragraphs: [Range<Int>] = []
        var first: Int?
        var end = 0
        var newline = false
        for (i, scalar) in scalars.enumerated() {
            if scalar == "\n" {
                if newline {
                    if let start = first { paragraphs.append(start..<end) }
                    first = nil
                    newline = false
                    continue
                }
                newline = true
            } else if scalar != " " && scalar != "\t" && scalar != "\r" {
                newline = false
            }
            if !CitationScalars.isSpace(scalar) {
                if first == nil { first = i }
                end = i + 1
            }
        }
        if let start = first { paragraphs.append(start..<end) }
        return paragraphs
    }

    static func trim(_ s: [Unicode.Scalar], _ range: Range<Int>) -> Range<Int> {
        var lo = range.lowerBound
        var hi = range.upperBound
        while lo < hi, CitationScalars.isSpace(s[lo]) { lo += 1 }
        while hi > lo, CitationScalars.isSpace(s[hi - 1]) { hi -= 1 }
        return lo..<hi
    }
}

/// The heading that opens a reference list (the list itself is BraudelText's `ReferenceHeadings`).
enum ReferenceHeading {
    /// Where the entries start when `paragraph` is (or opens with a line that is) a
    /// reference heading: the paragraph's end, or the line after the heading.
    static func entriesStart(_ s: [Unicode.Scalar], _ paragraph: Range<Int>) -> Int? {
        var lineEnd = paragraph.lowerBound
        while lineEnd < paragraph.upperBound, s[lineEnd] != "\n", lineEnd - paragraph.lowerBound <= 48 { lineEnd += 1 }
        guard lineEnd == paragraph.upperBound || s[lineEnd] == "\n",
              ReferenceHeadings.isHeading(CitationScalars.string(s, paragraph.lowerBound..<lineEnd)) else { return nil }
        return lineEnd
    }

    /// ``entriesStart(_:_:)`` in a text addressed by scalar offsets: only the paragraph's
    /// first line (at most 50 characters) is decoded.
    static func entriesStart(_ text: ScalarText, _ paragraph: Range<Int>) -> Int? {
        let head = paragraph.lowerBound..<min(paragraph.upperBound, paragraph.lowerBound + 50)
        return entriesStart(text.scalars(in: head), 0..<head.count).map { $0 + paragraph.lowerBound }
    }
}
