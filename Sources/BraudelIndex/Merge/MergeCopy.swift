import GRDB

/// Copies the rows of one input, attached as `source`, into the merged index inside the
/// caller's transaction. Each table's ids are shifted past the largest id already copied, and
/// every reference between rows (document, sentence, reference) shifted alike, so the input's
/// rows keep their relations without a lookup per row. A document whose path is already in the
/// merged index is left out with everything that belongs to it.
struct MergeCopy {
    let db: Database
    let input: String
    /// Inputs copied so far, each with the largest document id it ended at: names the input a
    /// duplicate's kept copy came from.
    let origins: [(input: String, lastDocumentID: Int64)]

    /// Copies the input and returns the documents left out as duplicates.
    func run() throws -> [DuplicateDocument] {
        let duplicates = try markDuplicates()
        var shift = [String: Int64]()
        for table in ["document", "sentence", "mention_all", "reference", "citation"] {
            shift[table] = try Int64.fetchOne(db, sql: "SELECT COALESCE(MAX(id), 0) FROM main.\(table)") ?? 0
        }
        let arguments: StatementArguments = [
            "d": shift["document"], "s": shift["sentence"], "m": shift["mention_all"],
            "r": shift["reference"], "c": shift["citation"],
        ]
        for statement in Self.copyStatements { try db.execute(sql: statement, arguments: arguments) }
        try db.execute(sql: "INSERT OR IGNORE INTO main.meta(key, value) SELECT key, value FROM source.meta")
        return duplicates
    }

    /// Fills `temp.merge_skipped` with the input's documents already merged from another input.
    private func markDuplicates() throws -> [DuplicateDocument] {
        try db.execute(sql: """
            CREATE TEMP TABLE IF NOT EXISTS merge_skipped (id INTEGER PRIMARY KEY);
            DELETE FROM temp.merge_skipped;
            INSERT INTO temp.merge_skipped(id)
                SELECT s.id FROM source.document s JOIN main.document m ON m.path = s.path;
            """)
        return try Row.fetchAll(db, sql: """
            SELECT m.id, m.path FROM source.document s JOIN main.document m ON m.path = s.path ORDER BY m.path
            """).map { row in
            let keptID: Int64 = row["id"]
            let kept = origins.first { keptID <= $0.lastDocumentID }?.input ?? "an earlier input"
            return DuplicateDocument(path: row["path"], keptFrom: kept, skippedFrom: input)
        }
    }

    private static let kept = "document_id NOT IN (SELECT id FROM temp.merge_skipped)"

    /// One INSERT…SELECT per table, in dependency order; column lists are explicit so that the
    /// copy does not depend on the order columns were added in by migrations.
    static let copyStatements = [
        """
        INSERT INTO main.document(id, path, hash, size, mtime, format, title, authors, year, text, token_count, indexed_at,
                                  language, languages)
        SELECT id + :d, path, hash, size, mtime, format, title, authors, year, text, token_count, indexed_at,
               language, languages
        FROM source.document WHERE id NOT IN (SELECT id FROM temp.merge_skipped) ORDER BY id
        """,
        """
        INSERT INTO main.sentence(id, document_id, ordinal, start, "end", text, paragraph)
        SELECT id + :s, document_id + :d, ordinal, start, "end", text, paragraph
        FROM source.sentence WHERE \(kept) ORDER BY id
        """,
        """
        INSERT INTO main.mention_all(id, document_id, sentence_id, concept, label, text, start, "end", in_name)
        SELECT id + :m, document_id + :d, sentence_id + :s, concept, label, text, start, "end", in_name
        FROM source.mention_all WHERE \(kept) ORDER BY id
        """,
        """
        INSERT INTO main.reference(id, document_id, ordinal, authors, year, title, raw, work_key,
                                   container, volume, issue, pages, publisher, place, doi, url)
        SELECT id + :r, document_id + :d, ordinal, authors, year, title, raw, work_key,
               container, volume, issue, pages, publisher, place, doi, url
        FROM source.reference WHERE \(kept) ORDER BY id
        """,
        """
        INSERT INTO main.citation(id, document_id, sentence_id, authors, et_al, year, text, start, "end",
                                  narrative, locator, reference_id, work_key)
        SELECT id + :c, document_id + :d, sentence_id + :s, authors, et_al, year, text, start, "end",
               narrative, locator, reference_id + :r, work_key
        FROM source.citation WHERE \(kept) ORDER BY id
        """,
        """
        INSERT INTO main.document_library(document_id, sidecar, entry_key, entry_line, matched_by, score, container, doi,
                                          language, keywords, title_source, authors_source, year_source)
        SELECT document_id + :d, sidecar, entry_key, entry_line, matched_by, score, container, doi,
               language, keywords, title_source, authors_source, year_source
        FROM source.document_library WHERE \(kept) ORDER BY document_id
        """,
    ]
}
