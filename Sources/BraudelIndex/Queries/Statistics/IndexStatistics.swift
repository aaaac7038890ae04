import GRDB

extension CorpusIndex {
    /// Counts of everything the index holds.
    public func stats() throws -> IndexStats {
        try reading { db in
            func count(_ sql: String) throws -> Int { try Int.fetchOne(db, sql: sql) ?? 0 }
            let formats = try Row.fetchAll(db, sql: """
                SELECT format, COUNT(*) AS n FROM document GROUP BY format ORDER BY n DESC, format
                """).map { FormatCount(format: $0["format"], documents: $0["n"]) }
            let languages = try Row.fetchAll(db, sql: """
                SELECT COALESCE(language, 'und') AS language, COUNT(*) AS n FROM document GROUP BY 1 ORDER BY n DESC, 1
                """).map { LanguageCount(language: $0["language"], documents: $0["n"]) }
            return IndexStats(
                documents: try count("SELECT COUNT(*) FROM document"),
                tokens: try count("SELECT COALESCE(SUM(token_count), 0) FROM document"),
                sentences: try count("SELECT COUNT(*) FROM sentence"),
                mentions: try count("SELECT COUNT(*) FROM mention"),
                concepts: try count("SELECT COUNT(DISTINCT concept) FROM mention"),
                citations: try count("SELECT COUNT(*) FROM citation"),
                linkedCitations: try count("SELECT COUNT(*) FROM citation WHERE reference_id IS NOT NULL"),
                references: try count("SELECT COUNT(*) FROM reference"),
                works: try count("SELECT COUNT(*) FROM work"),
                formats: formats, languages: languages)
        }
    }

    /// Every indexed document, by path.
    public func documents() throws -> [IndexedDocument] {
        try reading { db in
            try Row.fetchAll(db, sql: """
                SELECT d.path, d.format, d.title, d.authors, d.year, d.token_count,
                       (SELECT COUNT(*) FROM sentence s WHERE s.document_id = d.id) AS sentences
                FROM document d ORDER BY d.path
                """).map { row in
                IndexedDocument(path: row["path"], format: row["format"], title: row["title"],
                                authors: JSONStrings.decode(row["authors"]), year: row["year"],
                                tokens: row["token_count"], sentences: row["sentences"])
            }
        }
    }
}
