import BraudelText

/// Finds a document's reference list and parses its entries.
public enum ReferenceListParser {
    /// Finds the reference section (heading line References / Bibliography / Works Cited / Literature Cited / Notes and References, case-insensitive, alone in its paragraph) and parses one entry per paragraph (paragraphs are separated by "\n\n" in cleaned text). Returns entries and the scalar range of the whole section (heading to end of last entry) or nil.
    public static func parse(_ scalars: [Unicode.Scalar]) -> (entries: [ReferenceEntry], section: Range<Int>?) {
        parse(ScalarText(TextUnits.string(scalars[...])))
    }

    /// Scalars decoded at a time while entries are parsed: a long list is read a run of whole
    /// paragraphs at a time, never as the whole text's scalars (4 bytes a character).
    public static let chunkSize = 1 << 20

    /// ``parse(_:)-([Unicode.Scalar])`` of a text addressed by scalar offsets.
    public static func parse(_ text: ScalarText, chunkSize: Int = chunkSize) -> (entries: [ReferenceEntry], section: Range<Int>?) {
        let paragraphs = Paragraphs.split(text.text.unicodeScalars)
        // The last heading wins: a table of contents or a running text mention comes earlier.
        guard let headingIndex = paragraphs.lastIndex(where: { ReferenceHeading.entriesStart(text, $0) != nil }),
              let afterHeading = ReferenceHeading.entriesStart(text, paragraphs[headingIndex]) else {
            return ([], nil)
        }
        let heading = paragraphs[headingIndex]
        var candidates: [Range<Int>] = []
        let head = text.scalars(in: afterHeading..<heading.upperBound)
        let rest = Paragraphs.trim(head, 0..<head.count)
        if !rest.isEmpty { candidates.append((rest.lowerBound + afterHeading)..<(rest.upperBound + afterHeading)) }
        candidates.append(contentsOf: paragraphs[(headingIndex + 1)...])
        var collector = EntryCollector()
        var next = 0
        while next < candidates.count {
            var last = next + 1
            while last < candidates.count, candidates[last].upperBound - candidates[next].lowerBound <= chunkSize { last += 1 }
            // The entry before the run comes along (unless notes passed over put it a default
            // run's length away): a link on a line of its own joins it.
            let previous = collector.entries.last.flatMap { candidates[next].lowerBound - $0.start <= Self.chunkSize ? $0.start : nil }
            let base = min(previous ?? candidates[next].lowerBound, candidates[next].lowerBound)
            let scalars = text.scalars(in: base..<candidates[last - 1].upperBound)
            guard collector.add(scalars, base: base, candidates[next..<last]) else { break }
            next = last
        }
        let entries = collector.entries
        let sectionEnd = entries.last?.end ?? unparsedListEnd(text, candidates) ?? heading.upperBound
        return (entries, heading.lowerBound..<sectionEnd)
    }

    /// The end of the entries after a heading when none parsed (ABNT puts the year last:
    /// "ARRIGHI, G. A ilusão do desenvolvimento. Petrópolis: Vozes, 1997."): the paragraphs
    /// that open with a surname and a comma are still the list, not text to tag.
    private static func unparsedListEnd(_ text: ScalarText, _ candidates: [Range<Int>]) -> Int? {
        var end: Int?
        for paragraph in candidates {
            // The surname is looked for in the first 40 characters.
            let s = text.scalars(in: paragraph.lowerBound..<min(paragraph.upperBound, paragraph.lowerBound + 42))
            let limit = paragraph.upperBound - paragraph.lowerBound
            var j = 0
            guard j < limit, ScalarClass.isUpper(s[j]) else { break }
            while j < limit, j < 40, s[j] != ",", s[j] != "\n" {
                guard s[j].properties.isAlphabetic || s[j] == " " || s[j] == "-" || s[j] == "'" else { break }
                j += 1
            }
            guard j < limit, s[j] == "," else { break }
            end = paragraph.upperBound
        }
        return end
    }

    /// Entries until the list visibly ends: two paragraphs in a row that are not entries
    /// (an appendix heading, an author's note). Numbered notes are passed over.
    struct EntryCollector {
        private(set) var entries: [ReferenceEntry] = []
        private var misses = 0

        /// Parses `paragraphs` (document offsets) from `s`, the scalars from offset `base` on;
        /// false once the list has ended.
        mutating func add(_ s: [Unicode.Scalar], base: Int, _ paragraphs: ArraySlice<Range<Int>>) -> Bool {
            let local = paragraphs.map { ($0.lowerBound - base)..<($0.upperBound - base) }
            for var paragraph in local.flatMap({ EntryLines.split(s, $0) }) {
                if let number = ReferenceListParser.numberEnd(s, paragraph) {
                    // "1. Moreno PD, Lee AB, …": a numbered Vancouver entry; any other numbered
                    // paragraph is a note.
                    let rest = Paragraphs.trim(s, number..<paragraph.upperBound)
                    guard ReferenceAuthorParser.opensWithSurnameInitials(CitationTokenizer.tokenize(s, in: rest), s) else { continue }
                    paragraph = rest
                }
                // A link or DOI set on a line of its own belongs to the entry before it.
                if let last = entries.last, last.start >= base, OnlineLocators.opensParagraph(s, paragraph),
                   let joined = ReferenceEntryParser.parse(s, (last.start - base)..<paragraph.upperBound,
                                                           previousAuthors: entries.dropLast().last?.authors) {
                    entries[entries.count - 1] = Self.shifted(joined, by: base)
                    misses = 0
                    continue
                }
                if let entry = ReferenceEntryParser.parse(s, paragraph, previousAuthors: entries.last?.authors) {
                    entries.append(Self.shifted(entry, by: base))
                    misses = 0
                } else {
                    misses += 1
                    if misses >= 2 { return false }
                }
            }
            return true
        }

        private static func shifted(_ entry: ReferenceEntry, by base: Int) -> ReferenceEntry {
            var entry = entry
            entry.start += base
            entry.end += base
            return entry
        }
    }

    /// The offset after the number of "12. See Arrighi…" or "3) Lee AB…", nil when the
    /// paragraph does not open with a number.
    fileprivate static func numberEnd(_ s: [Unicode.Scalar], _ paragraph: Range<Int>) -> Int? {
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
