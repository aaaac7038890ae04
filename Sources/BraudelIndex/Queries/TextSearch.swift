import GRDB

extension CorpusIndex {
    /// Sentences matching a user query (see ``FTSQuery`` for the accepted syntax), best BM25
    /// score first. Hostile input never reaches SQLite as syntax; a query FTS5 still rejects is
    /// reported as ``IndexError/badQuery(query:reason:)``.
    public func searchText(_ query: String, limit: Int? = nil) throws -> [TextHit] {
        let fts = try FTSQuery(query)
        let sql = """
            SELECT d.path, d.title, d.year, s.ordinal, s.text, bm25(sentence_fts) AS score
            FROM sentence_fts
            JOIN sentence s ON s.id = sentence_fts.rowid
            JOIN document d ON d.id = s.document_id
            WHERE sentence_fts MATCH ?
            ORDER BY score, d.path, s.ordinal
            LIMIT ?
            """
        return try matching(query) {
            try reading { db in
                try Row.fetchAll(db, sql: sql, arguments: [fts.expression, limit ?? -1]).map { row in
                    TextHit(path: row["path"], title: row["title"], year: row["year"],
                            sentence: row["ordinal"], text: row["text"], score: row["score"])
                }
            }
        }
    }

    /// Runs a full-text query, reporting SQLite's rejection of it as a bad query, not a failure.
    func matching<T>(_ query: String, _ body: () throws -> T) throws -> T {
        do {
            return try body()
        } catch IndexError.database(_, let reason) where reason.contains("fts5") {
            throw IndexError.badQuery(query: query, reason: reason)
        }
    }
}
