import GRDB

/// The whole-index counts that `concepts`, `cooc`, `trends`, `cites` and `stats` read, kept in
/// step with the documents so those questions cost a few hundred rows however large the index:
/// concept mentions and documents per year (`concept_year`), units (sentences, paragraphs,
/// documents) and tokens per year (`unit_year`), units holding each concept per year
/// (`unit_concept_year`) and each concept pair per sentence and paragraph year (`unit_pair_year`;
/// both also hold one row per concept or pair summing all years, `year` = ``allYears``; document
/// pairs are kept for all years only: a document holds some 50 concepts, so some 1,200 pairs,
/// and their rows per year made the 10 MB index a third larger for `cooc --unit document --by
/// year`, which counts from the rows), the work–document incidence
/// (`work_citing`), citations and citing documents per work (`work_total`) and totals
/// (`index_total`: documents, tokens, sentences, mentions, citations, references, documents per
/// format (`format:…`) and per language (`language:…`, "und" when unidentified), documents
/// whose title, authors or year came from each origin (`metadata:title:sidecar`, …), and works,
/// counted by triggers on `work_total`, whose rows are the works). Mentions inside proper names
/// are left out, as by the `mention` view.
///
/// A document's share of every count is a function of its own rows, so a writer subtracts the
/// share of the documents it is about to replace or remove and adds the share of the documents
/// it has just written, in the same transaction (``subtract(paths:_:)``, ``add(paths:_:)``).
/// ``rebuild(_:)`` counts everything again from the rows (schema migration, merge, tests).
enum WholeIndexCounts {
    /// The `year` stored for undated documents: a key column cannot be NULL and stay unique.
    static let undatedYear = -2_147_483_648

    /// The `year` of the rows summing all years in `unit_concept_year` and `unit_pair_year`, so
    /// that a question over the whole index reads one row per concept or pair, not one per year.
    static let allYears = 2_147_483_647

    /// `unit` column values.
    static let sentenceUnit = 0, paragraphUnit = 1, documentUnit = 2

    /// Whether `unit_pair_year` holds the pairs of `unit` for each year, or only summed over all years.
    static func keepsPairsByYear(unit: Int) -> Bool { unit != documentUnit }

    /// Adds the counts of the documents now stored at `paths` (the new versions after a write).
    static func add(paths: [String], _ db: Database) throws {
        guard try select(paths: paths, db) else { return }
        try apply(sign: 1, db)
    }

    /// Subtracts the counts of the documents stored at `paths`, before they are replaced or removed.
    static func subtract(paths: [String], _ db: Database) throws {
        guard try select(paths: paths, db) else { return }
        try apply(sign: -1, db)
    }

    /// Subtracts (`sign` -1) or adds (+1) only the work incidence of these documents: for the
    /// documents whose work keys a DOI reconciliation is about to change, and then has changed.
    static func applyWorks(documentIDs: Set<Int64>, sign: Int, _ db: Database) throws {
        guard !documentIDs.isEmpty else { return }
        try prepareSelection(db)
        let insert = try db.cachedStatement(sql: "INSERT OR IGNORE INTO temp.counted_document(id) VALUES (?)")
        for id in documentIDs.sorted() { try insert.execute(arguments: [id]) }
        try applyWorkIncidence(sign: sign, db)
    }

    /// Clears every count and counts all documents again from their rows.
    static func rebuild(_ db: Database) throws {
        try db.execute(sql: """
            DELETE FROM concept_year; DELETE FROM unit_year; DELETE FROM unit_concept_year;
            DELETE FROM unit_pair_year; DELETE FROM work_citing; DELETE FROM work_total; DELETE FROM index_total;
            """)
        try prepareSelection(db)
        try db.execute(sql: "INSERT INTO temp.counted_document(id) SELECT id FROM document")
        try apply(sign: 1, db)
    }

    /// Counts `index_total` alone again from the rows, for a migration that adds totals: the
    /// other counts are left as they are (rebuilding them took minutes at 100 MB).
    static func recountTotals(_ db: Database) throws {
        try db.execute(sql: "DELETE FROM index_total")
        try prepareSelection(db)
        try db.execute(sql: "INSERT INTO temp.counted_document(id) SELECT id FROM document")
        try applyTotals(sign: 1, db)
        try db.execute(sql: """
            INSERT INTO index_total(name, value) SELECT 'works', COUNT(*) FROM work_total;
            DELETE FROM index_total WHERE value = 0;
            """)
    }

    /// Fills `temp.counted_document` with the ids of the documents at `paths`; false when none is stored.
    private static func select(paths: [String], _ db: Database) throws -> Bool {
        guard !paths.isEmpty else { return false }
        try prepareSelection(db)
        let insert = try db.cachedStatement(sql: """
            INSERT OR IGNORE INTO temp.counted_document(id) SELECT id FROM document WHERE path = ?
            """)
        for path in paths { try insert.execute(arguments: [path]) }
        return try Bool.fetchOne(db, sql: "SELECT EXISTS(SELECT 1 FROM temp.counted_document)") ?? false
    }

