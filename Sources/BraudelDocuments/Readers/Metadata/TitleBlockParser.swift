import Foundation

/// Reads title, authors and year from the first lines of a plain-text document, the way a
/// PDF's first page sets them: journal line, title on one to three lines, byline, abstract.
/// Nothing is guessed when the shape is not there: prose at the top gives no title.
enum TitleBlockParser {
    /// How many lines are looked at for the title block.
    static let scanLines = 40
    /// How many non-empty lines are searched for the year.
    static let yearLines = 15

    /// Markers of journal, copyright and access lines, which sit above or around a title.
    static let furnitureMarkers = [
        "journal", "issn", "isbn", "doi:", "doi.org", "http", "www.", "©", "copyright",
        "downloaded", "all rights reserved", "working paper",
    ]

    /// Markers that count only before a number ("Vol. 9", "No. 2", "pp. 217"), since prose
    /// says "the first volume of".
    static let numberedMarkers = ["vol.", "vol ", "volume ", "no.", "pp.", "issue "]

    /// Words that date a line when they open it or label it ("Published: ...", "Received 2 May
    /// 2002; accepted ..."), not when prose uses them ("In 1974 Wallerstein published ...").
    static let dateMarkers = ["published", "received", "accepted", "date", "issue", "revised", "first published"]

    /// Months and seasons, which date a line when they stand right before a year.
    static let periods: Set<String> = [
        "january", "february", "march", "april", "may", "june", "july", "august", "september",
        "october", "november", "december", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep",
        "sept", "oct", "nov", "dec", "spring", "summer", "fall", "autumn", "winter",
    ]

    static func metadata(of text: String) -> DocumentMetadata {
        let lines = firstLines(of: text)
        var metadata = DocumentMetadata()
        var titleRange = 0..<0
        if let (title, range) = title(in: lines) {
            metadata.title = title
            titleRange = range
            metadata.authors = authors(after: range.upperBound, in: lines)
        }
        metadata.year = year(in: lines, excluding: titleRange)
        return metadata
    }

    /// The first lines, trimmed, split at any line break or form feed; each cut to 400
    /// characters (a title-block line is short; a longer one is prose and only its start matters).
    private static func firstLines(of text: String) -> [String] {
        var text = text
        return text.withUTF8 { firstLines(of: $0) }
    }

    /// Works on the UTF-8 bytes: line breaks are ASCII, so a byte scan finds them, and only
    /// the kept part of a line is decoded (walking scalars to the end of every paragraph-long
    /// line cost millions of instructions per document).
    private static func firstLines(of bytes: UnsafeBufferPointer<UInt8>) -> [String] {
        var lines = [String]()
        var index = 0
        while index < bytes.count && lines.count < scanLines {
            var end = index
            var kept = -1
            var length = 0
            while end < bytes.count, !isLineBreak(Unicode.Scalar(bytes[end])) {
                if !UTF8Bytes.isContinuation(bytes[end]) {
                    if length == 400 && kept < 0 { kept = end }
                    length += 1
                }
                end += 1
            }
            if kept < 0 { kept = end }
            let line = String(decoding: UnsafeBufferPointer(rebasing: bytes[index..<kept]), as: UTF8.self)
            lines.append(trimmed(Substring(line).unicodeScalars))
            guard end < bytes.count else { break }
            let breakByte = bytes[end]
            index = end + 1
            if breakByte == 0x0D, index < bytes.count, bytes[index] == 0x0A { index += 1 }
        }
        return lines
    }

    private static func isLineBreak(_ scalar: Unicode.Scalar) -> Bool {
        scalar == "\n" || scalar == "\r" || scalar == "\u{0C}"
    }

    private static func trimmed(_ line: Substring.UnicodeScalarView) -> String {
        var start = line.startIndex, end = line.endIndex
        while start < end, line[start].properties.isWhitespace { start = line.index(after: start) }
        while end > start, line[line.index(before: end)].properties.isWhitespace { end = line.index(before: end) }
        // Copied as UTF-8 in one go (rebuilding a scalar view appended scalar by scalar).
        return String(line[start..<end])
    }

    static func isFurniture(_ line: String) -> Bool {
        // Byte search: Foundation's String.contains costs microseconds per call, and this runs
        // on every line of every title block.
        let lower = Array(line.lowercased().utf8)
        if furnitureMarkers.contains(where: { UTF8Bytes.find($0, in: lower, from: 0) != nil }) { return true }
        for marker in numberedMarkers {
            var from = 0
            while let found = UTF8Bytes.find(marker, in: lower, from: from) {
                var after = found + marker.utf8.count
                while after < lower.count && lower[after] == 0x20 { after += 1 }
                if after < lower.count && UTF8Bytes.isDigit(lower[after]) { return true }
                from = found + 1
            }
        }
        return line.allSatisfy { $0.isNumber || $0 == " " || $0 == "-" }
    }

