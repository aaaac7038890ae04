import Foundation

/// What a title looks like on the page: the shape tests ``TitleSelection`` applies to
/// candidate lines.
extension TitleSelection {
    /// One word is a title only set on its own line over the paragraph it heads
    /// ("Semiperipheries" then "In world-systems theory, …"), or as a page's first block with
    /// only page furniture between it and the text (a wiki article: "Weltsystem", its tagline,
    /// "Zur Navigation springen", then the text); never a site's name alone: a word of five
    /// letters or more in ordinary case, or a hyphen compound of such parts ("Système-monde",
    /// "Dependencia-Theorie").
    static func isOneWordTitle(_ word: Substring) -> Bool {
        let parts = word.split(separator: "-", omittingEmptySubsequences: false)
        return word.count >= 5 && parts.count <= 3 && parts.allSatisfy { part in
            part.count >= 2 && part.allSatisfy(\.isLetter) && part.dropFirst().allSatisfy(\.isLowercase)
        }
    }

    /// Short lines, no final comma or colon, starting with a capital, a digit or a quote; not a
    /// section label; not wrapped prose (several long lines); not a byline's shape.
    static func isTitleShaped(_ block: [String], allowLowercaseStart: Bool) -> Bool {
        guard !block.isEmpty, block.allSatisfy({ $0.count <= 250 }), block.reduce(0, { $0 + $1.count }) <= 320 else { return false }
        guard let last = block.last?.last, !",;:".contains(last) else { return false }
        // A final period only on one line of four to twelve words ("Geographic views of the
        // world-system."), never after an initial or an abbreviation; a shorter one is a notice
        // ("Uncorrected proofs.").
        // A catalogue record keeps the stop after a title and subtitle ("Ports: A New Approach
        // to an Old Question."), up to 25 words.
        let subtitled = block.count == 1 && hasSubtitle(block[0]) && block[0].split(separator: " ").count <= 25
        if last == ".", block.count > 1 || !((4...12).contains(block[0].split(separator: " ").count) || subtitled)
            || block[0].hasSuffix("..") || (block[0].split(separator: " ").last.map { $0.count <= 3 } ?? true) { return false }
        guard let first = block.first?.unicodeScalars.first(where: { !"*\"“‘'«¿¡".unicodeScalars.contains($0) }) ?? block.first?.unicodeScalars.first,
              UTF8Bytes.isUppercase(first) || first.properties.numericType != nil || allowLowercaseStart
        else { return false }
        if block.count >= 2 && block.allSatisfy({ $0.count >= 70 }) { return false }
        if block.contains(where: { DateLine.isDateOnly($0) }) { return false }
        if block.count == 1, hasSentenceCaseSequel(block[0]) { return false }
        return true
    }

    /// "Main title: Subtitle": a colon followed by a capitalized word.
    static func hasSubtitle(_ line: String) -> Bool {
        guard let colon = line.range(of: ": ") else { return false }
        return line[colon.upperBound...].first?.isUppercase == true
    }

    /// A line of two sentences whose second is set in sentence case ("Need a paper? Place your
    /// order with this code") is a notice, where a title's second sentence is a subtitle in
    /// title case ("Chaos or Order? The Future of Hegemony").
    static func hasSentenceCaseSequel(_ line: String) -> Bool {
        let characters = Array(line)
        for index in characters.indices.dropLast(2) where ".?!".contains(characters[index]) && characters[index + 1] == " "
            && characters[index + 2].isUppercase {
            let words = String(characters[(index + 2)...]).split(separator: " ").dropFirst()
            let long = words.filter { $0.filter(\.isLetter).count >= 4 }
            guard words.count >= 4, long.count >= 3 else { continue }
            let capitalized = long.filter { $0.first?.isUppercase == true }.count
            if Double(capitalized) < 0.4 * Double(long.count) { return true }
        }
        return false
    }

    /// A line of prose: long and ending a sentence.
    static func isProse(_ line: String) -> Bool {
        let count = line.count
        guard count > 90 else { return false }
        if count > 160 { return true }
        // A catalogue's title and subtitle with a final stop is no sentence.
        return (line.hasSuffix(".") || line.hasSuffix(".”")) && !(hasSubtitle(line) && line.split(separator: " ").count <= 25)
    }

