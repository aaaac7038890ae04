import Foundation

/// Weighs the title the layout rules chose (``TitleSelection``) against the other title-shaped
/// lines of the head, by evidence that holds on any page rather than by which rule fired:
///
/// - repetition: a page prints its title more than once (the browser title, the heading, a
///   "Download …" or "Share …" link, a copy's running header);
/// - decoration: a page title that is another candidate plus a part set off by a dash or bar
///   ("Moreno - Long Waves", "Long Waves | Site") yields to that candidate;
/// - proximity: the title sits next to the byline (above it, or under the byline and its
///   affiliation and address lines) and over the abstract;
/// - shape: a line of interface words ("Full text", "Download PDF") or of one or two words is
///   weak.
///
/// The rules' choice starts ahead (``incumbentWeight``): another line replaces it only when the
/// evidence for it is stronger, so a page the rules read well is left alone.
enum TitleEvidence {
    /// The head start the rules' choice has over the other candidates.
    static let incumbentWeight = 2
    /// The least evidence that gives a title where the rules found none: a byline next to it
    /// and one more sign.
    static let minimumForNew = 3

    /// A line or lines that could be the title, and what they read as.
    struct Candidate {
        let lines: [Int]
        let text: String
        /// `TitleSelection.key(text)`, made once: every other candidate is compared with it.
        let key: String

        init(lines: [Int], text: String) {
            self.lines = lines
            self.text = text
            key = TitleSelection.key(text)
        }
    }

    /// The block to keep: `chosen`, or a block around a better-supported line. `end` is the
    /// index of the line that closed the head (an abstract or keywords label), if any.
    static func reconsider(_ chosen: TitleBlock?, in lines: [HeadLine], head: Int) -> TitleBlock? {
        let facts = Head(lines)
        let others = candidates(in: facts, head: head)
        guard !others.isEmpty else { return chosen }
        let incumbent = chosen?.title.flatMap { title in
            chosen.map { Candidate(lines: $0.lines.sorted(), text: title) }
        }
        let all = others + (incumbent.map { [$0] } ?? [])
        var best: (score: Int, candidate: Candidate)?
        if let incumbent { best = (score(incumbent, among: all, in: facts) + incumbentWeight, incumbent) }
        let incumbentKey = incumbent?.key
        for candidate in others where candidate.key != incumbentKey {
            let value = score(candidate, among: all, in: facts)
            if value > (best?.score ?? (minimumForNew - 1)) { best = (value, candidate) }
        }
        guard let best, best.candidate.key != incumbentKey else { return chosen }
        var block = TitleBlock(title: best.candidate.text, authors: chosen?.authors ?? [], lines: Set(best.candidate.lines))
        if block.authors.isEmpty, let byline = adjacentByline(best.candidate, in: facts) { block.authors = byline }
        block.headerLine = chosen?.headerLine
        return block
    }

    /// Single text lines of the head shaped like a title: not prose, not a name, not a venue,
    /// an institution or a date.
    static func candidates(in head: Head, head end: Int) -> [Candidate] {
        let lines = head.lines
        var found = [Candidate]()
        for index in 0..<min(end, lines.count) where lines[index].isText {
            let text = lines[index].text
            let words = text.split(separator: " ").count
            guard (2...40).contains(words), !TitleSelection.isProse(text),
                  TitleSelection.isTitleShaped([text], allowLowercaseStart: false),
                  head.byline(at: index) == nil, !isDatelineShaped(text) else { continue }
            found.append(Candidate(lines: [index], text: TitleSelection.joined([text])))
        }
        return found
    }

    /// The evidence for `candidate`, as a small integer (see the type's comment).
    static func score(_ candidate: Candidate, among all: [Candidate], in head: Head) -> Int {
        let lines = head.lines
        var score = 0
        if head.isRepeated(candidate.key, outside: candidate.lines) { score += 2 }
        if isDecorated(candidate.text, by: all) { score -= 3 }
        if adjacentByline(candidate, in: head) != nil { score += 2 }
        if let last = candidate.lines.max(), let next = nextNonBlank(after: last, in: lines), lines[next].kind == .end { score += 1 }
        let words = candidate.text.split(separator: " ")
        if words.count <= 2 { score -= 1 }
        // The rules' pick is held to the shape the other candidates must have.
        if isDatelineShaped(candidate.text) { score -= 2 }
        // Function words ("of", "the") are in titles and menus alike: only the others count.
        let content = words.map(Bylines.bare).filter { !TitleSelection.danglingWords.contains($0) }
        let interface = content.filter { HeadLine.interfaceWords.contains($0) || fileFormats.contains($0) }.count
        if 2 * interface >= content.count { score -= 3 }
        return score
    }

