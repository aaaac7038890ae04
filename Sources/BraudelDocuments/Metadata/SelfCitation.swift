import Foundation

/// The page's own suggested citation ("Recommended Citation", "How to cite", "Cómo citar",
/// "To cite this article"): repository and journal pages print it near the top, and it names
/// the work's authors, year and title outright where the page's layout (field lists, a file
/// name for heading) hides them. Read in the forms these blocks use: `Surname, Given, "Title"
/// (2025). Series.` and `Surname, G. (2025). Title. Journal, …`.
struct SelfCitation {
    let title: String
    let authors: [String]
    let year: Int

    /// Labels that announce the citation, compared lowercased at the start of a line.
    static let labels = [
        "recommended citation", "suggested citation", "how to cite", "cite this article", "to cite this article",
        "cite as", "citation:", "cómo citar", "como citar", "para citar", "pour citer", "citer cet article",
    ]

    /// The first suggested citation among `lines`: the value after a label on the same line
    /// (after its colon) or on the next line.
    static func find(in lines: [String]) -> SelfCitation? {
        for (index, line) in lines.enumerated() where labelBytes.contains(where: { startsWith($0, line) }) {
            if let colon = line.firstIndex(of: ":"), let citation = parse(String(line[line.index(after: colon)...])) {
                return citation
            }
            if index + 1 < lines.count, let citation = parse(lines[index + 1]) { return citation }
        }
        return nil
    }

    /// An unlabelled citation line among `lines` whose title is `title`.
    static func repeating(_ title: String, in lines: [String]) -> SelfCitation? {
        let key = TitleBlockSeparator.comparisonKey(title)
        // Only lines with "(" and the title's length are parsed.
        return lines.lazy.filter { $0.utf8.count > title.utf8.count && $0.utf8.contains(0x28) }
            .compactMap(parse).first { TitleBlockSeparator.comparisonKey($0.title) == key }
    }

    private static let labelBytes = labels.map { Array($0.utf8) }

    /// Whether `line` opens with `label`, ASCII letters compared without case: a byte test, as
    /// this runs on every head line of every document.
    private static func startsWith(_ label: [UInt8], _ line: String) -> Bool {
        var index = 0
        for byte in line.utf8 {
            guard index < label.count else { return true }
            let folded = byte >= 0x41 && byte <= 0x5A ? byte + 0x20 : byte
            guard folded == label[index] else { return false }
            index += 1
        }
        return index == label.count
    }

    /// Names, then the year in parentheses, then the title: quoted anywhere on the line, or the
    /// sentence after the year.
    static func parse(_ raw: String) -> SelfCitation? {
        let text = raw.trimmingCharacters(in: .whitespaces)
        guard let (open, year) = parenthesizedYear(in: text) else { return nil }
        let namePart = quotedStart(in: text).map { min($0, open) } ?? open
        var names = String(text[..<namePart]).trimmingCharacters(in: .whitespaces)
        // A separating comma goes; an initial keeps its full stop ("Lee, J.").
        while let last = names.last, last == "," || last == " " { names.removeLast() }
        let authors = invertedNames(names)
        guard !authors.isEmpty else { return nil }
        let title: String
        if let quoted = quotedTitle(in: text) {
            title = quoted
        } else {
            let after = text[text.index(open, offsetBy: 6)...].drop { " .,".contains($0) }
            guard let end = after.range(of: ". ") else { return nil }
            title = String(after[..<end.lowerBound])
        }
        guard title.split(separator: " ").count >= 2 else { return nil }
        return SelfCitation(title: title, authors: authors, year: year)
    }

    /// "(2025)" or "(2010)": the position of the parenthesis and the year.
    private static func parenthesizedYear(in text: String) -> (String.Index, Int)? {
        var search = text.startIndex
        while let open = text[search...].firstIndex(of: "(") {
            let digits = text[text.index(after: open)...].prefix(5)
            if digits.count == 5, digits.last == ")", let year = Int(digits.dropLast()), PublicationYear.range.contains(year) {
                return (open, year)
            }
            search = text.index(after: open)
        }
        return nil
    }

    private static let openQuotes: Set<Character> = ["\"", "“", "‘", "'"]

    private static func quotedStart(in text: String) -> String.Index? {
        text.firstIndex { openQuotes.contains($0) }
    }

    /// The text between the first pair of quotation marks, without a closing comma or stop.
    private static func quotedTitle(in text: String) -> String? {
        guard let open = quotedStart(in: text) else { return nil }
        let closing: Set<Character> = text[open] == "“" ? ["”"] : text[open] == "‘" ? ["’"] : [text[open]]
        let rest = text[text.index(after: open)...]
        guard let close = rest.firstIndex(where: closing.contains) else { return nil }
        var title = String(rest[..<close]).trimmingCharacters(in: .whitespaces)
        while let last = title.last, ",.".contains(last) { title.removeLast() }
        return title
    }

    /// "Bellini, Carolena Francis", "Salas Duarte, L.; Lee, J. and Moreno, A.": each author as
    /// "Surname, Given", put in reading order and checked as a personal name.
    static func invertedNames(_ text: String) -> [String] {
        var normalized = text
        for joiner in [" and ", " & ", " y ", " e ", " et "] { normalized = normalized.replacingOccurrences(of: joiner, with: ";") }
        var names = [String]()
        for part in normalized.split(separator: ";") {
            let pieces = part.split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces) }
            guard pieces.count == 2, let name = PersonNames.parseName(pieces[1] + " " + pieces[0]) else { return [] }
            names.append(name)
        }
        return names
    }
}