    /// The title and the line range it spans.
    private static func title(in lines: [String]) -> (String, Range<Int>)? {
        var start = 0
        while start < lines.count && (lines[start].isEmpty || isFurniture(lines[start])) { start += 1 }
        var end = start
        while end < lines.count && !lines[end].isEmpty && end - start < 4 {
            if end > start && (PersonNames.parseByline(lines[end]) != nil || isFurniture(lines[end])) { break }
            end += 1
        }
        let block = Array(lines[start..<end])
        guard (1...3).contains(block.count), isTitleShaped(block) else { return nil }
        var title = ""
        for line in block {
            if title.hasSuffix("-") { title += line }
            else { title += (title.isEmpty ? "" : " ") + line }
        }
        title = String(title.unicodeScalars.reversed().drop { "*†‡¹²³⁴⁵⁶⁷⁸⁹⁰ ".unicodeScalars.contains($0) }.reversed()
            .map(Character.init))
        return title.isEmpty ? nil : (title, start..<end)
    }

    /// Short lines, no final period or comma, starting with a capital, a digit or a quote; not a
    /// section label such as "Abstract"; not wrapped prose (several long lines).
    private static func isTitleShaped(_ block: [String]) -> Bool {
        guard block.allSatisfy({ $0.count <= 150 }), block.reduce(0, { $0 + $1.count }) <= 250 else { return false }
        guard let last = block.last?.last, !".,;:".contains(last) else { return false }
        guard let first = block.first?.unicodeScalars.first,
              UTF8Bytes.isUppercase(first) || first.properties.numericType != nil || "\"“‘'".unicodeScalars.contains(first)
        else { return false }
        let label = block[0].lowercased()
        if ["abstract", "introduction", "contents", "table of contents", "preface"].contains(label) { return false }
        if block.count >= 2 && block.allSatisfy({ $0.count >= 70 }) { return false }
        return true
    }

    /// The byline right under the title (or after one blank line).
    private static func authors(after index: Int, in lines: [String]) -> [String] {
        var cursor = index
        if cursor < lines.count && lines[cursor].isEmpty { cursor += 1 }
        guard cursor < lines.count else { return [] }
        return PersonNames.parseByline(lines[cursor]) ?? []
    }

    /// A year 1900–2099 in the first lines: from a journal, copyright or date line first, else
    /// from a short line of its own ("March 2004"); never from the title or from prose.
    private static func year(in lines: [String], excluding title: Range<Int>) -> Int? {
        var candidates = [String]()
        // A date or journal line is short; a long line is a paragraph and is never searched.
        for (index, line) in lines.enumerated() where !line.isEmpty && line.utf8.count <= 400 && !title.contains(index) {
            guard candidates.count < yearLines else { break }
            candidates.append(line)
        }
        // The signal (several lowercasings and searches per line) is only worked out for a line
        // that would give a year: the answer is the same, at a fraction of the cost.
        for line in candidates where isShort(line, 160) {
            if let year = YearFinder.firstYear(in: line, range: 1900...2099), hasDateSignal(line) { return year }
        }
        for line in candidates where isShort(line, 40) {
            if let year = YearFinder.firstYear(in: line, range: 1900...2099) { return year }
        }
        return nil
    }

    /// `line.count <= limit`, without counting characters when the bytes already settle it.
    private static func isShort(_ line: String, _ limit: Int) -> Bool {
        line.utf8.count <= limit || line.count <= limit
    }

    /// A journal, copyright or date line: furniture, a date label, or a month before a year.
    private static func hasDateSignal(_ line: String) -> Bool {
        let lower = Array(line.lowercased().utf8)
        return isFurniture(line) || dateMarkers.contains(where: {
            lower.starts(with: $0.utf8) || UTF8Bytes.find($0 + ":", in: lower, from: 0) != nil
        })
            || isDatedByPeriod(line.lowercased())
    }

    /// "March 2004", "Spring 2003", "12 May 1999", "October 3, 2001".
    private static func isDatedByPeriod(_ lower: String) -> Bool {
        let words = lower.split { $0 == " " || $0 == "," || $0 == "(" || $0 == ")" }
        for (index, word) in words.enumerated() where word.count == 4 && word.allSatisfy(\.isNumber) {
            let before = words[max(0, index - 2)..<index].map { $0.trimmingCharacters(in: .punctuationCharacters) }
            if before.contains(where: periods.contains) { return true }
        }
        return false
    }
}
