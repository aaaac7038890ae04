import Foundation

/// Reads the author line of a title block in the forms real pages print it: a labelled field
/// ("Author: …", "Authors: Surname, Given; Surname, Given", "Author(s): …", "Authored by …",
/// "Writer: …", French "par …", Spanish and Portuguese "por …", German "von …"), "by A and B", and names followed on the same line by an
/// affiliation or an address ("Terry Moreno Department of Sociology …", "Ana Lee, University
/// of …"). Role labels that are not authorship ("Editors:", "Uploaded by", "Published by") are
/// never read as bylines, and the names themselves must pass ``PersonNames/parseName(_:)``, so
/// a publisher, a series or an institute is not an author.
enum Bylines {
    /// Labels that introduce the authors, compared lowercased at the start of the line.
    static let labels = [
        // A book's editors stand for its authors ("Edited by …" under the title); a journal
        // page's "Editors:" field does not.
        "authored by:", "authored by ", "written by:", "written by ", "edited by ", "posted by ", "by ", "par ", "por ",
        // German "von" (lowercase at the start of a line: a particle of a name is capitalized there)
        "von ",
        "author(s):", "authors:", "author:", "writer:", "auteurs:", "auteur:", "autores:", "autor:", "autoren:",
        "автор:", "авторы:", "作者:", "作者：",
    ]

    /// Author labels a record page sets without a colon, glued to the value by extraction.
    static let gluedLabels = ["authors", "author", "autores", "autor", "auteurs", "auteur"]

    /// An author label alone on its line ("by", "Authors:"): the names are on the next line.
    static func isBareLabel(_ line: String) -> Bool {
        var lower = HeadLine.stripped(line).lowercased()
        // A count before the label ("1 author:", "3 authors:") on a repository's cover page.
        if declaredCount(lower) != nil, let space = lower.firstIndex(of: " ") { lower = String(lower[lower.index(after: space)...]) }
        return labels.contains { $0.trimmingCharacters(in: .whitespaces) == lower }
    }

    /// The number of authors a label declares ("3 authors:"), which bounds the names read.
    static func declaredCount(_ line: String) -> Int? {
        let words = line.lowercased().split(separator: " ")
        guard words.count == 2, let count = Int(words[0]), (1...20).contains(count),
              words[1] == "author:" || words[1] == "authors:" else { return nil }
        return count
    }

    /// Words that start or end an affiliation ("Department of …", "Emory University").
    static let affiliationWords: Set<String> = [
        "university", "universidad", "universidade", "universität", "université", "università", "institute",
        "institut", "instituto", "college", "school", "department", "dept.", "faculty", "centre", "center",
        "academy", "foundation", "laboratory",
        // The same nouns in the Romance languages whose universities are already listed.
        "escuela", "escola", "école", "facultad", "faculdade", "faculté", "departamento", "département", "dipartimento",
    ]

    /// The names on `line`, or nil when it is not a byline.
    static func parse(_ line: String) -> [String]? {
        let text = withoutRepeatedName(HeadLine.stripped(line))
        guard !text.isEmpty else { return nil }
        if let value = labelled(text) { return parseLabelled(value) }
        if let names = PersonNames.parseByline(text) { return names }
        // "Ana Moreno | University of …": the name, a bar, the affiliation.
        if let bar = text.range(of: " | "), words(String(text[bar.upperBound...])).contains(where: { affiliationWords.contains(bare($0)) }),
           let names = PersonNames.parseByline(String(text[..<bar.lowerBound])) {
            return names
        }
        return namesBeforeAffiliation(words(text), email: emailLocalPart(in: text))?.names
    }

    /// A name printed twice in a row by a page's markup ("Ana Moreno Ana Moreno Department of
    /// …", a link text and its tooltip, or glued "Ana MorenoAna Moreno…") once.
    static func withoutRepeatedName(_ text: String) -> String {
        // Glued: "Ana MorenoAna MorenoDepartment of …".
        let characters = Array(text)
        for length in stride(from: min(40, characters.count / 2), through: 5, by: -1)
            where characters[length].isUppercase && characters[length - 1].isLowercase
            && characters[0..<length].contains(" ") && characters[0..<length] == characters[length..<(2 * length)] {
            var rest = String(characters[(2 * length)...])
            if rest.first?.isUppercase == true { rest = " " + rest }
            return String(characters[0..<length]) + rest
        }
        let words = text.split(separator: " ")
        for count in [3, 2] where words.count >= 2 * count && words[0..<count] == words[count..<(2 * count)]
            && words[0].first?.isUppercase == true {
            return words.dropFirst(count).joined(separator: " ")
        }
        return text
    }

