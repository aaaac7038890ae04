/// Shape tests on single lines of extracted text: does it end a sentence, look like a heading,
/// start in lowercase. Each looks at a few scalars at the ends, or one pass over a short line.
enum LineShapes {
    /// Closing quotes and brackets that may follow sentence-final punctuation: `end.”` `end.)`
    static func isCloser(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar {
        case "\"", "'", ")", "]", "\u{201D}", "\u{2019}", "\u{00BB}", "*": return true
        default: return false
        }
    }

    /// Whether the line ends with . ? ! or … (possibly followed by closing quotes or brackets).
    static func endsSentence(_ bytes: [UInt8], _ range: Range<Int>) -> Bool {
        var end = range.upperBound
        var steps = 0
        while end > range.lowerBound && steps < 4 {
            let (scalar, length) = UTF8Bytes.scalar(bytes, before: end, start: range.lowerBound)
            switch scalar {
            case ".", "?", "!", "\u{2026}": return true
            default:
                guard isCloser(scalar) else { return false }
            }
            end -= length
            steps += 1
        }
        return false
    }

    /// The first scalar of the line.
    static func firstScalar(_ bytes: [UInt8], _ range: Range<Int>) -> Unicode.Scalar? {
        range.isEmpty ? nil : UTF8Bytes.scalar(bytes, at: range.lowerBound, end: range.upperBound).scalar
    }

    /// The last scalar of the line.
    static func lastScalar(_ bytes: [UInt8], _ range: Range<Int>) -> Unicode.Scalar? {
        range.isEmpty ? nil : UTF8Bytes.scalar(bytes, before: range.upperBound, start: range.lowerBound).scalar
    }

    /// Whether the line begins with a lowercase letter, the mark of a continued sentence.
    static func startsLowercase(_ bytes: [UInt8], _ range: Range<Int>) -> Bool {
        guard let first = firstScalar(bytes, range) else { return false }
        return UTF8Bytes.isLowercase(first)
    }

    /// Short words a Title Case heading leaves in lowercase.
    static let minorWords: Set<String> = [
        "a", "an", "the", "and", "or", "nor", "but", "of", "in", "on", "at", "to", "by", "for", "from",
        "with", "as", "into", "onto", "upon", "via", "vs", "vs.", "versus", "its", "their", "de", "la",
        "le", "du", "des", "der", "van", "von", "y", "e", "than", "within", "without", "between",
        "toward", "towards", "after", "before", "over", "under", "is", "are", "be",
    ]

    /// Whether a line is shaped like a heading: at most 60 characters, no final period, comma,
    /// semicolon, colon or hyphen, and numbered ("2. The Semiperiphery", "IV. Hegemony"),
    /// ALL CAPS, or Title Case.
    static func isHeadingLike(_ bytes: [UInt8], _ line: SourceLine) -> Bool {
        guard line.length <= 60, let last = lastScalar(bytes, line.range) else { return false }
        switch last {
        case ".", ",", ";", ":", "-", "\u{2013}", "\u{2014}": return false
        default: break
        }
        let text = String(decoding: bytes[line.range], as: UTF8.self)
        let words = text.split(separator: " ", omittingEmptySubsequences: true)
        guard !words.isEmpty, words.count <= 12 else { return false }
        if let rest = numberedRemainder(words) {
            guard let first = rest.first?.unicodeScalars.first else { return false }
            return UTF8Bytes.isUppercase(first)
        }
        return isAllCaps(text) || isTitleCase(words)
    }

    /// The words after a section number ("2.", "2.1", "IV.") if the line starts with one.
    static func numberedRemainder(_ words: [Substring]) -> ArraySlice<Substring>? {
        guard words.count >= 2 else { return nil }
        let head = words[0]
        let digitsAndDots = head.allSatisfy { $0.isASCII && ($0.isNumber || $0 == ".") }
        if digitsAndDots && head.first?.isNumber == true && head.count <= 8 { return words[1...] }
        let roman = head.hasSuffix(".") ? head.dropLast() : head[...]
        if head.hasSuffix("."), !roman.isEmpty, roman.count <= 5,
           roman.allSatisfy({ "IVXL".contains($0) }) { return words[1...] }
        return nil
    }

    /// Every letter uppercase, and at least three of them.
    static func isAllCaps(_ text: String) -> Bool {
        var letters = 0
        for scalar in text.unicodeScalars where UTF8Bytes.isLetter(scalar) {
            if !UTF8Bytes.isUppercase(scalar) { return false }
            letters += 1
        }
        return letters >= 3
    }

    /// The first word and every word that is not a minor word begin with a capital or a digit.
    static func isTitleCase(_ words: [Substring]) -> Bool {
        var significant = 0
        for (position, word) in words.enumerated() {
            let trimmed = word.drop { !$0.isLetter && !$0.isNumber }
            guard let first = trimmed.unicodeScalars.first else { continue }
            if first.properties.numericType != nil { significant += 1; continue }
            let bare = trimmed.lowercased()
            if position > 0 && minorWords.contains(bare) { continue }
            guard UTF8Bytes.isUppercase(first) else { return false }
            significant += 1
        }
        return significant >= 1
    }

    /// The lowercased heading text without a leading section number or a trailing colon.
    static func headingKeyword(_ bytes: [UInt8], _ line: SourceLine) -> String? {
        guard line.length <= 40, !line.isBlank else { return nil }
        // Cheap rejection first: section labels start with a capital or a number and do not
        // end with a period or a comma.
        let first = bytes[line.start], last = bytes[line.end - 1]
        guard (first >= 0x41 && first <= 0x5A) || UTF8Bytes.isDigit(first) || first == 0x5B,
              last != 0x2E, last != 0x2C, last != 0x3B else { return nil }
        var text = String(decoding: bytes[line.range], as: UTF8.self).lowercased()
        if text.hasSuffix(":") { text.removeLast() }
        let words = text.split(separator: " ")
        if let rest = numberedRemainder(words.map { Substring($0.uppercased()) }) {
            text = words.suffix(rest.count).joined(separator: " ")
        }
        return text
    }

    /// Labels that open a block of the first page on the same line as its text.
    static let blockLabels = ["abstract", "keywords", "key words", "summary", "jel classification", "résumé"]

    /// Whether the line opens with a block label and its punctuation: "Abstract. This paper",
    /// "ABSTRACT: We", "Keywords: hegemony". Prose ("Summary statistics show") does not.
    static func startsLabeledBlock(_ bytes: [UInt8], _ range: Range<Int>) -> Bool {
        guard let first = firstScalar(bytes, range), UTF8Bytes.isUppercase(first) else { return false }
        let head = String(decoding: bytes[range.lowerBound..<min(range.upperBound, range.lowerBound + 24)], as: UTF8.self).lowercased()
        for label in blockLabels where head.hasPrefix(label) {
            guard let next = head.dropFirst(label.count).unicodeScalars.first else { return true }
            return next == "." || next == ":" || next == "\u{2014}" || next == "\u{2013}"
        }
        return false
    }

    /// Headings after which lines are numbered notes.
    static let noteHeadings: Set<String> = ["notes", "endnotes", "footnotes"]

    /// Headings that end a bibliography or a notes list.
    static let backMatterHeadings: Set<String> = [
        "appendix", "appendices", "acknowledgments", "acknowledgements", "about the author",
        "about the authors", "tables", "figures", "biographical note", "biographical notes",
        "author biography", "index",
    ]
}
