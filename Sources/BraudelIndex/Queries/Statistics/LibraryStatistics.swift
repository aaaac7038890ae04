import GRDB

/// A document's metadata with where each value came from (`stats --metadata`).
public struct DocumentMetadataSources: Codable, Sendable, Hashable {
    public var path: String
    public var title: String?
    public var titleSource: String?
    public var authors: [String]
    public var authorsSource: String?
    public var year: Int?
    public var yearSource: String?
    public var container: String?
    public var doi: String?
    public var language: String?
    public var keywords: [String]
    /// How the library entry was matched (`file`, `doi`, `title`); nil without an entry.
    public var matchedBy: String?
    public var score: Double?
    /// The sidecar file, line and key of the matched entry.
    public var sidecar: String?
    public var entryLine: Int?
    public var entryKey: String?
}

extension CorpusIndex {
    /// Every document's metadata and sources, by path. A document the library did not match
    /// took what it has from itself ("document").
    public func metadataSources() throws -> [DocumentMetadataSources] {
        try reading { db in
            try Row.fetchAll(db, sql: """
                SELECT d.path, d.title, d.authors, d.year, l.sidecar, l.entry_key, l.entry_line, l.matched_by, l.score,
                       l.container, l.doi, l.language, l.keywords, l.title_source, l.authors_source, l.year_source
                FROM document d LEFT JOIN document_library l ON l.document_id = d.id ORDER BY d.path
                """).map { row in
                let matched = row["matched_by"] as String? != nil
                let title: String? = row["title"], authors = JSONStrings.decode(row["authors"]), year: Int? = row["year"]
                func source(_ column: String, present: Bool) -> String? {
                    matched ? row[column] : (present ? "document" : nil)
                }
                return DocumentMetadataSources(
                    path: row["path"], title: title, titleSource: source("title_source", present: title != nil),
                    authors: authors, authorsSource: source("authors_source", present: !authors.isEmpty),
                    year: year, yearSource: source("year_source", present: year != nil),
                    container: row["container"], doi: row["doi"], language: row["language"],
                    keywords: matched ? JSONStrings.decode(row["keywords"]) : [], matchedBy: row["matched_by"],
                    score: row["score"], sidecar: row["sidecar"], entryLine: row["entry_line"], entryKey: row["entry_key"])
            }
        }
    }
}