    private static func prepareSelection(_ db: Database) throws {
        try db.execute(sql: """
            CREATE TEMP TABLE IF NOT EXISTS counted_document (id INTEGER PRIMARY KEY);
            CREATE TEMP TABLE IF NOT EXISTS counted_membership (
                unit INTEGER NOT NULL, document_id INTEGER NOT NULL, member INTEGER NOT NULL,
                concept TEXT NOT NULL, year INTEGER NOT NULL,
                PRIMARY KEY (unit, document_id, member, concept)) WITHOUT ROWID;
            DELETE FROM temp.counted_document;
            """)
    }

    /// Adds `sign` × the counts of the documents in `temp.counted_document`.
    private static func apply(sign: Int, _ db: Database) throws {
        let year = "IFNULL(d.year, \(undatedYear))"
        let selected = "temp.counted_document t CROSS JOIN document d ON d.id = t.id"
        let arguments: StatementArguments = ["sign": sign]
        try db.execute(sql: """
            INSERT INTO concept_year(concept, year, label, mentions, documents)
            SELECT m.concept, \(year), MIN(m.label), :sign * COUNT(*), :sign * COUNT(DISTINCT d.id)
            FROM \(selected) CROSS JOIN sentence s ON s.document_id = d.id CROSS JOIN mention m ON m.sentence_id = s.id
            WHERE 1 GROUP BY m.concept, \(year)
            ON CONFLICT(concept, year) DO UPDATE SET mentions = mentions + excluded.mentions,
                documents = documents + excluded.documents, label = min(label, excluded.label);

            INSERT INTO unit_year(unit, year, units, tokens)
            SELECT \(sentenceUnit), \(year), :sign * COUNT(*), 0
            FROM \(selected) CROSS JOIN sentence s ON s.document_id = d.id WHERE 1 GROUP BY \(year)
            UNION ALL
            SELECT \(paragraphUnit), year, :sign * COUNT(*), 0 FROM (
                SELECT DISTINCT \(year) AS year, d.id, s.paragraph
                FROM \(selected) CROSS JOIN sentence s ON s.document_id = d.id) WHERE 1 GROUP BY year
            UNION ALL
            SELECT \(documentUnit), \(year), :sign * COUNT(*), :sign * SUM(d.token_count)
            FROM \(selected) WHERE 1 GROUP BY \(year)
            ON CONFLICT(unit, year) DO UPDATE SET units = units + excluded.units, tokens = tokens + excluded.tokens;

            DELETE FROM temp.counted_membership;
            INSERT OR IGNORE INTO temp.counted_membership(unit, document_id, member, concept, year)
            SELECT \(sentenceUnit), d.id, s.id, m.concept, \(year)
            FROM \(selected) CROSS JOIN sentence s ON s.document_id = d.id CROSS JOIN mention m ON m.sentence_id = s.id;
            INSERT OR IGNORE INTO temp.counted_membership(unit, document_id, member, concept, year)
            SELECT \(paragraphUnit), m.document_id, s.paragraph, m.concept, m.year
            FROM temp.counted_membership m CROSS JOIN sentence s ON s.id = m.member WHERE m.unit = \(sentenceUnit);
            INSERT OR IGNORE INTO temp.counted_membership(unit, document_id, member, concept, year)
            SELECT \(documentUnit), document_id, 0, concept, year FROM temp.counted_membership WHERE unit = \(sentenceUnit);

            INSERT INTO unit_concept_year(unit, concept, year, units)
            SELECT unit, concept, year, :sign * COUNT(*) FROM temp.counted_membership WHERE 1 GROUP BY unit, concept, year
            UNION ALL
            SELECT unit, concept, \(allYears), :sign * COUNT(*) FROM temp.counted_membership WHERE 1 GROUP BY unit, concept
            ON CONFLICT(unit, concept, year) DO UPDATE SET units = units + excluded.units;

            CREATE TEMP TABLE IF NOT EXISTS counted_pair (
                unit INTEGER NOT NULL, a TEXT NOT NULL, b TEXT NOT NULL, year INTEGER NOT NULL, units INTEGER NOT NULL);
            DELETE FROM temp.counted_pair;
            INSERT INTO temp.counted_pair(unit, a, b, year, units)
            SELECT x.unit, x.concept, y.concept, x.year, :sign * COUNT(*)
            FROM temp.counted_membership x CROSS JOIN temp.counted_membership y
                ON y.unit = x.unit AND y.document_id = x.document_id AND y.member = x.member AND y.concept > x.concept
            WHERE 1 GROUP BY x.unit, x.concept, y.concept, x.year;
            INSERT INTO unit_pair_year(unit, a, b, year, units)
            SELECT unit, a, b, year, units FROM temp.counted_pair WHERE unit != \(documentUnit)
            UNION ALL
            SELECT unit, a, b, \(allYears), SUM(units) FROM temp.counted_pair WHERE 1 GROUP BY unit, a, b
            ON CONFLICT(unit, a, b, year) DO UPDATE SET units = units + excluded.units;
            DELETE FROM temp.counted_pair;
            DELETE FROM temp.counted_membership;
            """, arguments: arguments)
        try applyTotals(sign: sign, db)
        try applyWorkIncidence(sign: sign, db)
        if sign < 0 {
            // Only a subtraction can bring a count to zero; such rows go, so that the tables
            // hold exactly what counting from scratch gives.
            try db.execute(sql: """
                DELETE FROM concept_year WHERE documents = 0;
                DELETE FROM unit_year WHERE units = 0;
                DELETE FROM unit_concept_year WHERE units = 0;
                DELETE FROM unit_pair_year WHERE units = 0;
                DELETE FROM index_total WHERE value = 0;
                """)
        }
    }

