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
        for (index, line) in lines.enumerated().prefix(12) where line.isText || line.kind == .publication {
            if let block = parse(line.text) {
                // The line is not set aside for the year search: its header dates the work.
                var found = TitleBlock(title: block.title, authors: block.authors, lines: [])
                found.headerLine = index
                return found
            }
        }
        return nil
    }

    /// Title and names of a run-together title block, or nil when the line is not one.
    static func parse(_ line: String) -> (title: String, authors: [String])? {
        let words = Array(line.split(separator: " ").prefix(scanWords))
        // Affiliation words may occur in header text before the real one ("published by the
        // University Library System"): each is tried in turn.
        for keyword in words.indices where keyword >= 3 && Bylines.affiliationWords.contains(Bylines.bare(words[keyword])) {
            if let block = block(around: keyword, in: words) { return block }
        }
        // A name followed by its position ("Ana Moreno Assistant Professor at the State …"):
        // the academic rank anchors the name as an affiliation keyword does.
        for rank in words.indices where rank >= 3 && positionWords.contains(Bylines.bare(words[rank]))
            && words[rank].first?.isUppercase == true {
            var start = rank
            while start > 0, rankModifiers.contains(Bylines.bare(words[start - 1])), words[start - 1].first?.isUppercase == true { start -= 1 }
            guard let found = names(endingAt: start, in: words), let title = title(endingAt: found.start, in: words) else { continue }
            return (title, found.names)
        }
        // No affiliation: the name right before the label that opens the text ("Abstract",
        // "Keywords:", "Introduction"), or right after a title in capitals.
        if let label = words.firstIndex(where: isOpeningLabel),
           label >= 3, let found = names(endingAt: label, in: words),
           let title = title(endingAt: found.start, in: words) {
            return (title, found.names)
        }
        return capitalTitleBeforeName(words)
    }

    /// Academic ranks set after a name in a run-together head.
    static let positionWords: Set<String> = ["professor", "lecturer", "researcher", "professora", "profesor", "profesora", "pesquisador", "investigador"]
    /// Words that qualify a rank before it ("Assistant Professor", "Senior Lecturer").
    static let rankModifiers: Set<String> = ["assistant", "associate", "full", "visiting", "senior", "adjunct", "emeritus", "research", "principal"]

    /// A word that labels the start of the text after a title block: one of the labels and
    /// headings that end a head on a line of their own (``HeadLine/endLabels``,
    /// ``HeadLine/endHeadings``), capitalized, with or without a colon or stop.
    private static func isOpeningLabel(_ word: Substring) -> Bool {
        guard word.first?.isUppercase == true else { return false }
        let bare = word.lowercased().trimmingCharacters(in: CharacterSet(charactersIn: ":."))
        return HeadLine.endLabels.contains(bare) || HeadLine.endHeadings.contains(bare)
    }

    /// Title and names around the affiliation keyword at `keyword`.
    private static func block(around keyword: Int, in words: [Substring]) -> (title: String, authors: [String])? {
        guard let found = names(before: keyword, in: words) else { return nil }
        var end = found.start
        // A name printed twice ("Jon D. Lee Jon D. Lee Department …").
        if let first = found.names.first {
            let count = first.split(separator: " ").count
            if end >= count, words[(end - count)..<end].joined(separator: " ") == words[end..<(end + count)].joined(separator: " ") {
                end -= count
            }
        }
        var names = found.names
        // A title in capitals then a name in mixed case: the case change is where the name
        // begins, so a given name of three or four words is read whole ("… WALLERSTEIN Ana
        // Rosa Moreno Universidade …").
        var start = end
        while start > 1, end - start < 2, isMixedCaseWord(words[start - 1]) { start -= 1 }
        if start < end, names.count == 1, isCapitalsWord(words[start - 1]), let first = names.first {
            names[0] = words[start..<end].joined(separator: " ") + " " + first
            end = start
        }
        guard let title = title(endingAt: end, in: words) else { return nil }
        return (title, names + laterNames(after: keyword, in: words))
    }

    /// The names right before the affiliation starting at or before `keyword`. The affiliation
    /// starts at its keyword when "of" or "for" follows it ("University of …"); otherwise one
    /// to three capitalized words before it belong to it ("Johns Hopkins University"), and the
    /// e-mail address, when the line gives one, decides how many.
    private static func names(before keyword: Int, in words: [Substring]) -> (start: Int, names: [String])? {
        let email = Bylines.emailLocalPart(in: words[keyword...].prefix(16).joined(separator: " "))
        let opensPhrase = Bylines.opensAffiliation(words, at: keyword)
        var fallback: (start: Int, names: [String])?
        for taken in (opensPhrase ? [0] : [1, 2, 3]) where keyword - taken >= 2 {
            guard words[(keyword - taken)..<keyword].allSatisfy({ $0.first?.isUppercase == true }),
                  let found = names(endingAt: keyword - taken, in: words) else { continue }
            if let email, found.names.contains(where: { Bylines.matches(email: email, name: $0) }) { return found }
            if fallback == nil { fallback = found }
        }
        return fallback
    }

    /// The names whose last word is right before `end`, past note markers ("Moreno 1"), with the
    /// names joined to them by "and", "&" or a comma ("Ana Lee and Jin Moreno").
    private static func names(endingAt end: Int, in words: [Substring]) -> (start: Int, names: [String])? {
        var end = end
        while end > 0 && !words[end - 1].contains(where: \.isLetter) { end -= 1 }
        guard var found = name(endingAt: end, in: words) else { return nil }
        var names = [found.name]
        while found.start >= 3 {
            let joiner = words[found.start - 1]
            let previousEnd: Int
            if joiner == "and" || joiner == "&" { previousEnd = found.start - 1 }
            else if words[found.start - 1].hasSuffix(",") { previousEnd = found.start }
            else { break }
            guard let previous = name(endingAt: previousEnd, in: words) else { break }
            names.insert(previous.name, at: 0)
            found = previous
        }
        return (found.start, names)
    }

    /// Further authors of the same block: each later affiliation keyword within reach, with
    /// a name right before its affiliation ("… ana@x.edu Jin Lee University of …").
    private static func laterNames(after keyword: Int, in words: [Substring]) -> [String] {
        var names = [String]()
        var previous = keyword
        for next in words.indices where next > previous + 2 && next - previous <= 12 + 2 {
            guard Bylines.affiliationWords.contains(Bylines.bare(words[next])) else { continue }
            // A later name follows the previous author's e-mail address or affiliation keyword.
            guard let found = self.names(before: next, in: words), found.start > previous,
                  words[found.start - 1].contains("@") || Bylines.affiliationWords.contains(Bylines.bare(words[found.start - 1]))
                    || words[found.start - 1].hasSuffix(",") && found.start - 1 > previous
                    // A name with a middle initial ("Jin K. Lee University of …") after an address.
                    || found.names.allSatisfy({ $0.split(separator: " ").dropFirst().dropLast().contains(where: isInitial) })
            else { continue }
            names += found.names
            previous = next
        }
        // The same person named again (a contact line) is one author.
        var seen = Set<String>()
        return names.filter { seen.insert(String($0.split(separator: " ").last ?? "")).inserted }
    }

    /// "… ISSN 1076-156X A TITLE IN CAPITALS Ana B. Moreno Studies in …": a run of words in
    /// capitals after the header, then a personal name.
    private static func capitalTitleBeforeName(_ words: [Substring]) -> (title: String, authors: [String])? {
        var index = 0
        while index < words.count {
            guard isCapitalsWord(words[index]) else { index += 1; continue }
            // An ISSN or a page range inside the run belongs to the header.
            if words[index].contains(where: \.isNumber) { index += 1; continue }
            var end = index
            while end < words.count && !words[end].contains(where: \.isLowercase) && !words[end].contains(where: \.isNumber) { end += 1 }
            let run = end - index
            if run >= 3, end + 2 <= words.count {
                for length in [3, 2] where end + length <= words.count {
                    let candidate = words[end..<(end + length)].joined(separator: " ")
                    if let name = PersonNames.parseName(candidate), words[end].first?.isUppercase == true,
                       words[end].contains(where: \.isLowercase), index == 0 || isHeaderBoundary(words, before: index) {
                        return (TitleSelection.joined([words[index..<end].joined(separator: " ")]), [name])
                    }
                }
            }
            // A word that counts as capitals yet holds a lowercase letter ("ªª") ends no run:
            // step past it, or the scan would stand still.
            index = max(end, index + 1)
        }
        return nil
    }

    /// The personal name whose last word is right before `end` (a comma after it allowed): two
    /// words, one more for each initial or particle inside it.
    private static func name(endingAt end: Int, in words: [Substring]) -> (start: Int, name: String)? {
        var start = end - 2
        while start > 0, start < end,
              isInitial(words[start]) || PersonNames.particles.contains(String(words[start])) { start -= 1 }
        // Leading initials ("R. Scott Moreno").
        while start > 1 && isInitial(words[start - 1]) { start -= 1 }
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
        // Header text in small letters before a title in capitals ("All rights reserved TITLE").
        let trailingCapitals = titleWords.reversed().prefix { !$0.contains(where: \.isLowercase) }
        if trailingCapitals.filter(isCapitalsWord).count >= 2, trailingCapitals.count < titleWords.count {
            titleWords = Array(titleWords.suffix(trailingCapitals.count))
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
        if word.contains("@") || word.contains("://") || word.contains("/") || word == "|" { return true }
        // A year after a bar closes a header field ("Discussion Paper 016 | 2014").
        if index >= 2, words[index - 2] == "|", word.count == 4, word.allSatisfy(\.isNumber) { return true }
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

    /// A capitalized word in mixed case ("Teixeira"), as names are set.
    private static func isMixedCaseWord(_ word: Substring) -> Bool {
        word.first?.isUppercase == true && word.dropFirst().contains(where: \.isLowercase) && word.allSatisfy(\.isLetter)
    }

    private static func isCapitalsWord(_ word: Substring) -> Bool {
        let letters = word.filter(\.isLetter)
        return letters.count >= 2 && letters.allSatisfy(\.isUppercase)
    }
}