    /// A venue or date line under a title: it ends with a year right after a capitalized word
    /// ("World Social Forum, Porto Alegre 2005"), where a title's own year follows "of",
    /// "since" or a comma ("The Revolution of 1968", "…, 1750–1914").
    static func isVenueOrDate(_ block: [String]) -> Bool {
        guard block.count == 1, let line = block.first else { return false }
        let words = line.split(separator: " ")
        guard words.count >= 2, let last = words.last, last.count == 4, last.allSatisfy(\.isNumber),
              line.contains(",") else { return false }
        let previous = words[words.count - 2]
        return previous.first?.isUppercase == true && !previous.hasSuffix(",")
    }

    /// An institution's name on its own line over the byline ("Pontifical University of the
    /// Harbours"): a few capitalized words, only "of", "de", "los"… between them, one of them an
    /// affiliation keyword.
    static func isInstitution(_ block: [String]) -> Bool {
        guard block.count == 1 else { return false }
        let words = block[0].split(separator: " ")
        guard (2...6).contains(words.count), words.contains(where: { Bylines.affiliationWords.contains(Bylines.bare($0)) }) else { return false }
        return words.allSatisfy { $0.first?.isUppercase == true || ["of", "for", "the", "de", "del", "di", "la", "las", "los", "le", "des", "du", "da", "do", "dos"].contains($0) }
    }

    static func isCapitals(_ line: String) -> Bool {
        let letters = line.unicodeScalars.filter { UTF8Bytes.isLetter($0) }
        return letters.count >= 3 && letters.allSatisfy(UTF8Bytes.isUppercase)
    }

