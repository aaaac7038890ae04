import BraudelText

/// Paragraphs of cleaned text: stretches separated by blank lines, trimmed of whitespace.
enum Paragraphs {
    static func split(_ s: [Unicode.Scalar]) -> [Range<Int>] {
        var paragraphs: [Range<Int>] = []
        var start = 0
        var i = 0
        while i < s.count {
            if s[i] == "\n", CitationScalars.isParagraphBreak(s, at: i) {
                append(s, start..<i, to: &paragraphs)
                while i < s.count, CitationScalars.isSpace(s[i]) { i += 1 }
                start = i
                continue
            }
            i += 1
        }
        append(s, start..<s.count, to: &paragraphs)
        return paragraphs
    }

    private static func append(_ s: [Unicode.Scalar], _ range: Range<Int>, to paragraphs: inout [Range<Int>]) {
        let trimmed = trim(s, range)
        if !trimmed.isEmpty { paragraphs.append(trimmed) }
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
}
