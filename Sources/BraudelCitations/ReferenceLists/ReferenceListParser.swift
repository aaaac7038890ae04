import BraudelText
/// Finds a document's reference list and parses its entries.
public enum ReferenceListParser {
    /// Finds the reference section (heading line References / Bibliography / Works Cited / Literature Cited / Notes and References, case-insensitive, alone in its paragraph) and parses one entry per paragraph (paragraphs are separated by "\n\n" in cleaned text). Returns entries and the scalar range of the whole section (heading to end of last entry) or nil.
    public static func parse(_ scalars: [Unicode.Scalar]) -> (entries: [ReferenceEntry], section: Range<Int>?) {
        let paragraphs = Paragraphs.split(scalars)
        // The last heading wins: a table of contents or a running text mention comes earlier.
        guard let headingIndex = paragraphs.lastIndex(where: { ReferenceHeading.entriesStart(scalars, $0) != nil }),
              let afterHeading = ReferenceHeading.entriesStart(scalars, paragraphs[headingIndex]) else {
            return ([], nil)
        }
        let heading = paragraphs[headingIndex]
        var candidates: [Range<Int>] = []
        let rest = Paragraphs.trim(scalars, afterHeading..<heading.upperBound)
        if !rest.isEmpty { candidates.append(rest) }
        candidates.append(contentsOf: paragraphs[(headingIndex + 1)...])
        let entries = parseEntries(scalars, candidates)
        let sectionEnd = entries.last?.end ?? unparsedListEnd(scalars, candidates) ?? heading.upperBound
        return (entries, heading.lowerBound..<sectionEnd)
    }

    /// The end of the entries after a heading when none parsed (ABNT puts the year last:
    /// "ARRIGHI, G. A ilusão do desenvolvimento. Petrópolis: Vozes, 1997."): the paragraphs
    /// that open with a surname and a comma are still the list, not text to tag.
    private static func unparsedListEnd(_ s: [Unicode.Scalar], _ candidates: [Range<Int>]) -> Int? {
        var end: Int?
        for paragraph in candidates {
            var j = paragraph.lowerBound
            guard j < paragraph.upperBound, ScalarClass.isUpper(s[j]) else { break }
            while j < paragraph.upperBound, j - paragraph.lowerBound < 40, s[j] != ",", s[j] != "\n" {
                guard s[j].properties.isAlphabetic || s[j] == " " || s[j] == "-" || s[j] == "'" else { break }
                j += 1
            }
            guard j < paragraph.upperBound, s[j] == "," else { break }
            end = paragraph.upperBound
        }
        return end
    }

    /// Entries until the list visibly ends: two paragraphs in a row that are not entries
    /// (an appendix heading, an author's note). Numbered notes are passed over.
    private static func parseEntries(_ s: [Unicode.Scalar], _ paragraphs: [Range<Int>]) -> [ReferenceEntry] {
        var entries: [ReferenceEntry] = []
        var misses = 0
        for var paragraph in paragraphs.flatMap({ EntryLines.split(s, $0) }) {
            if let number = numberEnd(s, paragraph) {
                // "1. Moreno PD, Lee AB, …": a numbered Vancouver entry; any other numbered
                // paragraph is a note.
                let rest = Paragraphs.trim(s, number..<paragraph.upperBound)
                guard ReferenceAuthorParser.opensWithSurnameInitials(CitationTokenizer.tokenize(s, in: rest), s) else { continue }
                paragraph = rest
            }
            // A link or DOI set on a line of its own belongs to the entry before it.
            if let last = entries.last, OnlineLocators.opensParagraph(s, paragraph),
               let joined = ReferenceEntryParser.parse(s, last.start..<paragraph.upperBound,
                                                       previousAuthors: entries.dropLast().last?.authors) {
                entries[entries.count - 1] = joined
                misses = 0
                continue
            }
            if let entry = ReferenceEntryParser.parse(s, paragraph, previousAuthors: entries.last?.authors) {
                entries.append(entry)
                misses = 0
            } else {
                misses += 1
                if misses >= 2 { break }
            }
        }
        return entries
    }

    /// The offset after the number of "12. See Arrighi…" or "3) Lee AB…", nil when the
    /// paragraph does not open with a number.
    private static func numberEnd(_ s: [Unicode.Scalar], _ paragraph: Range<Int>) -> Int? {
        var j = paragraph.lowerBound
        while j < paragraph.upperBound, ScalarClass.isDigit(s[j]) { j += 1 }
        guard j > paragraph.lowerBound, j - paragraph.lowerBound <= 3, j < paragraph.upperBound,
              s[j] == "." || s[j] == ")" || CitationScalars.isSpace(s[j]) else { return nil }
        return j + 1
    }
}

/// Splits a paragraph that holds several entries one per line (a reader that kept line
/// breaks but no blank lines): a line that parses as an entry with a year starts a new one,
/// other lines continue the entry before them.
enum EntryLines {
    static func split(_ s: [Unicode.Scalar], _ paragraph: Range<Int>) -> [Range<Int>] {
        guard s[paragraph].contains("\n") else { return [paragraph] }
        var lines: [Range<Int>] = []
        var start = paragraph.lowerBound
        for j in paragraph where s[j] == "\n" {
            lines.append(Paragraphs.trim(s, start..<j))
            start = j + 1
        }
        lines.append(Paragraphs.trim(s, start..<paragraph.upperBound))
        let starts = lines.map { line in
            !line.isEmpty && ReferenceEntryParser.parse(s, line, previousAuthors: [""])?.year != nil
        }
        guard starts.filter({ $0 }).count >= 2, starts[0] else { return [paragraph] }
        var entries: [Range<Int>] = []
        for (line, isStart) in zip(lines, starts) where !line.isEmpty {
            if isStart || entries.isEmpty {
                entries.append(line)
            } else {
                entries[entries.count - 1] = entries[entries.count - 1].lowerBound..<line.upperBound
            }
        }
        return entries
    }
}
