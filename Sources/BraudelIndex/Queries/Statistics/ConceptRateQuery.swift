import GRDB

extension CorpusIndex {
    /// Mentions per 10,000 tokens of each concept in each year that has dated documents, ordered
    /// by concept (in the order given) then year. Documents without a year are left out and
    /// counted in ``ConceptRates/undatedDocuments``.
    public func conceptRates(_ conceptIDs: [String]) throws -> ConceptRates {
        try reading { db in
            let years = try Row.fetchAll(db, sql: """
                SELECT year, SUM(token_count) AS tokens, COUNT(*) AS documents
                FROM document WHERE year IS NOT NULL GROUP BY year ORDER BY year
                """)
            var mentions = [String: [Int: Int]]()
            if !conceptIDs.isEmpty {
                let rows = try Row.fetchAll(db, sql: """
                    SELECT m.concept, d.year, COUNT(*) AS n
                    FROM mention m JOIN document d ON d.id = m.document_id
                    WHERE d.year IS NOT NULL AND m.concept IN (\(databaseQuestionMarks(count: conceptIDs.count)))
                    GROUP BY m.concept, d.year
                    """, arguments: StatementArguments(conceptIDs))
                for row in rows { mentions[row["concept"], default: [:]][row["year"]] = row["n"] }
            }
            let undated = try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM document WHERE year IS NULL") ?? 0
            var seen = Set<String>()
            let rates = conceptIDs.filter { seen.insert($0).inserted }.flatMap { concept in
                years.map { row in
                    let year: Int = row["year"], tokens: Int = row["tokens"]
                    let count = mentions[concept]?[year] ?? 0
                    return ConceptYearRate(concept: concept, year: year, mentions: count, tokens: tokens,
                                           documents: row["documents"],
                                           perTenThousandTokens: tokens > 0 ? Double(count) * 10_000 / Double(tokens) : 0)
                }
            }
            return ConceptRates(rates: rates, undatedDocuments: undated)
        }
    }
}
