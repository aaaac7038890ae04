import Foundation
import GRDB

extension CorpusIndex {
    /// Mentions and documents per concept, for concepts that occur; most mentioned first.
    public func conceptCounts() throws -> [ConceptCount] {
        try reading { db in
            try Row.fetchAll(db, sql: """
                SELECT concept, MIN(label) AS label, COUNT(*) AS mentions,
                       COUNT(DISTINCT document_id) AS documents
                FROM mention GROUP BY concept
                ORDER BY mentions DESC, concept
                """).map { row in
                ConceptCount(concept: row["concept"], label: row["label"],
                             mentions: row["mentions"], documents: row["documents"])
            }
        }
    }
}
