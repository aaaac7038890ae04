import GRDB

extension CorpusIndex {
    /// Per document (by path): citations, how many are linked to the reference list, the
    /// unlinked ones' texts, reference entries, and entries no citation links to.
    public func citationStatsByDocument() throws -> [DocumentCitationStats] {
        try reading { db in
            let rows = try Row.fetchAll(db, sql: """
                SELECT d.id, d.path, d.title,
                       (SELECT COUNT(*) FROM citation c WHERE c.document_id = d.id) AS citations,
                       (SELECT COUNT(*) FROM citation c
                        WHERE c.document_id = d.id AND c.reference_id IS NOT NULL) AS linked,
                       (SELECT COUNT(*) FROM reference r WHERE r.document_id = d.id) AS refs,
                       (SELECT COUNT(*) FROM reference r WHERE r.document_id = d.id AND NOT EXISTS (
                            SELECT 1 FROM citation c WHERE c.document_id = d.id AND c.reference_id = r.id)) AS uncited
                FROM document d
                ORDER BY d.path
                """)
            var unlinked = [Int64: [String]]()
            for row in try Row.fetchAll(db, sql: """
                SELECT document_id, text FROM citation WHERE reference_id IS NULL ORDER BY document_id, start, id
                """) {
                unlinked[row["document_id"], default: []].append(row["text"])
            }
            return rows.map { row in
                let citations: Int = row["citations"], linked: Int = row["linked"]
                return DocumentCitationStats(
                    path: row["path"], title: row["title"], citations: citations, linked: linked,
                    unlinked: citations - linked, unlinkedTexts: unlinked[row["id"]] ?? [],
                    references: row["refs"], uncitedReferences: row["uncited"])
            }
        }
    }
}
