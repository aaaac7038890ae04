import BraudelDocuments
import BraudelText
import Foundation

/// The bibliography formats Braudel writes: what Zotero, JabRef, citeproc and pandoc import.
public enum BibliographyFormat: String, Sendable, CaseIterable {
    case bibtex, ris, csljson
}

/// Writes entries as BibTeX, RIS or CSL-JSON. Citation keys are made from the entry's own
/// values (first surname, year, first title word), so the same work gets the same key in every
/// run; a clash gets a suffix from the entry's stable `identity`, never from its position.
public enum BibliographyWriter {
    /// `identities`: one stable string per entry (a work key, a document path) for clashing keys.
    public static func write(_ entries: [LibraryEntry], identities: [String], as format: BibliographyFormat) -> String {
        let keys = citationKeys(entries, identities: identities)
        switch format {
        case .bibtex: return zip(entries, keys).map { bibTeX($0, key: $1) }.joined(separator: "\n")
        case .ris: return zip(entries, keys).map { ris($0, key: $1) }.joined()
        case .csljson: return cslJSON(entries, keys: keys)
        }
    }

    /// `surname` + `year` + first title word, ASCII letters and digits ("wallerstein1974modern").
    static func citationKeys(_ entries: [LibraryEntry], identities: [String]) -> [String] {
        let bases = entries.map { entry -> String in
            let surname = entry.authors.first?.family ?? "anon"
            let word = LibraryMatcher.words(entry.title ?? "").first { $0.count > 3 } ?? ""
            return asciiKey(surname).lowercased() + (entry.year.map(String.init) ?? "nd") + asciiKey(word)
        }
        var counts = [String: Int]()
        for base in bases { counts[base, default: 0] += 1 }
        return zip(bases, identities).map { base, identity in
            counts[base, default: 0] > 1 ? base + "-" + String(ContentHash.of(Array(identity.utf8)).prefix(6)) : base
        }
    }

    private static func asciiKey(_ text: String) -> String {
        String(Folding.withoutDiacritics(text).unicodeScalars.filter { $0.isASCII && ($0.properties.isAlphabetic || ("0"..."9").contains($0)) }
            .map(Character.init))
    }

    private static func entryType(_ entry: LibraryEntry) -> (bibtex: String, ris: String, csl: String) {
        if entry.container != nil && (entry.volume != nil || entry.issue != nil || entry.doi != nil && entry.publisher == nil) {
            return ("article", "JOUR", "article-journal")
        }
        if entry.container != nil { return ("incollection", "CHAP", "chapter") }
        if entry.publisher != nil { return ("book", "BOOK", "book") }
        return ("misc", "GEN", "document")
    }

    // MARK: BibTeX

    private static func bibTeX(_ entry: LibraryEntry, key: String) -> String {
        var fields: [(String, String)] = []
        if !entry.authors.isEmpty { fields.append(("author", entry.authors.map(bibTeXName).joined(separator: " and "))) }
        let optional: [(String, String?)] = [
            ("title", entry.title), ("journal", entryType(entry).bibtex == "article" ? entry.container : nil),
            ("booktitle", entryType(entry).bibtex == "incollection" ? entry.container : nil),
            ("year", entry.year.map(String.init)), ("volume", entry.volume), ("number", entry.issue),
            ("pages", entry.pages?.replacingOccurrences(of: "–", with: "--")), ("publisher", entry.publisher),
            ("address", entry.place), ("doi", entry.doi), ("url", entry.url), ("language", entry.language),
            ("keywords", entry.keywords.isEmpty ? nil : entry.keywords.joined(separator: ", ")),
        ]
        for case let (name, value?) in optional { fields.append((name, escape(value))) }
        let body = fields.map { "  \($0.0) = {\($0.1)}," }.joined(separator: "\n")
        return "@\(entryType(entry).bibtex){\(key),\n\(body)\n}\n"
    }

