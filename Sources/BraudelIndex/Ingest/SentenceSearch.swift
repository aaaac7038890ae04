import GRDB

/// Keeps the external-content FTS5 table `sentence_fts` in step with `sentence`, a document at a
/// time, inside the caller's transaction (see ``IndexSchema`` for why not triggers).
enum SentenceSearch {
    /// Indexes all sentences of the document at `path`, once its rows are in place.
    static func add(path: String, _ db: Database) throws {
        try db.cachedStatement(sql: """
            INSERT INTO sentence_fts(rowid, text)
            SELECT s.id, s.text FROM sentence s JOIN document d ON d.id = s.document_id WHERE d.path = ?
            """).execute(arguments: [path])
    }

    /// Unindexes the sentences of the document at `path`; must run before its rows are deleted,
    /// since FTS5 needs the exact old text to remove its terms.
    static func remove(path: String, _ db: Database) throws {
        try db.cachedStatement(sql: """
            INSERT INTO sentence_fts(sentence_fts, rowid, text)
            SELECT 'delete', s.id, s.text FROM sentence s JOIN document d ON d.id = s.document_id
            WHERE d.path = ?
            """).execute(arguments: [path])
    }
}

extension CorpusIndex {
    /// Housekeeping after an indexing run: merges the full-text index's per-document segments
    /// into one (faster searches) and refreshes SQLite's planner statistics. Safe to skip.
    public func optimize() throws {
        try writing { db in
            try db.execute(sql: "INSERT INTO sentence_fts(sentence_fts) VALUES ('optimize')")
        }
        do {
            try queue.writeWithoutTransaction { db in try db.execute(sql: "PRAGMA optimize") }
        } catch let error as DatabaseError {
            throw Self.indexError(error, path: path)
        }
    }
}