    /// A venue, an institution or a line holding a calendar date: what sits by a title, not
    /// the title.
    static func isDatelineShaped(_ text: String) -> Bool {
        TitleSelection.isVenueOrDate([text]) || TitleSelection.isInstitution([text]) || DateLine.containsCalendarDate(text)
    }

    /// Formats a download button offers ("Download as docx, pdf, or txt").
    static let fileFormats: Set<String> = ["pdf", "doc", "docx", "txt", "epub", "ppt", "pptx", "odt", "rtf"]

    /// A page title made of another candidate and a part set off by " - ", " – ", " | " or " :: ".
    private static func isDecorated(_ text: String, by all: [Candidate]) -> Bool {
        let parts = text.components(separatedBy: " - ").flatMap { $0.components(separatedBy: " – ") }
            .flatMap { $0.components(separatedBy: " | ") }.flatMap { $0.components(separatedBy: " :: ") }
        guard parts.count >= 2 else { return false }
        let keys = Set(parts.map(TitleSelection.key))
        return all.contains { $0.text != text && keys.contains($0.key) }
    }

    /// The names of a byline next to the candidate: on the line right under it, or above it past
    /// at most three affiliation, address or e-mail lines.
    static func adjacentByline(_ candidate: Candidate, in head: Head) -> [String]? {
        let lines = head.lines
        guard let first = candidate.lines.min(), let last = candidate.lines.max() else { return nil }
        if let next = nextNonBlank(after: last, in: lines), lines[next].isText, let names = head.byline(at: next) {
            return names
        }
        var cursor = first - 1
        var skipped = 0
        while cursor >= 0, skipped <= 3 {
            let line = lines[cursor]
            if line.isBlank || line.kind == .furniture { cursor -= 1; continue }
            guard line.isText else { return nil }
            if let names = head.byline(at: cursor) { return names }
            guard isAffiliationOrAddress(line.text) else { return nil }
            skipped += 1
            cursor -= 1
        }
        return nil
    }

    /// An affiliation, address or e-mail line, or an affiliation in parentheses.
    private static func isAffiliationOrAddress(_ text: String) -> Bool {
        text.contains("@") || text.hasPrefix("(")
            || text.split(separator: " ").contains { Bylines.affiliationWords.contains(Bylines.bare($0)) }
    }

    private static func nextNonBlank(after index: Int, in lines: [HeadLine]) -> Int? {
        lines.indices.dropFirst(index + 1).first { !lines[$0].isBlank }
    }

    /// The head's lines with what the evidence asks of each line more than once, worked out
    /// once per document: every candidate is compared with every line, and reading each line
    /// again per candidate (its key, its byline) was a fifth of all analysis time.
    final class Head {
        let lines: [HeadLine]
        /// `TitleSelection.key` of each line's text ("" for blank lines, never compared).
        private let keys: [String]
        /// Whether each key is ASCII, so that a byte search finds what a string search would.
        private let asciiKeys: [Bool]
        /// `Bylines.parse` of each line, filled as lines are asked about.
        private var bylines: [[String]??]

        init(_ lines: [HeadLine]) {
            self.lines = lines
            keys = lines.map { $0.isBlank ? "" : TitleSelection.key($0.text) }
            asciiKeys = keys.map { $0.utf8.allSatisfy { $0 < 0x80 } }
            bylines = Array(repeating: nil, count: lines.count)
        }

        /// The names of the byline on line `index`, or nil when it is none.
        func byline(at index: Int) -> [String]? {
            if let known = bylines[index] { return known }
            let names = Bylines.parse(lines[index].text)
            bylines[index] = .some(names)
            return names
        }

        /// Whether another line of the head, of any kind, holds the same letters ("Download
        /// “Title”", "Transcript of Title", the heading under the browser title).
        func isRepeated(_ key: String, outside own: [Int]) -> Bool {
            guard key.count >= 12 else { return false }
            let ascii = key.utf8.allSatisfy { $0 < 0x80 }
            let needle = Array(key.utf8)
            return lines.indices.contains { index in
                guard !own.contains(index), !lines[index].isBlank else { return false }
                // ASCII on both sides: bytes compare as characters do, without Foundation's search.
                if ascii && asciiKeys[index] { return Self.contains(needle, in: keys[index]) }
                return keys[index].contains(key)
            }
        }

        private static func contains(_ needle: [UInt8], in haystack: String) -> Bool {
            let bytes = haystack.utf8
            guard needle.count <= bytes.count else { return false }
            return bytes.withContiguousStorageIfAvailable { buffer in
                let last = buffer.count - needle.count
                var start = 0
                while start <= last {
                    if buffer[start] == needle[0] {
                        var offset = 1
                        while offset < needle.count && buffer[start + offset] == needle[offset] { offset += 1 }
                        if offset == needle.count { return true }
                    }
                    start += 1
                }
                return false
            } ?? haystack.contains(String(decoding: needle, as: UTF8.self))
        }
    }
}
