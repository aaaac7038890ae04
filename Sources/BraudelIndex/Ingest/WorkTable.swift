import GRDB

/// Maintains the `work` table as a function of the reference and citation rows: after a write or
/// removal, each touched key is rebuilt from what the index now holds, so work rows never depend
/// on the order documents were indexed in, and works nobody cites any more disappear.
enum WorkTable {
    /// Work keys cited or listed by the documents at these paths.
    static func keys(ofDocumentsAt paths: [String], _ db: Database) throws -> Set<String> {
        var keys = Set<String>()
        let statement = try db.cachedStatement(sql: """
            SELECT work_key FROM citation WHERE document_id = (SELECT id FROM document WHERE path = ?1)
            UNION
            SELECT work_key FROM reference WHERE document_id = (SELECT id FROM document WHERE path = ?1)
            """)
        for path in paths {
            keys.formUnion(try String.fetchAll(statement, arguments: [path]))
        }
        return keys
    }

    /// Rebuilds the rows of these keys. A reference entry describes a work best (it has a title
    /// and full author list): prefer one with a title, then the longest entry; failing any
    /// reference, the in-text citation naming the most authors gives authors and year. Ties
    /// are broken by the text itself, never by row ids alone, so that the same documents give
    /// the same works whatever order they were indexed or merged in.
    static func refresh(keys: Set<String>, _ db: Database) throws {
        let fromReference = try db.cachedStatement(sql: """
            SELECT authors, year, title FROM reference WHERE work_key = ?
            ORDER BY title IS NULL, length(raw) DESC, raw, id LIMIT 1
            """)
        let fromCitation = try db.cachedStatement(sql: """
            SELECT authors, year, NULL AS title FROM citation WHERE work_key = ?
            ORDER BY length(authors) DESC, authors, year, id LIMIT 1
            """)
        let upsert = try db.cachedStatement(sql: """
            INSERT INTO work(key, first_author, authors, year, title)
            VALUES (?1, json_extract(?2, '$[0]'), ?2, ?3, ?4)
            ON CONFLICT(key) DO UPDATE SET first_author = excluded.first_author,
                authors = excluded.authors, year = excluded.year, title = excluded.title
            """)
        let delete = try db.cachedStatement(sql: "DELETE FROM work WHERE key = ?")
        for key in keys.sorted() {
            let row = try Row.fetchOne(fromReference, arguments: [key])
                ?? Row.fetchOne(fromCitation, arguments: [key])
            guard let row else {
                try delete.execute(arguments: [key])
                continue
            }
            try upsert.execute(arguments: [key, row["authors"], row["year"], row["title"]])
        }
    }
}
