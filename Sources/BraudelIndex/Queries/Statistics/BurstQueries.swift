import GRDB

/// How many documents of one publication year cite a work.
public struct WorkYearCount: Codable, Sendable, Hashable {
    public var work: String
    public var label: String
    public var year: Int
    /// Documents of that year citing the work (in the text or the reference list).
    public var documents: Int
}

extension CorpusIndex {
    /// Citing documents per (work, publication year of the citing document), by work then year;
    /// undated documents are left out.
    public func workCitingYears() throws -> [WorkYearCount] {
        try reading { db in
            try Row.fetchAll(db, sql: """
                SELECT w.key, w.authors, w.year AS work_year, w.title AS work_title, d.year, COUNT(*) AS documents
                FROM work_citing c JOIN document d ON d.id = c.document_id JOIN work w ON w.key = c.work_key
                WHERE d.year IS NOT NULL
                GROUP BY w.key, d.year
                ORDER BY w.key, d.year
                """).map { row in
                WorkYearCount(work: row["key"], label: WorkLabel.make(key: row["key"], authors: JSONStrings.decode(row["authors"]),
                                                                      year: row["work_year"], title: row["work_title"]),
                              year: row["year"], documents: row["documents"])
            }
        }
    }
}
