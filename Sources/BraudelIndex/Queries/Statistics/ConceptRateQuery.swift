import GRDB

extension CorpusIndex {
    /// Mentions per 10,000 tokens of each concept in each year that has dated documents, ordered
    /// by concept (in the order given) then year. Documents without a year are left out and
    /// counted in ``ConceptRates/undatedDocuments``. Tokens and documents per year come from the
    /// whole-index counts, and so do mentions unless mentions inside names are included.
    public func conceptRates(_ conceptIDs: [String]) throws -> ConceptRates {
        try reading { db in
            let undatedYear = WholeIndexCounts.undatedYear
            let years = try Row.fetchAll(db, sql: """
                SELECT year, tokens, units AS documents FROM unit_year
                WHERE unit = \(WholeIndexCounts.documentUnit) AND year != \(undatedYear) ORDER BY year
                """)
            var mentions = [String: [Int: Int]]()
            if !conceptIDs.isEmpty {
                let marks = databaseQuestionMarks(count: conceptIDs.count)
                let rows = try Row.fetchAll(db, sql: readsNameMentions ? """
                    SELECT m.concept, d.year, COUNT(*) AS n
                    FROM mention m JOIN document d ON d.id = m.document_id
                    WHERE d.year IS NOT NULL AND m.concept IN (\(marks))
                    GROUP BY m.concept, d.year
                    """ : """
                    SELECT concept, year, mentions AS n FROM concept_year
                    WHERE year != \(undatedYear) AND concept IN (\(marks))
                    """, arguments: StatementArguments(conceptIDs))
                for row in rows { mentions[row["concept"], default: [:]][row["year"]] = row["n"] }
            }
            let undated = try Int.fetchOne(db, sql: """
                SELECT units FROM unit_year WHERE unit = \(WholeIndexCounts.documentUnit) AND year = \(undatedYear)
                """) ?? 0
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
