import Foundation

/// A person as a reference manager records one: family name with its particle, given names,
/// suffix; or a literal name (an organization) kept whole.
public struct PersonName: Sendable, Hashable, Codable {
    public var given: String?
    /// A particle written before the family name: "van der", "de la" ("von" in BibTeX's terms).
    public var particle: String?
    public var family: String
    public var suffix: String?
    /// True for a name kept whole (`{{World Bank}}`, CSL's `literal`): no given name to split off.
    public var isLiteral: Bool

    public init(given: String? = nil, particle: String? = nil, family: String, suffix: String? = nil, isLiteral: Bool = false) {
        self.given = given.flatMap { $0.isEmpty ? nil : $0 }
        self.particle = particle.flatMap { $0.isEmpty ? nil : $0 }
        self.family = family
        self.suffix = suffix.flatMap { $0.isEmpty ? nil : $0 }
        self.isLiteral = isLiteral
    }

    /// The name as printed, the way the index stores authors: "Ana M. de la Vega", "Jr." last.
    public var fullName: String {
        [given, particle, family, suffix].compactMap { $0 }.joined(separator: " ")
    }

    /// The family name with its particle, as sorted and cited: "de la Vega".
    public var surname: String {
        [particle, family].compactMap { $0 }.joined(separator: " ")
    }
}

/// Where an entry was read: the sidecar file and the line its record starts on (1-based).
public struct LibrarySource: Sendable, Hashable {
    public var file: String
    public var line: Int

    public init(file: String, line: Int) {
        self.file = file
        self.line = line
    }
}

/// One bibliographic record of a researcher's library (a BibTeX entry, an RIS record, a
/// CSL-JSON item), reduced to what Braudel uses of it.
public struct LibraryEntry: Sendable, Hashable {
    /// The citation key or item id ("wallerstein1974"), when the format has one.
    public var key: String?
    /// The record type as the format spells it (`article`, `JOUR`, `article-journal`).
    public var type: String?
    public var title: String?
    public var authors: [PersonName]
    public var year: Int?
    /// Journal, book or series the work appeared in.
    public var container: String?
    /// Bare DOI, lowercase ("10.1017/s0010417500007520").
    public var doi: String?
    public var language: String?
    public var keywords: [String]
    /// Attached files as absolute, standardized paths (resolved against the sidecar's folder).
    public var files: [String]
    public var source: LibrarySource

    public init(key: String? = nil, type: String? = nil, title: String? = nil, authors: [PersonName] = [], year: Int? = nil,
                container: String? = nil, doi: String? = nil, language: String? = nil, keywords: [String] = [],
                files: [String] = [], source: LibrarySource) {
        self.key = key
        self.type = type
        self.title = title
        self.authors = authors
        self.year = year
        self.container = container
        self.doi = doi.map(LibraryEntry.bareDOI)
        self.language = language
        self.keywords = keywords
        self.files = files
        self.source = source
    }

    /// A DOI without its resolver prefix ("https://doi.org/", "doi:"), lowercase: DOIs are
    /// case-insensitive, and the bare form is what documents and exports compare.
    public static func bareDOI(_ doi: String) -> String {
        var text = doi.trimmingCharacters(in: .whitespaces).lowercased()
        for prefix in ["https://doi.org/", "http://doi.org/", "https://dx.doi.org/", "http://dx.doi.org/", "doi:"]
        where text.hasPrefix(prefix) {
            text.removeFirst(prefix.count)
            break
        }
        return text.trimmingCharacters(in: .whitespaces)
    }

    /// The first four-digit year in a date as libraries write it ("1974", "1974-05-01",
    /// "Spring 1974", "05/1974/"), between 1000 and 2999.
    static func year(in date: String) -> Int? {
        var run = ""
        for character in date + " " {
            if character.isASCII, character.isNumber {
                run.append(character)
                continue
            }
            if run.count == 4, let value = Int(run), (1000...2999).contains(value) { return value }
            run = ""
        }
        return nil
    }
}
