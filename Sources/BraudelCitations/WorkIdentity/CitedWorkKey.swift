import Foundation

/// The identity of one cited work across documents, so that citations and reference entries
/// from different texts are counted together. The index stores it as `storageKey` and reads it
/// back with `init(storageKey:)`; nothing else takes the string apart.
///
/// What makes two citations one work:
/// - the first surname, folded (case, diacritics, hyphen and space: "Chase-Dunn" = "Chase Dunn",
///   "Bértola" = "Bertola"); given names never count ("Samir Amin" is "amin");
/// - the co-authors, as far as they are known: none ("Moreno 2001", a chapter), one
///   ("Moreno and Castell 2001", the edited volume — another work), or several ("et al."). A lone
///   co-author is keyed by the first four letters of the folded surname, so a slip later in the
///   name ("Castel") still meets the right work;
/// - the year as written (lowercased; its a/b letter dropped when a title follows, since the
///   letter only tells works apart inside one reference list);
/// - the first three significant title words, when a reference entry gives a title.
public struct CitedWorkKey: Hashable, Sendable, CustomStringConvertible {
    /// Who wrote the work beside the first author.
    public enum Coauthors: Hashable, Sendable {
        case none
        /// The lone co-author's folded surname, cut to its first four letters.
        case one(String)
        /// Three or more authors, or "et al.".
        case several
    }

    /// The first author's folded surname ("wallerstein", "chase-dunn", "world-bank").
    public var firstAuthor: String
    public var coauthors: Coauthors
    public var year: String
    /// Significant title words, folded and joined by spaces; nil without a title.
    public var title: String?

    /// The key of a work by `authors` (surnames as cited or listed), `etAl` when the citation
    /// wrote "et al.", `year` as written, and the title when an entry gives one.
    public init(authors: [String], etAl: Bool = false, year: String, title: String? = nil) {
        firstAuthor = Self.surnameKey(authors.first ?? "")
        if etAl || authors.count >= 3 {
            coauthors = .several
        } else if authors.count == 2 {
            coauthors = .one(String(Self.surnameKey(authors[1]).filter { $0 != "-" }.prefix(4)))
        } else {
            coauthors = .none
        }
        let words = title.map { NameFolding.words($0).filter { !Self.titleStopWords.contains($0) }.prefix(3) } ?? []
        self.title = words.isEmpty ? nil : words.joined(separator: " ")
        self.year = self.title == nil ? Self.yearKey(year) : Self.withoutSuffix(Self.yearKey(year))
    }

    /// A citation's work: the linked reference's authors, year and title when there is one, so
    /// that every citation linked to one entry is one work.
    public init(citation: InTextCitation, reference: ReferenceEntry?) {
        if let reference, !reference.authors.isEmpty {
            self.init(authors: reference.authors, year: reference.year ?? citation.year, title: reference.title)
        } else {
            self.init(authors: citation.authors, etAl: citation.etAl, year: citation.year)
        }
    }

    /// "wallerstein|1974|modern world system", "moreno+cast|2001", "silver+etal|2008".
    public var storageKey: String {
        var key = firstAuthor
        switch coauthors {
        case .none: break
        case .one(let name): key += "+" + name
        case .several: key += "+etal"
        }
        key += "|" + year
        if let title { key += "|" + title }
        return key
    }

    public var description: String { storageKey }

    /// Reads back a key written by `storageKey`; nil for text that is not one.
    public init?(storageKey: String) {
        let parts = storageKey.split(separator: "|", maxSplits: 2, omittingEmptySubsequences: false).map(String.init)
        guard parts.count >= 2, !parts[0].isEmpty else { return nil }
        let names = parts[0].split(separator: "+", maxSplits: 1).map(String.init)
        firstAuthor = names[0]
        switch names.count == 2 ? names[1] : nil {
        case nil: coauthors = .none
        case "etal": coauthors = .several
        case let name?: coauthors = .one(name)
        }
        year = parts[1]
        title = parts.count == 3 ? parts[2] : nil
    }

    /// The keys of one document's citations, with "et al." citations joined to the work the
    /// same document cites with its co-authors written out: "Moreno, Lee and Castell (2001)"
    /// and later "Moreno et al. (2001)" are one work, and so are "Hopkins and Wallerstein
    /// (1987)" and "Hopkins et al. (1987)" when no other work of Hopkins in 1987 is cited. Only
    /// keys without a title (citations no reference entry identified) are joined, and only to
    /// a single candidate; a lone "Moreno (2001)" is never joined to "Moreno and Castell
    /// (2001)": a chapter and the volume holding it are two works.
    public static func unifyingEtAl(_ keys: [CitedWorkKey]) -> [CitedWorkKey] {
        var named: [String: Set<CitedWorkKey>] = [:]
        for key in keys where key.title == nil {
            if case .one = key.coauthors { named[key.firstAuthor + "|" + key.year, default: []].insert(key) }
        }
        return keys.map { key in
            guard key.title == nil, key.coauthors == .several, let candidates = named[key.firstAuthor + "|" + key.year],
                  candidates.count == 1, let only = candidates.first else { return key }
            return only
        }
    }

    /// A DOI compared across documents: lowercased (DOIs ignore case), without a "doi:" or
    /// doi.org prefix and trailing punctuation.
    public static func normalizedDOI(_ doi: String) -> String {
        var text = doi.trimmingCharacters(in: .whitespacesAndNewlines).lowercased()
        for prefix in ["https://doi.org/", "http://doi.org/", "https://dx.doi.org/", "http://dx.doi.org/", "doi:"]
        where text.hasPrefix(prefix) {
            text = String(text.dropFirst(prefix.count)).trimmingCharacters(in: .whitespaces)
        }
        while let last = text.last, ".,;:".contains(last) { text.removeLast() }
        return text
    }

    /// Words skipped when picking a title's significant words.
    static let titleStopWords: Set<String> = [
        "a", "an", "the", "of", "and", "in", "on", "for", "to", "with", "at", "by", "from", "as", "its", "or",
        "into", "toward", "towards", "de", "la", "le", "les", "el", "los", "las", "der", "die", "das", "und",
        "et", "des", "du", "y", "e", "il", "lo", "une", "un",
    ]

    /// "Chase-Dunn" and "Chase Dunn" → "chase-dunn"; "Bértola" → "bertola"; "O'Brien" →
    /// "obrien". A "Surname, Given" form keeps the surname; "et al." is dropped.
    static func surnameKey(_ author: String) -> String {
        var name = author
        if let comma = name.firstIndex(of: ",") { name = String(name[..<comma]) }
        var words = NameFolding.words(name)
        if words.count >= 2, EtAlMarker.pairs.contains(where: { $0 == (words[words.count - 2], words[words.count - 1]) }) { words.removeLast(2) }
        if words.count > 1, words[0] == "the" { words.removeFirst() }
        return words.joined(separator: "-")
    }

    /// "1974a" → "1974"; other years as they are.
    static func withoutSuffix(_ year: String) -> String {
        let scalars = Array(year.unicodeScalars)
        guard scalars.count == 5, scalars[..<4].allSatisfy({ ("0"..."9").contains($0) }), ("a"..."z").contains(scalars[4]) else { return year }
        return String(year.dropLast())
    }

    /// The year as written, lowercased and trimmed ("1974A " → "1974a").
    static func yearKey(_ year: String) -> String {
        NameFolding.plain(year).split(whereSeparator: { $0 == " " || $0 == "\n" }).joined(separator: " ")
    }
}
