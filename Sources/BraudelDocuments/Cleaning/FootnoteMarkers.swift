/// Finds footnote markers glued to words by PDF extraction: `hegemony.12 The`, `system.”3 The`,
/// `(Arrighi 1994).7` at a line end, `hegemony¹²`, `hegemony,3 which`. A marker is 1–3 digits
/// right after a word and its punctuation, followed by whitespace and an uppercase letter or by
/// the line end, or by whitespace and a lowercase word when punctuation precedes the digits.
/// Years (four digits), page ranges and numbers inside citations (`1999: 45).`, `p.45`,
/// `Vol.9, No.2`) never match: they follow a digit, a space, or an abbreviation, or are
/// followed by something other than a new sentence. Digits that belong to the text are kept:
/// section numbers (`Section 4.2`, `II.3 The`) and label values (`Total Page:16`).
enum FootnoteMarkers {
    /// Abbreviations after which a glued number is a locator, not a note marker.
    static let locatorAbbreviations: Set<String> = [
        "no", "nos", "vol", "vols", "p", "pp", "ch", "chap", "fig", "figs", "sec", "art", "n", "nn",
        "para", "ed", "eds", "op", "cf", "ca", "c", "v", "vs", "ibid", "id", "tab", "eq", "app",
        "pt", "bk", "sect", "col", "cols", "ser", "fn", "note", "table", "figure", "chapter",
        "page", "pages", "section", "part", "line", "issue", "number", "volume", "total",
    ]

    /// The byte ranges of markers in `line` (a line's content, before joining).
    static func markers(_ bytes: [UInt8], _ line: Range<Int>) -> [Range<Int>] {
        var found = [Range<Int>]()
        var index = line.lowerBound
        while index < line.upperBound {
            let byte = bytes[index]
            if UTF8Bytes.isDigit(byte) && (index == line.lowerBound || !UTF8Bytes.isDigit(bytes[index - 1])) {
                var end = index
                while end < line.upperBound && UTF8Bytes.isDigit(bytes[end]) { end += 1 }
                if end - index <= 3, isMarker(bytes, index..<end, line: line, superscript: false) { found.append(index..<end) }
                index = end
                continue
            }
            if byte >= 0xC2, let end = superscriptRun(bytes, from: index, end: line.upperBound) {
                if isMarker(bytes, index..<end, line: line, superscript: true) { found.append(index..<end) }
                index = end
                continue
            }
            index += 1
        }
        return found
    }

    /// End of a run of superscript digits (¹²³⁰⁴–⁹) starting at `index`, if there is one.
    private static func superscriptRun(_ bytes: [UInt8], from index: Int, end: Int) -> Int? {
        var position = index
        while position < end {
            let (scalar, length) = UTF8Bytes.scalar(bytes, at: position, end: end)
            switch scalar.value {
            case 0xB9, 0xB2, 0xB3, 0x2070, 0x2074...0x2079: position += length
            default: return position > index ? position : nil
            }
        }
        return position > index ? position : nil
    }

    private static func isMarker(_ bytes: [UInt8], _ digits: Range<Int>, line: Range<Int>, superscript: Bool) -> Bool {
        let newSentence = followedByNewSentence(bytes, digits.upperBound, line: line)
        guard newSentence || followedByLowercaseWord(bytes, digits.upperBound, line: line) else { return false }
        // Walk back over up to three punctuation marks.
        var cursor = digits.lowerBound
        var punctuation = 0
        var sawClosingParen = false
        while cursor > line.lowerBound && punctuation < 3 {
            let (scalar, length) = UTF8Bytes.scalar(bytes, before: cursor, start: line.lowerBound)
            guard isMarkerPunctuation(scalar) else { break }
            if scalar == ")" || scalar == "]" { sawClosingParen = true }
            cursor -= length
            punctuation += 1
        }
        // Before a lowercase word the marker must follow punctuation even when superscript:
        // "km² of land" is a unit, "hegemony,³ which" a note.
        if punctuation == 0 && (!superscript || !newSentence) { return false }
        guard cursor > line.lowerBound else { return false }
        // "Total Page:16", "Pages:14": digits glued to a colon are the value of a label.
        if bytes[digits.lowerBound - 1] == 0x3A { return false }
        let before = UTF8Bytes.scalar(bytes, before: cursor, start: line.lowerBound).scalar
        // After a citation's closing parenthesis: "(Arrighi 1994).7".
        if !UTF8Bytes.isLetter(before) { return sawClosingParen }
        return !isLocatorWord(bytes, endingAt: cursor, lineStart: line.lowerBound)
    }

    private static func isMarkerPunctuation(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar {
        case ".", ",", ";", ":", "!", "?", ")", "]", "\"", "'", "\u{201D}", "\u{2019}": return true
        default: return false
        }
    }

    /// End of line, or whitespace and then an uppercase letter (possibly after an opening quote).
    private static func followedByNewSentence(_ bytes: [UInt8], _ index: Int, line: Range<Int>) -> Bool {
        if index == line.upperBound { return true }
        guard bytes[index] == 0x20 || bytes[index] == 0x09 else { return false }
        var cursor = index
        while cursor < line.upperBound && (bytes[cursor] == 0x20 || bytes[cursor] == 0x09) { cursor += 1 }
        guard cursor < line.upperBound else { return true }
        var (scalar, length) = UTF8Bytes.scalar(bytes, at: cursor, end: line.upperBound)
        if scalar == "\u{201C}" || scalar == "\"" || scalar == "\u{2018}" || scalar == "(" {
            guard cursor + length < line.upperBound else { return false }
            scalar = UTF8Bytes.scalar(bytes, at: cursor + length, end: line.upperBound).scalar
        }
        return UTF8Bytes.isUppercase(scalar)
    }

    /// Whitespace and then a lowercase letter: the sentence goes on after the note marker
    /// ("hegemony,3 which").
    private static func followedByLowercaseWord(_ bytes: [UInt8], _ index: Int, line: Range<Int>) -> Bool {
        guard index < line.upperBound, bytes[index] == 0x20 || bytes[index] == 0x09 else { return false }
        var cursor = index
        while cursor < line.upperBound && (bytes[cursor] == 0x20 || bytes[cursor] == 0x09) { cursor += 1 }
        guard cursor < line.upperBound else { return false }
        return UTF8Bytes.isLowercase(UTF8Bytes.scalar(bytes, at: cursor, end: line.upperBound).scalar)
    }

    /// Whether the word ending at `end` is a single letter (an initial), a locator
    /// abbreviation or label ("No", "Vol", "pp", "Section"), or a Roman numeral in capitals
    /// ("II.3", "IV.2": a section number, not a note).
    private static func isLocatorWord(_ bytes: [UInt8], endingAt end: Int, lineStart: Int) -> Bool {
        var start = end
        while start > lineStart {
            let (scalar, length) = UTF8Bytes.scalar(bytes, before: start, start: lineStart)
            guard UTF8Bytes.isLetter(scalar) else { break }
            start -= length
        }
        let word = UTF8Bytes.lowercasedASCII(bytes, start..<end)
        let roman = bytes[start..<end].allSatisfy { "IVXLC".utf8.contains($0) }
        return word.unicodeScalars.count < 2 || locatorAbbreviations.contains(word) || roman
    }
}
