import GRDB

extension CorpusIndex {
    /// Mentions of any of `conceptIDs`, each with its sentence, ordered by document path then
    /// position. `limit` nil returns all.
    public func searchConcept(_ conceptIDs: [String], limit: Int? = nil) throws -> [ConceptHit] {
        guard !conceptIDs.isEmpty else { return [] }
        let sql = """
            SELECT d.path, d.title, d.year, s.ordinal, s.text AS sentence_text, s.start AS sentence_start,
                   s."end" AS sentence_end, m.concept, m.label, m.text, m.start, m."end"
            FROM mention m
            JOIN sentence s ON s.id = m.sentence_id
            JOIN document d ON d.id = m.document_id
            WHERE m.concept IN (\(databaseQuestionMarks(count: conceptIDs.count)))
            ORDER BY d.path, m.start, m."end", m.concept
            LIMIT ?
            """
        let arguments = StatementArguments(conceptIDs) + [limit ?? -1]
        return try reading { db in
            try Row.fetchAll(db, sql: sql, arguments: arguments).map(Self.conceptHit)
        }
    }

    /// Per document, how many mentions of `conceptIDs` it holds; most mentions first.
    public func conceptDocumentCounts(_ conceptIDs: [String]) throws -> [ConceptDocumentCount] {
        guard !conceptIDs.isEmpty else { return [] }
        let sql = """
            SELECT d.path, d.title, d.year, COUNT(*) AS mentions, COUNT(DISTINCT m.concept) AS concepts
            FROM mention m JOIN document d ON d.id = m.document_id
            WHERE m.concept IN (\(databaseQuestionMarks(count: conceptIDs.count)))
            GROUP BY d.id
            ORDER BY mentions DESC, d.path
            """
        return try reading { db in
            try Row.fetchAll(db, sql: sql, arguments: StatementArguments(conceptIDs)).map { row in
                ConceptDocumentCount(path: row["path"], title: row["title"], year: row["year"],
                                     mentions: row["mentions"], concepts: row["concepts"])
            }
        }
    }

    private static func conceptHit(_ row: Row) -> ConceptHit {
        let sentenceStart: Int = row["sentence_start"]
        let sentenceLength = (row["sentence_end"] as Int) - sentenceStart
        let start: Int = row["start"]
        let end: Int = row["end"]
        return ConceptHit(
            path: row["path"], title: row["title"], year: row["year"], sentence: row["ordinal"],
            sentenceText: row["sentence_text"], concept: row["concept"], label: row["label"],
            mention: row["text"],
            start: min(max(0, start - sentenceStart), sentenceLength),
            end: min(max(0, end - sentenceStart), sentenceLength),
            documentStart: start, documentEnd: end)
    }
}
