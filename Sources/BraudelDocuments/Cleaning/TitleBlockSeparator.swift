import Foundation

/// Sets the title and byline of a PDF's first page apart from the text under them. pdftotext
/// often prints the whole title block as one block of lines (title on three lines, byline,
/// affiliation, "Abstract. This paper..."), which line shapes alone cannot split: the
/// second title line starts with "and the", the byline has no final period. When the title
/// already known from the document information or the title block is found among the first
/// lines, blank lines are set around them (the lines themselves stay, so a running header
/// repeating the title's first line is still recognized), and around the byline under them;
/// everything else is left as it was.
enum TitleBlockSeparator {
    /// How many leading lines are searched for the title.
    static let searchLines = 15
    /// The most lines a title is set on.
    static let maxTitleLines = 4

    /// `raw` with the title block separated, or `raw` unchanged when no title is found.
    static func separate(_ raw: String, titles: [String], authors: [String]) -> String {
        let keys = titles.map(comparisonKey).filter { $0.count >= 8 }
        guard !keys.isEmpty else { return raw }
        var head = [Substring]()
        var restStart = raw.endIndex
        var cursor = raw.startIndex
        // Only the first page, and only its first lines, are looked at.
        while cursor < raw.endIndex && head.count < searchLines + maxTitleLines + 2 {
            guard let end = raw[cursor...].firstIndex(where: { $0 == "\n" || $0 == "\u{0C}" }) else {
                head.append(raw[cursor...])
                cursor = raw.endIndex
                break
            }
            head.append(raw[cursor..<end])
            if raw[end] == "\u{0C}" { cursor = end; break }
            cursor = raw.index(after: end)
        }
        restStart = cursor
        guard let title = findTitle(head, keys: keys) else { return raw }
        var output = head[..<title.lowerBound].joined(separator: "\n")
        if !output.isEmpty { output += "\n\n" }
        output += head[title].joined(separator: "\n")
        output += "\n\n"
        var next = title.upperBound
        while next < head.count && head[next].allSatisfy(\.isWhitespace) { next += 1 }
        if next < head.count, let names = Bylines.parse(String(head[next])),
           authors.isEmpty || !Set(names).isDisjoint(with: authors) {
            output += head[next].trimmingCharacters(in: .whitespaces) + "\n\n"
            next += 1
        }
        output += head[next...].joined(separator: "\n")
        if restStart < raw.endIndex {
            if raw[restStart] != "\u{0C}" { output += "\n" }
            output += raw[restStart...]
        }
        return output
    }

    /// The lines whose joined text is one of the titles.
    private static func findTitle(_ lines: [Substring], keys: [String]) -> Range<Int>? {
        for start in 0..<min(lines.count, searchLines) where !lines[start].allSatisfy(\.isWhitespace) {
            var joined = ""
            for end in (start + 1)...min(lines.count, start + maxTitleLines) {
                joined += comparisonKey(String(lines[end - 1]))
                if keys.contains(joined) { return start..<end }
                if !keys.contains(where: { $0.hasPrefix(joined) }) { break }
            }
        }
        return nil
    }

    /// Letters and digits only, lowercased: line breaks, hyphens a PDF tool dropped or kept,
    /// and spacing do not matter.
    static func comparisonKey(_ text: String) -> String {
        // ASCII (most lines): the same letters and digits from the bytes, without case mapping
        // or scalar properties; the title evidence keys every head line.
        if text.utf8.allSatisfy({ $0 < 0x80 }) {
            return String(decoding: text.utf8.compactMap { byte -> UInt8? in
                switch byte {
                case 0x41...0x5A: byte + 0x20
                case 0x61...0x7A, 0x30...0x39: byte
                default: nil
                }
            }, as: UTF8.self)
        }
        return String(String.UnicodeScalarView(text.lowercased().unicodeScalars.filter {
            $0.properties.isAlphabetic || ($0.value >= 0x30 && $0.value <= 0x39)
        }))
    }
}
