import BraudelText
import Foundation

/// Reads title, authors and year from the first lines of a plain-text document, the way a
/// PDF's first page or a copied web page sets them: page furniture and journal lines, the
/// title on one to four lines, the byline, the affiliation, the abstract. The lines are
/// classified (``HeadLine``), the title is chosen by its place above the byline
/// (``TitleSelection``) or, when the whole head is run together on one line, around the name
/// and affiliation (``InlineTitleBlock``); the year comes only from lines that date the work
/// (``PublicationYear``). Nothing is guessed when the shape is not there: prose at the top
/// gives no title.
enum TitleBlockParser {
    /// How many lines are looked at for the title block.
    static let scanLines = 40
    /// How much of a line is kept: a title-block line is short, but a page whose journal
    /// header, title, byline and affiliation run together puts them all on its first line.
    static let maxLineLength = 800

    /// Markers of journal, copyright and access lines, which sit above or around a title.
    static let furnitureMarkers = [
        "journal", "issn", "isbn", "doi:", "doi.org", "http", "www.", "©", "copyright",
        "downloaded", "all rights reserved", "working paper",
    ]

    /// Markers that count only before a number ("Vol. 9", "No. 2", "pp. 217"), since prose
    /// says "the first volume of".
    /// ABNT writes ", v. 8, n. 2, p. 55-61"; Spanish "núm. 3", German "Jg. 12, Heft 3", "Bd. 4".
    static let numberedMarkers = ["vol.", "vol ", "volume ", "no.", "n°", "nº", "pp.", "issue ", ", v.", ", n.", "núm.", "jg.",
                                  "heft ", "bd."]

    static func metadata(of text: String) -> DocumentMetadata {
        let raw = firstLines(of: text)
        let lines = HeadLine.head(raw)
        let head = Array(lines.prefix { $0.kind != .end })
        var metadata = DocumentMetadata()
        // A name made of words the document writes in lowercase is no person's.
        let common = CommonWordEvidence(text: String(decoding: text.utf8.prefix(commonWordSpan), as: UTF8.self))
        let rules = TitleSelection.select(head, common: common) ?? InlineTitleBlock.find(in: head) ?? TitleSelection.lowercaseFirstLine(head)
        let block = TitleEvidence.reconsider(rules, in: lines, head: head.count)
        metadata.title = block?.title
        metadata.authors = (block?.authors ?? []).filter { !PersonNames.isMadeOfOrdinaryWords($0, common) }
        metadata.year = PublicationYear.find(in: lines, excluding: block?.lines ?? [], header: block?.headerLine) ?? block?.year
        // The page's own suggested citation names the work outright: it outranks what the
        // layout suggests.
        if let cited = SelfCitation.find(in: raw) {
            metadata.title = cited.title
            metadata.authors = cited.authors
            metadata.year = metadata.year ?? cited.year
        } else if let title = metadata.title, metadata.authors.isEmpty || metadata.year == nil,
                  let cited = SelfCitation.repeating(title, in: raw) {
            // A repository record repeats the title in its citation line ("Moreno, Ana and Lee,
            // Jin (2020) The Title. Journal …"): that line's names and year are the work's.
            if metadata.authors.isEmpty { metadata.authors = cited.authors }
            metadata.year = metadata.year ?? cited.year
        }
        return metadata
    }

    /// How much of the text is read for the words it writes in lowercase: a name's ordinary
    /// words ("Relaciones Internacionales", "Personal Schedule") recur in the first pages.
    static let commonWordSpan = 100_000

    /// Metadata from tags or front matter completed from the document's own title block: a
    /// page without author or date tags still prints its byline and date under the title
    /// ("By Ana Moreno", "March 2004"). Authors are taken only when the title block's title is
    /// the known title (or none is known), so a byline of something else is never borrowed.
    static func completing(_ metadata: DocumentMetadata, from text: String) -> DocumentMetadata {
        guard metadata.title == nil || metadata.authors.isEmpty || metadata.year == nil else { return metadata }
        let block = self.metadata(of: text)
        var result = metadata
        if result.title == nil { result.title = block.title }
        let key = { (title: String?) in title.map(TitleBlockSeparator.comparisonKey) }
        if result.authors.isEmpty && key(block.title) == key(result.title) { result.authors = block.authors }
        if result.year == nil { result.year = block.year }
        return result
    }

    /// The first lines, trimmed, split at any line break or form feed; each cut to
    /// ``maxLineLength`` characters (only the start of a longer line can hold the title block).
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
                    if length == maxLineLength && kept < 0 { kept = end }
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
        // A journal line whose page range is missing ("University Review, May 2025, pp.").
        if lower.count >= 4, lower.suffix(3) == Array("pp.".utf8) { return true }
        return line.allSatisfy { $0.isNumber || $0 == " " || $0 == "-" }
    }
}
