import BraudelText
import Foundation

/// Reads a byline ("Maria K. Okafor and Thomas Lindqvist", "by Jane Doe", "JANE DOE*") into
/// personal names, or refuses when the line is not made of names only.
enum PersonNames {
    /// Lowercase particles inside names.
    static let particles = NameParticles.all.union(NameParticles.joiners)

    /// Capitalized words that are common in titles and almost never personal names; a line
    /// made of them is a title's second line, not a byline.
    static let titleWords: Set<String> = [
        "the", "of", "and", "in", "on", "for", "to", "a", "an", "from", "with", "between", "toward",
        "towards", "world", "global", "system", "systems", "economy", "economic", "economics",
        "capitalism", "capitalist", "state", "states", "crisis", "hegemony", "theory", "history",
        "analysis", "development", "politics", "political", "social", "society", "modern", "core",
        "periphery", "peripheral", "semiperiphery", "semiperipheral", "international", "revolution",
        "war", "labor", "labour", "trade", "empire", "century", "perspective", "perspectives",
        "approach", "introduction", "review", "studies", "research", "essay", "essays", "abstract",
        "chapter", "part", "contemporary", "new", "order", "power", "change", "long", "age",
        "accumulation", "dependency", "globalization", "inequality", "market", "markets", "class",
        "journal", "university", "press", "working", "paper", "notes", "age", "rise", "fall",
        // Words of organizations, series and page furniture: "Meridian Institute", "Living
        // Edition", "Learning Objectives" are not people.
        "institute", "foundation", "association", "society", "center", "centre", "group", "forum",
        "network", "bank", "council", "library", "publishing", "publishers", "books", "series",
        "media", "news", "magazine", "blog", "edition", "living", "entry", "reference", "preview",
        "online", "objectives", "learning", "outline", "overview", "summary", "download", "email",
        "editor", "editors", "author", "authors", "page", "department", "school", "college",
        "consult", "consulting", "consultants", "ltd", "inc", "by", "publications", "citations", "profile", "details", "description", "bibliographic",
    ]

    /// Words that mark an affiliation after the names ("Maria Okafor, University of Lagos").
    static let affiliationWords = [
        "university", "universidad", "universität", "université", "institute", "college", "school",
        "department", "centre", "center", "academy", "foundation",
    ]

    /// The names on `line`, or nil when it is not a byline.
    static func parseByline(_ line: String) -> [String]? {
        var text = line.trimmingCharacters(in: .whitespaces)
        guard !text.isEmpty, text.count <= 120 else { return nil }
        for prefix in ["by ", "By ", "BY "] where text.hasPrefix(prefix) {
            text = String(text.dropFirst(prefix.count))
        }
        let parts = splitNames(text)
        guard !parts.isEmpty else { return nil }
        var names = [String]()
        for part in parts {
            if let name = parseName(part) {
                names.append(name)
                continue
            }
            let lower = part.lowercased()
            if !names.isEmpty && affiliationWords.contains(where: { lower.contains($0) }) { break }
            return nil
        }
        return names.isEmpty ? nil : names
    }

    /// Splits on commas, semicolons, " and ", " & ", and the French, Spanish and German "and"
    /// (" et ", " y ", " und "), which a byline in those languages uses.
    private static func splitNames(_ text: String) -> [String] {
        var normalized = text.replacingOccurrences(of: " & ", with: ",")
        for conjunction in [" and ", " AND ", " et ", " y ", " und "] {
            normalized = normalized.replacingOccurrences(of: conjunction, with: ",")
        }
        normalized = normalized.replacingOccurrences(of: ";", with: ",")
        return normalized.split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
    }

