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

/// The heading that opens a reference list.
enum ReferenceHeading {
    static let headings: Set<String> = [
        "references", "bibliography", "works cited", "literature cited", "notes and references",
        "references cited", "reference list", "cited references", "select bibliography",
        "selected bibliography", "bibliography and references", "sources and references",
    ]

    /// Where the entries start when `paragraph` is (or opens with a line that is) a
    /// reference heading: the paragraph's end, or the line after the heading.
    static func entriesStart(_ s: [Unicode.Scalar], _ paragraph: Range<Int>) -> Int? {
        var lineEnd = paragraph.lowerBound
        while lineEnd < paragraph.upperBound, s[lineEnd] != "\n", lineEnd - paragraph.lowerBound <= 48 { lineEnd += 1 }
        guard lineEnd == paragraph.upperBound || s[lineEnd] == "\n",
              isHeading(s, paragraph.lowerBound..<lineEnd) else { return nil }
        return lineEnd
    }

    private static func isHeading(_ s: [Unicode.Scalar], _ line: Range<Int>) -> Bool {
        var words: [String] = []
        var current = ""
        for scalar in s[line] {
            if CitationScalars.isLetter(scalar) {
                current.unicodeScalars.append(scalar)
            } else if !current.isEmpty {
                words.append(current.lowercased())
                current = ""
            }
            // Section numbers ("7.", "VII.") and a trailing colon are ignored.
        }
        if !current.isEmpty { words.append(current.lowercased()) }
        if let first = words.first, first.allSatisfy({ "ivxl".contains($0) }), words.count > 1 { words.removeFirst() }
        return headings.contains(words.joined(separator: " "))
    }
}