    private static func applyTotals(sign: Int, _ db: Database) throws {
        let selected = "temp.counted_document t CROSS JOIN document d ON d.id = t.id"
        try db.execute(sql: """
            INSERT INTO index_total(name, value)
            SELECT name, value FROM (
            SELECT 'documents' AS name, :sign * COUNT(*) AS value FROM \(selected) WHERE 1
            UNION ALL SELECT 'tokens', :sign * IFNULL(SUM(d.token_count), 0) FROM \(selected) WHERE 1
            UNION ALL SELECT 'sentences', :sign * COUNT(*) FROM \(selected) CROSS JOIN sentence s ON s.document_id = d.id WHERE 1
            UNION ALL SELECT 'mentions', :sign * COUNT(*)
                FROM \(selected) CROSS JOIN sentence s ON s.document_id = d.id CROSS JOIN mention m ON m.sentence_id = s.id WHERE 1
            UNION ALL SELECT 'citations', :sign * COUNT(*) FROM \(selected) CROSS JOIN citation c ON c.document_id = d.id WHERE 1
            UNION ALL SELECT 'linked_citations', :sign * COUNT(*)
                FROM \(selected) CROSS JOIN citation c ON c.document_id = d.id WHERE c.reference_id IS NOT NULL
            UNION ALL SELECT 'references', :sign * COUNT(*) FROM \(selected) CROSS JOIN reference r ON r.document_id = d.id WHERE 1
            UNION ALL SELECT 'format:' || d.format, :sign * COUNT(*) FROM \(selected) WHERE 1 GROUP BY d.format
            UNION ALL SELECT 'language:' || IFNULL(d.language, 'und'), :sign * COUNT(*) FROM \(selected) WHERE 1 GROUP BY 1
            UNION ALL SELECT 'metadata:' || field || ':' || origin, :sign * COUNT(*) FROM (
                \(metadataOrigins(selected))) WHERE origin IS NOT NULL GROUP BY field, origin)
            WHERE value != 0
            ON CONFLICT(name) DO UPDATE SET value = value + excluded.value
            """, arguments: ["sign": sign])
    }

    /// Where each selected document's title, authors and year came from, as `stats` reports it:
    /// a matched library entry records the origin of each value; otherwise a value present in
    /// the document row came from the document.
    private static func metadataOrigins(_ selected: String) -> String {
        [("title", "d.title IS NOT NULL"), ("authors", "d.authors != '[]'"), ("year", "d.year IS NOT NULL")].map { field, present in
            """
            SELECT '\(field)' AS field, CASE WHEN l.document_id IS NOT NULL THEN l.\(field)_source
                WHEN \(present) THEN 'document' END AS origin
            FROM \(selected) LEFT JOIN document_library l ON l.document_id = d.id
            """
        }.joined(separator: " UNION ALL ")
    }

    /// The (work, citing document) rows of the selected documents and the per-work totals:
    /// added after their rows are written, subtracted (and the incidence deleted) before.
    private static func applyWorkIncidence(sign: Int, _ db: Database) throws {
        if sign > 0 {
            try db.execute(sql: """
                INSERT INTO work_citing(work_key, document_id, citations)
                SELECT work_key, document_id, SUM(citations) FROM (
                    SELECT c.work_key, c.document_id, COUNT(*) AS citations
                    FROM temp.counted_document t CROSS JOIN citation c ON c.document_id = t.id
                    GROUP BY c.work_key, c.document_id
                    UNION ALL
                    SELECT r.work_key, r.document_id, 0
                    FROM temp.counted_document t CROSS JOIN reference r ON r.document_id = t.id
                    GROUP BY r.work_key, r.document_id)
                WHERE 1 GROUP BY work_key, document_id
                """)
        }
        try db.execute(sql: """
            INSERT INTO work_total(work_key, citations, documents)
            SELECT w.work_key, :sign * SUM(w.citations), :sign * COUNT(*)
            FROM temp.counted_document t CROSS JOIN work_citing w ON w.document_id = t.id
            WHERE 1 GROUP BY w.work_key
            ON CONFLICT(work_key) DO UPDATE SET citations = citations + excluded.citations,
                documents = documents + excluded.documents
            """, arguments: ["sign": sign])
        if sign < 0 {
            try db.execute(sql: """
                DELETE FROM work_citing WHERE document_id IN (SELECT id FROM temp.counted_document);
                DELETE FROM work_total WHERE documents = 0;
                """)
        }
    }
}