    /// One personal name: 2–5 words of initials, capitalized words and particles, at least one
    /// capitalized word of two letters or more, none a title word. Footnote symbols and digits
    /// trailing the name are dropped; an ALL CAPS name is put in Title Case.
    static func parseName(_ raw: String) -> String? {
        // A note mark in parentheses ("Ana Moreno(*)", "Jin Lee (1)") goes with its brackets.
        let cleaned = String(raw.unicodeScalars.filter { !"*†‡§¹²³⁴⁵⁶⁷⁸⁹⁰0123456789".unicodeScalars.contains($0) })
            .replacingOccurrences(of: "()", with: "").replacingOccurrences(of: "( )", with: "")
        var words = cleaned.split(separator: " ").map(String.init)
        // An academic title before the name ("Dr. Ana Moreno", "Lic. Rosa Lee") is not part of it.
        if words.count >= 3, honorifics.contains(words[0].lowercased()) { words.removeFirst() }
        // An affiliation mark set as a letter after the name ("Ana Moreno a", "Jin Lee b,c").
        if words.count >= 3, let last = words.last, last.count <= 3,
           last.allSatisfy({ ("a"..."e").contains($0) || $0 == "," }) { words.removeLast() }
        guard words.count >= 2, words.count <= 5 else { return nil }
        var fullWords = 0
        var output = [String]()
        for (position, word) in words.enumerated() {
            if particles.contains(word) && position > 0 && position < words.count - 1 {
                output.append(word)
                continue
            }
            if isInitial(word) { output.append(word); continue }
            guard let first = word.unicodeScalars.first, UTF8Bytes.isUppercase(first),
                  word.unicodeScalars.allSatisfy({ UTF8Bytes.isLetter($0) || $0 == "-" || $0 == "'" || $0 == "\u{2019}" }),
                  !titleWords.contains(word.lowercased()),
                  // "Pontifical University of …" is an institution, never a person.
                  !Bylines.affiliationWords.contains(word.lowercased()),
                  // "World-Systems" is two title words, not a double-barrelled name.
                  !(word.contains("-") && word.lowercased().split(separator: "-").allSatisfy { titleWords.contains(String($0)) })
            else { return nil }
            fullWords += 1
            output.append(isShouting(word) ? titleCased(word) : word)
        }
        guard fullWords >= 1, !isInitial(words[words.count - 1]) else { return nil }
        return output.joined(separator: " ")
    }

    /// Whether every full word of `name` (two at least; initials and particles aside) is one
    /// the document also writes in lowercase: ordinary words, not a person's. A given name is
    /// never written in lowercase, so one word is enough to keep a name.
    static func isMadeOfOrdinaryWords(_ name: String, _ common: CommonWordEvidence) -> Bool {
        let words = name.split(separator: " ").filter { $0.count >= 2 && !isInitial(String($0)) && !particles.contains(String($0)) }
            .map { $0.lowercased() }
        return words.count >= 2 && common.allWrittenLowercase(words)
    }

    /// Academic and professional titles printed before a name in a byline.
    static let honorifics: Set<String> = [
        "dr.", "dra.", "prof.", "profa.", "prof", "dr", "lic.", "licda.", "mtro.", "mtra.", "ing.", "mag.", "mgr.",
    ]

    /// "K." "K" "J.-P." "M.K."
    private static func isInitial(_ word: String) -> Bool {
        let letters = word.unicodeScalars.filter { UTF8Bytes.isLetter($0) }
        guard !letters.isEmpty, letters.allSatisfy(UTF8Bytes.isUppercase) else { return false }
        let onlyInitialMarks = word.unicodeScalars.allSatisfy { UTF8Bytes.isLetter($0) || $0 == "." || $0 == "-" }
        return onlyInitialMarks && (letters.count == 1 || (word.contains(".") && letters.count <= 3))
    }

    private static func isShouting(_ word: String) -> Bool {
        let letters = word.unicodeScalars.filter { UTF8Bytes.isLetter($0) }
        return letters.count >= 2 && letters.allSatisfy(UTF8Bytes.isUppercase)
    }

    /// "CHASE-DUNN" → "Chase-Dunn".
    private static func titleCased(_ word: String) -> String {
        var result = ""
        var startOfPart = true
        for character in word {
            result += startOfPart ? character.uppercased() : character.lowercased()
            startOfPart = !character.isLetter
        }
        return result
    }
}