    private static func bibTeXName(_ name: PersonName) -> String {
        if name.isLiteral || name.given == nil { return name.isLiteral ? "{\(escape(name.family))}" : escape(name.surname) }
        let suffix = name.suffix.map { ", \(escape($0))" } ?? ""
        return "\(escape(name.surname))\(suffix), \(escape(name.given ?? ""))"
    }

    /// BibTeX's special characters escaped; braces dropped (a value never needs its own).
    private static func escape(_ text: String) -> String {
        var out = ""
        for c in text {
            switch c {
            case "&", "%", "$", "#", "_": out += "\\\(c)"
            case "{", "}", "\\": break
            case "~": out += "\\textasciitilde{}"
            default: out.append(c)
            }
        }
        return out
    }

    // MARK: RIS

    private static func ris(_ entry: LibraryEntry, key: String) -> String {
        var lines = ["TY  - \(entryType(entry).ris)", "ID  - \(key)"]
        for name in entry.authors {
            lines.append("AU  - " + (name.isLiteral || name.given == nil ? name.surname
                                     : "\(name.surname), \(name.given ?? "")" + (name.suffix.map { ", \($0)" } ?? "")))
        }
        let pages = entry.pages.map { $0.split(whereSeparator: { $0 == "-" || $0 == "–" }).map(String.init) } ?? []
        let optional: [(String, String?)] = [
            ("TI", entry.title), ("T2", entry.container), ("PY", entry.year.map(String.init)), ("VL", entry.volume),
            ("IS", entry.issue), ("SP", pages.first), ("EP", pages.count > 1 ? pages.last : nil), ("PB", entry.publisher),
            ("CY", entry.place), ("DO", entry.doi), ("UR", entry.url), ("LA", entry.language),
        ]
        for case let (tag, value?) in optional { lines.append("\(tag)  - \(oneLine(value))") }
        lines += entry.keywords.map { "KW  - \(oneLine($0))" }
        lines.append("ER  - ")
        return lines.joined(separator: "\n") + "\n\n"
    }

    private static func oneLine(_ text: String) -> String {
        text.split(whereSeparator: \.isNewline).joined(separator: " ")
    }

    // MARK: CSL-JSON

    private struct CSLName: Encodable {
        var family: String?
        var given: String?
        var literal: String?
        var suffix: String?
    }

    private struct CSLDate: Encodable {
        var dateParts: [[Int]]
        enum CodingKeys: String, CodingKey { case dateParts = "date-parts" }
    }

    private struct CSLItem: Encodable {
        var id: String
        var type: String
        var title: String?
        var author: [CSLName]?
        var issued: CSLDate?
        var containerTitle: String?
        var volume: String?
        var issue: String?
        var page: String?
        var publisher: String?
        var publisherPlace: String?
        var doi: String?
        var url: String?
        var language: String?
        var keyword: String?
        enum CodingKeys: String, CodingKey {
            case id, type, title, author, issued, volume, issue, page, publisher, language, keyword
            case containerTitle = "container-title", publisherPlace = "publisher-place", doi = "DOI", url = "URL"
        }
    }

    private static func cslJSON(_ entries: [LibraryEntry], keys: [String]) -> String {
        let items = zip(entries, keys).map { entry, key in
            CSLItem(id: key, type: entryType(entry).csl, title: entry.title,
                    author: entry.authors.isEmpty ? nil : entry.authors.map { name in
                        name.isLiteral ? CSLName(literal: name.family)
                            : CSLName(family: name.surname, given: name.given, suffix: name.suffix)
                    },
                    issued: entry.year.map { CSLDate(dateParts: [[$0]]) }, containerTitle: entry.container,
                    volume: entry.volume, issue: entry.issue, page: entry.pages, publisher: entry.publisher,
                    publisherPlace: entry.place, doi: entry.doi, url: entry.url, language: entry.language,
                    keyword: entry.keywords.isEmpty ? nil : entry.keywords.joined(separator: ", "))
        }
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        return String(decoding: (try? encoder.encode(items)) ?? Data("[]".utf8), as: UTF8.self) + "\n"
    }
}