    /// The value after an author label at the start of the line, or after one short word
    /// ("скачать Автор: …", a viewer's button text before the field).
    static func labelled(_ text: String) -> String? {
        let lower = text.lowercased()
        for label in labels where lower.hasPrefix(label) {
            return String(text.dropFirst(label.count)).trimmingCharacters(in: .whitespaces)
        }
        // A field label glued to its value by extraction ("AuthorMoreno, Ana"): the label's
        // word, then a capital where a word of its own would go on in lowercase.
        for label in gluedLabels where lower.hasPrefix(label) {
            let rest = text.dropFirst(label.count)
            if rest.first?.isUppercase == true, rest.dropFirst().first?.isLowercase == true { return String(rest) }
        }
        if let space = lower.firstIndex(of: " ") {
            let rest = lower[lower.index(after: space)...]
            for label in labels where label.hasSuffix(":") && rest.hasPrefix(label) {
                return String(text[text.index(text.startIndex, offsetBy: lower.distance(from: lower.startIndex, to: rest.startIndex) + label.count)...])
            }
        }
        return nil
    }

    /// A labelled value: "Surname, Given; Surname, Given", "Surname, Given P. - follow", or
    /// names as in a byline. Text after a dash, a bar or a parenthesis is a web page's own
    /// (a "follow this author" link, a role).
    static func parseLabelled(_ raw: String) -> [String]? {
        // "By the Research Team (Ana Moreno and Jin Lee)": the people in the parenthesis.
        if let open = raw.firstIndex(of: "("), let close = raw[open...].firstIndex(of: ")"),
           PersonNames.parseByline(String(raw[..<open])) == nil,
           let names = PersonNames.parseByline(String(raw[raw.index(after: open)..<close])) {
            return names
        }
        var value = raw
        for stop in [" - ", " – ", " | ", " (", "  "] {
            if let range = value.range(of: stop) { value = String(value[..<range.lowerBound]) }
        }
        value = value.trimmingCharacters(in: .whitespaces)
        guard !value.isEmpty else { return nil }
        let semicolonParts = value.split(separator: ";").map { $0.trimmingCharacters(in: .whitespaces) }
        if semicolonParts.count > 1 || (semicolonParts.count == 1 && isInvertedPairList(value)) {
            var names = [String]()
            for part in semicolonParts {
                // "Moreno, A., Lee, J., & Castell, R.": the joiner before the last surname goes.
                let pieces = part.split(separator: ",").map { piece -> String in
                    let trimmed = piece.trimmingCharacters(in: .whitespaces)
                    for joiner in ["& ", "and "] where trimmed.hasPrefix(joiner) { return String(trimmed.dropFirst(joiner.count)) }
                    return trimmed
                }
                if pieces.count == 2, let name = PersonNames.parseName(pieces[1] + " " + pieces[0]) { names.append(name); continue }
                if pieces.count > 2, pieces.count % 2 == 0, isInvertedPairList(part) {
                    names += stride(from: 0, to: pieces.count, by: 2).compactMap { PersonNames.parseName(pieces[$0 + 1] + " " + pieces[$0]) }
                    continue
                }
                guard let parsed = PersonNames.parseByline(part) else { return nil }
                names += parsed
            }
            return names.isEmpty ? nil : names
        }
        return PersonNames.parseByline(value) ?? namesBeforeAffiliation(words(value), email: nil)?.names
    }

    /// "Moreno, Ana; …" or "Moreno, Ana, Lee, Jin and Castell, Rosa": comma-separated pieces that
    /// pair a one-word surname with given names or initials.
    private static func isInvertedPairList(_ text: String) -> Bool {
        let pieces = text.replacingOccurrences(of: " and ", with: ", ").replacingOccurrences(of: " & ", with: ", ")
            .split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
        guard pieces.count >= 2, pieces.count % 2 == 0 else { return false }
        for index in stride(from: 0, to: pieces.count, by: 2) {
            let surname = pieces[index].split(separator: " ")
            guard surname.count == 1 || (surname.count == 2 && PersonNames.particles.contains(String(surname[0]))) else { return false }
            guard PersonNames.parseName(pieces[index + 1] + " " + pieces[index]) != nil else { return false }
        }
        return true
    }

