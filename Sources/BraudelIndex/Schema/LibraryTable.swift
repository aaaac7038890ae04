import BraudelAnalysis
import GRDB

/// The researcher's library entry matched to a document: what the `document` row cannot hold
/// (container, DOI, language, keywords), the match, and the source of each metadata value. One
/// row per matched document; a document without a row took all its metadata from itself.
enum LibraryTable {
    static func create(_ db: Database) throws {
        try db.execute(sql: """
            CREATE TABLE document_library (
                document_id INTEGER PRIMARY KEY REFERENCES document(id) ON DELETE CASCADE,
                sidecar TEXT NOT NULL,
                entry_key TEXT,
                entry_line INTEGER NOT NULL,
                matched_by TEXT NOT NULL,
                score REAL NOT NULL,
                container TEXT,
                doi TEXT,
                language TEXT,
                keywords TEXT NOT NULL DEFAULT '[]',
                title_source TEXT,
                authors_source TEXT,
                year_source TEXT
            );
            """)
    }

    static func insert(_ analysis: DocumentAnalysis, documentID: Int64, _ db: Database) throws {
        guard let match = analysis.library else { return }
        let entry = match.entry
        let sources = analysis.metadataSources
        try db.cachedStatement(sql: """
            INSERT INTO document_library(document_id, sidecar, entry_key, entry_line, matched_by, score, container, doi,
                                         language, keywords, title_source, authors_source, year_source)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
            """).execute(arguments: [
                documentID, entry.source.file, entry.key, entry.source.line, match.method.rawValue, match.score,
                entry.container, entry.doi, entry.language, JSONStrings.encode(entry.keywords),
                sources.title?.rawValue, sources.authors?.rawValue, sources.year?.rawValue,
            ])
    }
}
