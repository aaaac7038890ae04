import GRDB

/// How often a concept occurs in the documents of one publication year.
public struct ConceptYearCount: Codable, Sendable, Hashable {
    public var concept: String
    public var label: String
    /// The documents' year; nil gathers documents whose year is unknown.
    public var year: Int?
    public var mentions: Int
    /// Documents of that year mentioning the concept.
    public var documents: Int
    /// All indexed documents of that year, so a caller can report a share rather than a count
    /// that merely follows how many texts a year has.
    public var documentsThatYear: Int
}

extension CorpusIndex {
    /// Mentions per concept and document year, for the given concepts (all when nil), ordered by
    /// concept then year (unknown year first).
    public func conceptTrends(_ conceptIDs: [String]? = nil) throws -> [ConceptYearCount] {
        if let conceptIDs, conceptIDs.isEmpty { return [] }
        let filter = conceptIDs.map { "WHERE m.concept IN (\(databaseQuestionMarks(count: $0.count)))" } ?? ""
        let sql = """
            WITH per_year AS (SELECT year, COUNT(*) AS n FROM document GROUP BY year)
            SELECT m.concept, MIN(m.label) AS label, d.year, COUNT(*) AS mentions,
                   COUNT(DISTINCT d.id) AS documents, py.n AS documents_that_year
            FROM mention m JOIN document d ON d.id = m.document_id
            JOIN per_year py ON py.year IS d.year
            \(filter)
            GROUP BY m.concept, d.year
            ORDER BY m.concept, d.year
            """
        return try reading { db in
            try Row.fetchAll(db, sql: sql, arguments: StatementArguments(conceptIDs ?? [])).map { row in
                ConceptYearCount(concept: row["concept"], label: row["label"], year: row["year"],
                                 mentions: row["mentions"], documents: row["documents"],
                                 documentsThatYear: row["documents_that_year"])
            }
        }
    }
}
