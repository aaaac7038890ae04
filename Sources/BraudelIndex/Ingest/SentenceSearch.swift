import GRDB

/// Keeps the external-content FTS5 table `sentence_fts` in step with `sentence`, a document at a
/// time, inside the caller's transaction (see ``IndexSchema`` for why not triggers).
enum SentenceSearch {
    /// Indexes all sentences of the documents at `paths` in ONE statement. FTS5 writes its
    /// pending terms out as a new segment when each statement ends (its savepoint is released),
    /// so one statement per document made one small segment per document, and FTS5 spent as
    /// much again merging them; one statement per batch makes one segment per batch.
    static func add(paths: [String], _ db: Database) throws {
        guard !paths.isEmpty else { return }
        // Chunks keep the statement under SQLite's host-parameter limit whatever the batch size.
        for start in stride(from: 0, to: paths.count, by: 500) {
            let chunk = Array(paths[start..<min(start + 500, paths.count)])
            let marks = Array(repeating: "?", count: chunk.count).joined(separator: ", ")
            guard let first = try Int64.fetchOne(db, sql: """
                SELECT min(s.id) FROM sentence s WHERE s.document_id IN (\(documents(marks)))
                """, arguments: StatementArguments(chunk)) else { continue }
            try db.execute(sql: "INSERT INTO sentence_fts(rowid, text) " + sentences(marks),
                           arguments: [first] + StatementArguments(chunk))
        }
    }

    private static func documents(_ marks: String) -> String { "SELECT id FROM document WHERE path IN (\(marks))" }

    /// The sentences of the documents whose paths bind `marks`, from the batch's first sentence
    /// (bound first) on, in rowid order, read straight from the table (a batch's rows are its
    /// last): "+" keeps SQLite off the document index, whose order would need a sort, and
    /// SQLite's sorter holds as much as the page cache (128 MB) in memory before it spills.
    static func sentences(_ marks: String) -> String {
        "SELECT s.id, s.text FROM sentence s WHERE s.id >= ? AND +s.document_id IN (\(documents(marks))) ORDER BY s.id"
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
