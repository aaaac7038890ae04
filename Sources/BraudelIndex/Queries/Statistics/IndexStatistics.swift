import GRDB

extension CorpusIndex {
    /// Counts of everything the index holds, from the whole-index totals (mentions and concepts
    /// from the rows when mentions inside names are included).
    public func stats() throws -> IndexStats {
        try reading { db in
            func count(_ sql: String) throws -> Int { try Int.fetchOne(db, sql: sql) ?? 0 }
            var totals = [String: Int]()
            for row in try Row.fetchAll(db, sql: "SELECT name, value FROM index_total") { totals[row["name"]] = row["value"] }
            let formats = totals.compactMap { name, value in
                name.hasPrefix("format:") ? FormatCount(format: String(name.dropFirst(7)), documents: value) : nil
            }.sorted { ($0.documents, $1.format) > ($1.documents, $0.format) }
            let languages = totals.compactMap { name, value in
                name.hasPrefix("language:") ? LanguageCount(language: String(name.dropFirst(9)), documents: value) : nil
            }.sorted { $0.documents != $1.documents ? $0.documents > $1.documents
                : $0.language.utf8.lexicographicallyPrecedes($1.language.utf8) }
            return IndexStats(
                documents: totals["documents"] ?? 0,
                tokens: totals["tokens"] ?? 0,
                sentences: totals["sentences"] ?? 0,
                mentions: readsNameMentions ? try count("SELECT COUNT(*) FROM mention") : totals["mentions"] ?? 0,
                concepts: try count(readsNameMentions ? "SELECT COUNT(DISTINCT concept) FROM mention"
                                                      : "SELECT COUNT(DISTINCT concept) FROM concept_year"),
                citations: totals["citations"] ?? 0,
                linkedCitations: totals["linked_citations"] ?? 0,
                references: totals["references"] ?? 0,
                works: totals["works"] ?? 0,
                formats: formats, languages: languages)
        }
    }

    /// How many documents took their title, authors and year from each origin ("title:sidecar",
    /// "year:document"), from the whole-index totals.
    public func metadataOrigins() throws -> [String: Int] {
        try reading { db in
            var origins = [String: Int]()
            for row in try Row.fetchAll(db, sql: "SELECT name, value FROM index_total WHERE name GLOB 'metadata:*'") {
                origins[String((row["name"] as String).dropFirst(9))] = row["value"]
            }
            return origins
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
