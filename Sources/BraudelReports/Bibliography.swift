import BraudelIndex
import BraudelLibrary
import BraudelText

/// Cited works and indexed documents as bibliography entries (`cites --format bibtex|ris|csljson`,
/// `stats --metadata --format …`), for a researcher to pull into Zotero.
public enum Bibliography {
    /// Cited works with the details of their fullest reference entry; keys stable across runs.
    public static func ofWorks(_ works: [(key: String, authors: [String], year: String?, title: String?)],
                               details: [String: WorkDetails], as format: BibliographyFormat) -> String {
        let entries = works.map { work -> LibraryEntry in
            var entry = LibraryEntry(title: work.title, authors: work.authors.map(person),
                                     year: work.year.flatMap { Int($0.prefix(4)) }, source: LibrarySource(file: "", line: 0))
            if let detail = details[work.key] {
                entry.container = detail.container
                entry.doi = detail.doi.map(LibraryEntry.bareDOI)
                entry.volume = detail.volume
                entry.issue = detail.issue
                entry.pages = detail.pages
                entry.publisher = detail.publisher
                entry.place = detail.place
                entry.url = detail.url
            }
            return entry
        }
        return BibliographyWriter.write(entries, identities: works.map(\.key), as: format)
    }

    /// The indexed documents with their metadata (the library's where it won).
    public static func ofDocuments(_ documents: [DocumentMetadataSources], as format: BibliographyFormat) -> String {
        let entries = documents.map { document -> LibraryEntry in
            var entry = LibraryEntry(title: document.title, authors: document.authors.map(person), year: document.year,
                                     container: document.container, doi: document.doi, language: document.language,
                                     keywords: document.keywords, source: LibrarySource(file: document.path, line: 0))
            entry.files = [document.path]
            return entry
        }
        return BibliographyWriter.write(entries, identities: documents.map(\.path), as: format)
    }

    /// A stored author: "Surname, Given" as references print it, else a full name whose last
    /// word (with its particles) is the family name, else a surname alone.
    static func person(_ text: String) -> PersonName {
        let parts = text.split(separator: ",", maxSplits: 1).map { $0.trimmingCharacters(in: .whitespaces) }
        if parts.count == 2 { return PersonName(given: parts[1], family: parts[0]) }
        let words = text.split(separator: " ").map(String.init)
        guard words.count > 1 else { return PersonName(family: text) }
        var start = words.count - 1
        while start > 1, NameParticles.all.contains(words[start - 1].lowercased()) { start -= 1 }
        return PersonName(given: words[..<start].joined(separator: " "), family: words[start...].joined(separator: " "))
    }
}