    /// A title set over its subtitle with a blank line between ("Ports and Power" then "A
    /// Study of Harbour Leagues" then the byline): the line above a title of one or two lines, itself one
    /// title-shaped line that opens the head or follows page furniture, joins as the main title.
    ///
    /// A line above the main title is allowed when the main title itself says it goes on (it
    /// closes with a full stop, "Dependencies, Values and Nature." over "Towards …") or when the
    /// head printed it before (a copy's title line or page header repeating it).
    static func mainTitle(above subtitle: [Int], in lines: [HeadLine]) -> Int? {
        guard (1...2).contains(subtitle.count), let upper = previousLine(before: subtitle[0], in: lines), upper < subtitle[0] - 1,
              lines[upper].isText,
              // A line that already joins a title and its subtitle takes no third part above.
              !(subtitle.count == 1 && lines[subtitle[0]].text.contains(": ")) else { return nil }
        let texts = [lines[upper].text]
        let closed = lines[upper].text.hasSuffix(".") && !lines[upper].text.hasSuffix("..")
        guard isTitleShaped(texts, allowLowercaseStart: false), !isVenueOrDate(texts), !isInstitution(texts),
              Bylines.parse(lines[upper].text) == nil,
              lines[upper].text.split(separator: " ").count >= 2,
              // A journal line ("Harbour Review 8 (2009) 263-294") dates the work; it is no title.
              lines[upper].text.range(of: #"\(\d{4}\)|\d+[-–]\d+$"#, options: .regularExpression) == nil,
              // A title printed twice is one title, not a title and its subtitle.
              key(lines[upper].text) != key(lines[subtitle[0]].text) else { return nil }
        if let before = previousLine(before: upper, in: lines), lines[before].isText, !closed {
            let own = key(lines[upper].text)
            let printedBefore = own.count >= 12 && ((0..<before).contains { lines[$0].isText && key(lines[$0].text).contains(own) }
                || key(lines[before].text).contains(own))
            guard printedBefore else { return nil }
        }
        return upper
    }

    /// A main title and its subtitle as one string: "Title: Subtitle", or with the main title's
    /// own full stop kept ("Title. Subtitle").
    static func withSubtitle(_ main: [String], _ subtitle: String) -> String {
        let text = joined(main)
        guard let raw = main.last?.trimmingCharacters(in: .whitespaces), let last = raw.last,
              ".?!".contains(last), !raw.hasSuffix("..") else { return text + ": " + subtitle }
        return (text.hasSuffix(String(last)) ? text : text + String(last)) + " " + subtitle
    }

    /// A subtitle set under a title with a blank line between and the first paragraph after
    /// it, when no byline anchors the head ("Ports in Motion" / "A study of harbour leagues,
    /// 1900–2000" / paragraph): one title-shaped line of three words or more that is no name,
    /// date, venue, numbered heading or repetition of the title.
    static func subtitleBelow(_ title: [Int], chunks: [[Int]], at position: Int, in lines: [HeadLine]) -> [Int]? {
        guard position + 1 < chunks.count, let start = title.first, let end = title.last else { return nil }
        // Only a title that opens the head: under a kicker ("Remembering …" over the title) the
        // line below is as often a dedication or a standfirst.
        if let before = previousLine(before: start, in: lines), lines[before].isText { return nil }
        let chunk = chunks[position]
        guard chunk.count == 1, let line = chunk.first, (end + 1..<line).allSatisfy({ lines[$0].isBlank }),
              let next = chunks[position + 1].first, isProse(lines[next].text) else { return nil }
        let text = lines[line].text
        let texts = [text]
        guard isTitleShaped(texts, allowLowercaseStart: false), !isVenueOrDate(texts), !isInstitution(texts),
              text.split(separator: " ").count >= 3, text.first?.isNumber == false,
              Bylines.parse(text) == nil, Bylines.labelled(text) == nil, !DateLine.containsCalendarDate(text),
              // A title printed twice is one title.
              key(text) != key(joined(title.map { lines[$0].text })) else { return nil }
        return chunk
    }

    /// The closest line above `index` that is not blank.
    static func previousLine(before index: Int, in lines: [HeadLine]) -> Int? {
        var cursor = index - 1
        while cursor >= 0 && lines[cursor].isBlank { cursor -= 1 }
        return cursor >= 0 ? cursor : nil
    }
}

extension TitleSelection {
    /// The lines of a title block up to where its translation starts.
    static func originalLanguage(_ block: [Int], in lines: [HeadLine]) -> [Int] {
        guard block.count >= 2 else { return block }
        for cut in 1..<block.count {
            let original = block.prefix(cut).map { lines[$0].text }.joined(separator: " ")
            let rest = block.dropFirst(cut).map { lines[$0].text }.joined(separator: " ")
            if TitleLanguage.isTranslation(rest, of: original) { return Array(block.prefix(cut)) }
        }
        return block
    }
}

/// Which language a title line is set in, told by its function words: enough to see that a
/// line under a Spanish, Portuguese or French title is its English translation (or the
/// reverse), as bilingual journal heads print them.
enum TitleLanguage {
    enum Family { case english, romance }

    private static let english: Set<String> = ["the", "of", "and", "in", "on", "for", "to", "an", "from", "with", "its", "between", "towards", "toward"]
    private static let romance: Set<String> = [
        "de", "la", "el", "los", "las", "del", "en", "y", "da", "do", "dos", "das", "os", "um", "uma", "une", "le", "les",
        "des", "du", "et", "para", "por", "con", "com", "sobre", "entre", "na", "no", "nas", "nos", "al", "sus", "su",
    ]

    /// The family of `line`, when its function words belong to one only.
    static func family(of line: String) -> Family? {
        var englishWords = 0, romanceWords = 0
        for word in line.lowercased().split(whereSeparator: { !$0.isLetter }) {
            if english.contains(String(word)) { englishWords += 1 }
            if romance.contains(String(word)) { romanceWords += 1 }
        }
        if englishWords > 0 && romanceWords == 0 { return .english }
        if romanceWords > 0 && englishWords == 0 { return .romance }
        return nil
    }

    /// Whether `second` is set in the other family than `first`, both being clear.
    static func isTranslation(_ second: String, of first: String) -> Bool {
        guard let a = family(of: first), let b = family(of: second) else { return false }
        return a != b
    }
}