    /// The names that open `words` when an affiliation follows them ("Terry Moreno Department of
    /// Sociology", "Jon D. Lee, Emory University", "Ana Lee Johns Hopkins University"), with the
    /// index of the first word after the names. The affiliation starts at its keyword when the
    /// keyword is followed by "of" or "for" ("University of …"); otherwise one to three
    /// capitalized words before the keyword belong to it ("Emory University"), and the e-mail
    /// address, when the line gives one, decides how many.
    static func namesBeforeAffiliation(_ words: [Substring], email: String?) -> (names: [String], end: Int)? {
        guard let keyword = words.firstIndex(where: { affiliationWords.contains(bare($0)) }), keyword >= 2 else { return nil }
        let opensPhrase = opensAffiliation(words, at: keyword)
        // The shortest name is preferred: two-word names are the rule, three-word affiliations
        // ("Stony Brook University") common.
        let prefixes = opensPhrase ? [0] : [3, 2, 1]
        var fallback: (names: [String], end: Int)?
        for taken in prefixes where keyword - taken >= 2 {
            let affiliation = words[(keyword - taken)..<keyword]
            // The affiliation's words are set like its keyword: "KARATAŞLI Princeton University"
            // is a name in capitals, then the affiliation.
            let shouting = { (word: Substring) in word.count > 1 && !word.contains(where: \.isLowercase) }
            guard affiliation.allSatisfy({ $0.first?.isUppercase == true && shouting($0) == shouting(words[keyword]) }) else { continue }
            var text = words[..<(keyword - taken)].joined(separator: " ")
            if text.hasSuffix(",") { text.removeLast() }
            guard let names = PersonNames.parseByline(text) else { continue }
            if let email, names.contains(where: { matches(email: email, name: $0) }) { return (names, keyword - taken) }
            if fallback == nil { fallback = (names, keyword - taken) }
        }
        return fallback
    }

    /// Romance languages set the keyword first, its qualifiers after ("Universidade Federal do
    /// …", "Université Laval"): the affiliation starts at the keyword whatever follows.
    static let keywordFirst: Set<String> = ["universidad", "universidade", "université", "università", "instituto"]

    /// Whether the affiliation starts at its keyword: "of" or "for" follows ("University of …"),
    /// or the keyword is one Romance languages set first.
    static func opensAffiliation(_ words: [Substring], at keyword: Int) -> Bool {
        keywordFirst.contains(bare(words[keyword]))
            || (keyword + 1 < words.count && ["of", "for", "de", "di", "für"].contains(bare(words[keyword + 1])))
    }

    /// Whether the local part of an e-mail address spells a part of the name: a given name or
    /// surname ("hofung", "brewerbd") or the initials ("jdc").
    static func matches(email: String, name: String) -> Bool {
        let parts = name.split(separator: " ").map { String(NameFolding.letters($0)) }.filter { !$0.isEmpty }
        if parts.contains(where: { $0.count >= 3 && email.contains($0) }) { return true }
        let initials = String(parts.compactMap(\.first))
        return initials.count >= 2 && email.hasPrefix(initials)
    }

    /// The folded letters of the local part of the first e-mail address in `text`.
    static func emailLocalPart(in text: String) -> String? {
        guard let at = text.firstIndex(of: "@") else { return nil }
        var start = at
        while start > text.startIndex {
            let previous = text.index(before: start)
            let character = text[previous]
            guard character.isLetter || character.isNumber || character == "." || character == "_" || character == "-" else { break }
            start = previous
        }
        let local = NameFolding.letters(text[start..<at])
        return local.isEmpty ? nil : local
    }

    static func words(_ text: String) -> [Substring] {
        text.split(separator: " ")
    }

    /// A word without surrounding punctuation, lowercased.
    static func bare(_ word: Substring) -> String {
        word.trimmingCharacters(in: punctuationButFullStop).lowercased()
    }

    /// Made once: building it per word was a set subtraction per word of every head line.
    private static let punctuationButFullStop = CharacterSet.punctuationCharacters.subtracting(CharacterSet(charactersIn: "."))
}

/// Case and accent folding for comparing names with addresses.
enum NameFolding {
    /// Lowercased ASCII-folded letters only: "Ho-fung" → "hofung", "Maíra" → "maira".
    static func letters<S: StringProtocol>(_ text: S) -> String {
        let folded = String(text).folding(options: [.caseInsensitive, .diacriticInsensitive], locale: nil)
        return String(folded.unicodeScalars.filter { $0.properties.isAlphabetic }.map(Character.init))
    }
}

/// Field labels that introduce the title on catalogue pages ("Title: …", "标题:…").
enum TitleLabels {
    static let labels = ["title:", "titre:", "título:", "titel:", "标题:", "标题：", "题名:", "название:"]

    /// The value after a title label at the start of `line`, or nil.
    static func value(of line: String) -> String? {
        let lower = line.lowercased()
        for label in labels where lower.hasPrefix(label) {
            return String(line.dropFirst(label.count)).trimmingCharacters(in: .whitespaces)
        }
        return nil
    }
}
