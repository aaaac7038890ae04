import GRDB

extension CorpusIndex {
    /// Works cited in sentences that mention any of `conceptIDs`, ranked by citing documents,
    /// then citations, then key. A sentence mentioning the concept twice counts its citations once.
    /// Citations are found by position inside each sentence (the `citation(document_id, start)`
    /// index), which needs no index on the citation's sentence.
    public func worksCited(withConcepts conceptIDs: [String], top: Int? = nil) throws -> [ConceptCitedWork] {
        guard !conceptIDs.isEmpty else { return [] }
        let sql = """
            WITH hit AS (SELECT DISTINCT sentence_id FROM mention
                         WHERE concept IN (\(databaseQuestionMarks(count: conceptIDs.count)))),
                 cited AS (
                    SELECT c.work_key, c.document_id, c.sentence_id
                    FROM hit JOIN sentence s ON s.id = hit.sentence_id
                    JOIN citation c ON c.document_id = s.document_id AND c.start >= s.start
                                   AND c.start < s."end" AND c.sentence_id = s.id)
            SELECT w.key, w.authors, w.year, w.title, COUNT(*) AS citations,
                   COUNT(DISTINCT cited.sentence_id) AS sentences,
                   COUNT(DISTINCT cited.document_id) AS documents,
                   (SELECT json_group_array(path) FROM (
                        SELECT DISTINCT d.path FROM cited x JOIN document d ON d.id = x.document_id
                        WHERE x.work_key = w.key ORDER BY d.path)) AS paths
            FROM cited JOIN work w ON w.key = cited.work_key
            GROUP BY w.key
            ORDER BY documents DESC, citations DESC, w.key
            LIMIT ?
            """
        let arguments = StatementArguments(conceptIDs) + [top ?? -1]
        return try reading { db in
            try Row.fetchAll(db, sql: sql, arguments: arguments).map { row in
                let key: String = row["key"]
                let authors = JSONStrings.decode(row["authors"])
                return ConceptCitedWork(
                    key: key, label: WorkLabel.make(key: key, authors: authors, year: row["year"], title: row["title"]),
                    authors: authors, year: row["year"], title: row["title"], citations: row["citations"],
                    sentences: row["sentences"], documents: row["documents"],
                    paths: JSONStrings.decode(row["paths"]).sorted())
            }
        }
    }
}
