/// What the document's own reference list says about names: which words are surnames of
/// cited authors, and which surname has a work in which year. The in-text scanner consults it
/// where the words alone cannot decide: an author whose name is also an English word ("He",
/// "May", "Winter"), a given name before a surname ("Samir Amin"), a surname split by
/// extraction ("Ar righi"), a bare "(1976: 45)".
struct ReferenceNames: Sendable {
    /// Folded compact forms (`NameFolding.compact`) of every author of every entry.
    private(set) var surnames: Set<String> = []
    /// "surname|year digits" for each entry's first author.
    private var works: Set<String> = []

    init(_ entries: [ReferenceEntry] = []) {
        for entry in entries {
            for author in entry.authors { surnames.insert(NameFolding.compact(author)) }
            if let first = entry.authors.first, let year = entry.year {
                works.insert(NameFolding.compact(first) + "|" + String(CitationYears.digits(year)))
            }
        }
    }

    var isEmpty: Bool { surnames.isEmpty }

    func isSurname(_ name: String) -> Bool { !surnames.isEmpty && surnames.contains(NameFolding.compact(name)) }

    /// True when the list holds a work whose first author is `name`, dated `year`.
    func hasWork(by name: String, year: String) -> Bool {
        works.contains(NameFolding.compact(name) + "|" + String(CitationYears.digits(year)))
    }
}
