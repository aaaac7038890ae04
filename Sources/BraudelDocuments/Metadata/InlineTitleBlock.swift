import Foundation

/// A title block run together on one line, as text extraction of a journal page often leaves it:
/// "JOURNAL OF … RESEARCH Title of the Article Ana Moreno University of Lagos ana@… First
/// sentence …". The affiliation is the anchor: the name stands right before it (before the
/// words that belong to the affiliation, "Emory University"), and the title right before the
/// name, after the last piece of header (a sentence of licence text, an ISSN or page range, a
/// running header in capitals). The e-mail address, when there is one, decides between two
/// readings of where the name starts.
enum InlineTitleBlock {
    /// How many words of a line are looked at.
    static let scanWords = 80

    /// The first text line among the first lines that reads as a run-together title block.
    static func find(in lines: [HeadLine]) -> TitleBlock? {
        for line in lines.prefix(12) where line.isText || line.kind == .publication {
            if let block = parse(line.text) {
                // The line is not set aside for the year search: its header dates the work.
                return TitleBlock(title: block.title, authors: block.authors, lines: [])
            }
        }
        return nil
    }

    /// Title and names of a run-together title block, or nil when the line is not one.
    static func parse(_ line: String) -> (title: String, authors: [String])? {
        let words = Array(line.split(separator: " ").prefix(scanWords))
        // Affiliation words may occur in header text before the real one ("published by the
        // University Library System"): each is tried in turn.
        for keyword in words.indices where keyword >= 4 && Bylines.affiliationWords.contains(Bylines.bare(words[keyword])) {
            if let block = block(around: keyword, in: words) { return block }
        }
        return nil
    }

    private static func block(around keyword: Int, in words: [Substring]) -> (title: String, authors: [String])? {
        let email = Bylines.emailLocalPart(in: words[keyword...].prefix(16).joined(separator: " "))
        let opensPhrase = keyword + 1 < words.count && ["of", "for", "de", "di", "für"].contains(Bylines.bare(words[keyword + 1]))
        var fallback: (start: Int, name: String)?
        for taken in (opensPhrase ? [0] : [1, 2, 3]) where keyword - taken >= 3 {
            guard words[(keyword - taken)..<keyword].allSatisfy({ $0.first?.isUppercase == true }),
                  let name = name(endingAt: keyword - taken, in: words) else { continue }
            if let email, Bylines.matches(email: email, name: name.name) { fallback = name; break }
            if fallback == nil { fallback = name }
        }
        guard let found = fallback else { return nil }
        var end = found.start
        // A name printed twice ("Jon D. Lee Jon D. Lee Department …").
        let nameWords = found.name.split(separator: " ").count
        if end >= nameWords, words[(end - nameWords)..<end].joined(separator: " ") == words[found.start..<(found.start + nameWords)].joined(separator: " ") {
            end -= nameWords
        }
        guard let title = title(endingAt: end, in: words) else { return nil }
        return (title, [found.name])
    }

    /// The personal name whose last word is right before `end` (a comma after it allowed): two
    /// words, one more for each initial or particle inside it.
    private static func name(endingAt end: Int, in words: [Substring]) -> (start: Int, name: String)? {
        var start = end - 2
        while start > 0, start < end,
              isInitial(words[start]) || PersonNames.particles.contains(String(words[start])) { start -= 1 }
        guard start >= 1 else { return nil }
        var text = words[start..<end].joined(separator: " ")
        if text.hasSuffix(",") { text.removeLast() }
        guard let name = PersonNames.parseName(text) else { return nil }
        return (start, name)
    }

    /// The title that ends right before `end`: the words after the last piece of header.
    private static func title(endingAt end: Int, in words: [Substring]) -> String? {
        var start = end
        while start > 0 && !isHeaderBoundary(words, before: start) { start -= 1 }
        var titleWords = Array(words[start..<end])
        // A running header or section label in capitals before a title that is not.
        let capitals = titleWords.prefix { !$0.contains(where: \.isLowercase) }
        if capitals.contains(where: isCapitalsWord), titleWords.dropFirst(capitals.count).contains(where: { $0.contains(where: \.isLowercase) }) {
            titleWords.removeFirst(capitals.count)
        }
        guard (2...40).contains(titleWords.count), let first = titleWords.first?.unicodeScalars.first,
              UTF8Bytes.isUppercase(first) || "\"“‘'".unicodeScalars.contains(first) else { return nil }
        let title = TitleSelection.joined([titleWords.joined(separator: " ")])
        return title.hasSuffix(",") || title.hasSuffix(".") ? nil : title
    }

    /// Whether the word before `index` ends a header: a sentence end, an ISSN, a page range or a
    /// code (digits without lowercase letters, not a year), an address.
    private static func isHeaderBoundary(_ words: [Substring], before index: Int) -> Bool {
        let word = words[index - 1]
        if word.contains("@") || word.contains("://") || word.contains("/") { return true }
        if word.contains(where: \.isNumber) && !word.contains(where: \.isLowercase) {
            let digits = word.filter(\.isNumber)
            let isYear = digits.count == 4 && word.trimmingCharacters(in: .punctuationCharacters).count == 4
            let isYearRange = digits.count == 8 && (word.contains("–") || word.contains("-")) && !word.contains("X")
                && word.split(whereSeparator: { $0 == "–" || $0 == "-" }).allSatisfy { $0.count == 4 }
            if !isYear && !isYearRange { return true }
        }
        if (word.hasSuffix(".") || word.hasSuffix("|")) && !isInitial(word) && word.count > 3 { return true }
        return false
    }

    private static func isInitial(_ word: Substring) -> Bool {
        let letters = word.filter(\.isLetter)
        return !letters.isEmpty && letters.count <= 2 && letters.allSatisfy(\.isUppercase) && word.hasSuffix(".")
    }

    private static func isCapitalsWord(_ word: Substring) -> Bool {
        let letters = word.filter(\.isLetter)
        return letters.count >= 2 && letters.allSatisfy(\.isUppercase)
    }
}
