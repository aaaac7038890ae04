import Foundation
import GRDB

extension CorpusIndex {
    /// Mentions and documents per concept, for concepts that occur; most mentioned first.
    /// Read from the whole-index counts unless mentions inside names are included.
    public func conceptCounts() throws -> [ConceptCount] {
        let sql = readsNameMentions ? """
            SELECT concept, MIN(label) AS label, COUNT(*) AS mentions,
                   COUNT(DISTINCT document_id) AS documents
            FROM mention GROUP BY concept
            ORDER BY mentions DESC, concept
            """ : """
            SELECT concept, MIN(label) AS label, SUM(mentions) AS mentions, SUM(documents) AS documents
            FROM concept_year GROUP BY concept
            ORDER BY mentions DESC, concept
            """
        return try reading { db in
            try Row.fetchAll(db, sql: sql).map { row in
                ConceptCount(concept: row["concept"], label: row["label"],
                             mentions: row["mentions"], documents: row["documents"])
            }
        }
    }
}
