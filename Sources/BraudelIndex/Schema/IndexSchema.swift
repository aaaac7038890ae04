import GRDB

/// The index schema as a sequence of GRDB migrations, so that a newer Braudel can migrate an
/// older index in place and an older Braudel can refuse a newer one.
enum IndexSchema {
    /// Written to `PRAGMA application_id` so a Braudel index is told apart from any other SQLite
    /// database without guessing from table names ("BRDL").
    static let applicationID: Int32 = 0x4252_444C

    /// All migrations, in order. Append new ones; never edit a shipped one.
    static var migrator: DatabaseMigrator {
        var migrator = DatabaseMigrator()
        migrator.registerMigration("v1", migrate: createVersion1)
        migrator.registerMigration("v2", migrate: indexBestEntryPerWork)
        migrator.registerMigration("v3", migrate: addReferenceDetails)
        migrator.registerMigration("v4", migrate: indexDOIs)
        migrator.registerMigration("v5", migrate: indexOrderIndependentPicks)
        migrator.registerMigration("v6", migrate: separateNameMentions)
        migrator.registerMigration("library-v1", migrate: LibraryTable.create)
        migrator.registerMigration("v7", migrate: keepWholeIndexCounts)
        migrator.registerMigration("document-language", migrate: addDocumentLanguage)
        migrator.registerMigration("document-pairs", migrate: countDocumentPairs)
        migrator.registerMigration("drop-work-document-indexes", migrate: dropWorkDocumentIndexes)
        migrator.registerMigration("stats-totals", migrate: countStatsTotals)
        migrator.registerMigration("document-year", migrate: indexDocumentYears)
        migrator.registerMigration("mention-concept-sentences", migrate: indexConceptSentences)
        return migrator
    }

    private static func createVersion1(_ db: Database) throws {
        try db.execute(sql: "PRAGMA application_id = \(applicationID)")
        try db.execute(sql: """
            CREATE TABLE meta (key TEXT PRIMARY KEY NOT NULL, value TEXT NOT NULL);
            CREATE TABLE document (
                id INTEGER PRIMARY KEY,
                path TEXT NOT NULL UNIQUE,
                hash TEXT NOT NULL,
                size INTEGER NOT NULL,
                mtime REAL NOT NULL,
                format TEXT NOT NULL,
                title TEXT,
                authors TEXT NOT NULL DEFAULT '[]',
                year INTEGER,
                text TEXT NOT NULL,
                token_count INTEGER NOT NULL,
                indexed_at REAL NOT NULL
            );
            CREATE TABLE sentence (
                id INTEGER PRIMARY KEY,
                document_id INTEGER NOT NULL REFERENCES document(id) ON DELETE CASCADE,
                ordinal INTEGER NOT NULL,
                start INTEGER NOT NULL,
                "end" INTEGER NOT NULL,
                text TEXT NOT NULL
            );
            CREATE INDEX sentence_document ON sentence(document_id, ordinal);
            -- Foreign keys are kept to the one cascade path each row needs: every enforced key
            -- costs an index lookup (or, unindexed, a table scan) per deleted parent row.
            -- mention.document_id is a denormalized copy for queries; the row goes with its sentence.
            CREATE TABLE mention (
                id INTEGER PRIMARY KEY,
                document_id INTEGER NOT NULL,
                sentence_id INTEGER NOT NULL REFERENCES sentence(id) ON DELETE CASCADE,
                concept TEXT NOT NULL,
                label TEXT NOT NULL,
                text TEXT NOT NULL,
                start INTEGER NOT NULL,
                "end" INTEGER NOT NULL
            );
            CREATE INDEX mention_concept ON mention(concept, document_id, start);
            CREATE INDEX mention_sentence ON mention(sentence_id, concept);
            CREATE TABLE reference (
                id INTEGER PRIMARY KEY,
                document_id INTEGER NOT NULL REFERENCES document(id) ON DELETE CASCADE,
                ordinal INTEGER NOT NULL,
                authors TEXT NOT NULL DEFAULT '[]',
                year TEXT,
                title TEXT,
                raw TEXT NOT NULL,
                work_key TEXT NOT NULL
            );
            CREATE INDEX reference_document ON reference(document_id, ordinal);
            CREATE INDEX reference_work ON reference(work_key, document_id);
            -- citation.sentence_id and reference_id point into the same document's rows, which
            -- are deleted together with it.
            CREATE TABLE citation (
                id INTEGER PRIMARY KEY,
                document_id INTEGER NOT NULL REFERENCES document(id) ON DELETE CASCADE,
                sentence_id INTEGER NOT NULL,
                authors TEXT NOT NULL DEFAULT '[]',
                et_al INTEGER NOT NULL,
                year TEXT NOT NULL,
                text TEXT NOT NULL,
                start INTEGER NOT NULL,
                "end" INTEGER NOT NULL,
                narrative INTEGER NOT NULL,
                locator TEXT,
                reference_id INTEGER,
                work_key TEXT NOT NULL
            );
            CREATE INDEX citation_document ON citation(document_id, start);
            CREATE INDEX citation_work ON citation(work_key, document_id);
            -- A cited work across documents. Rows are derived from reference and citation rows
            -- (see WorkTable) and rebuilt for the keys a write or removal touches.
            CREATE TABLE work (
                key TEXT PRIMARY KEY NOT NULL,
                first_author TEXT,
                authors TEXT NOT NULL DEFAULT '[]',
                year TEXT,
                title TEXT
            );
            -- One row per (work, document citing it): in-text citations counted, and works the
            -- document only lists in its references kept with 0 citations.
            CREATE VIEW work_citing AS
                SELECT work_key, document_id, SUM(citations) AS citations FROM (
                    SELECT work_key, document_id, COUNT(*) AS citations
                    FROM citation GROUP BY work_key, document_id
                    UNION ALL
                    SELECT work_key, document_id, 0 FROM reference GROUP BY work_key, document_id)
                GROUP BY work_key, document_id;
            """)
        try createSentenceSearch(db)
    }

    /// Indexes matching the work table's "best entry of a work" lookups, which otherwise scan
    /// every reference to a popular work each time a document citing it is written (a cost that
    /// grew with the corpus: quadratic over a run).
    private static func indexBestEntryPerWork(_ db: Database) throws {
        try db.execute(sql: """
            CREATE INDEX reference_work_best ON reference(work_key, title IS NULL, length(raw) DESC, id);
            CREATE INDEX citation_work_first ON citation(work_key, id);
            """)
    }

    /// The work table's pick of a work's best entry breaks ties by the entry's text (and a
    /// citation's by its authors) so that it does not depend on indexing order; these indexes
    /// hold exactly that order, so the pick stays one index probe. Without them every batch
    /// re-sorted all entries of each popular work it touched, and a 1 GB run slowed to a crawl.
    private static func indexOrderIndependentPicks(_ db: Database) throws {
        try db.execute(sql: """
            DROP INDEX IF EXISTS reference_work_best;
            DROP INDEX IF EXISTS citation_work_first;
            CREATE INDEX reference_work_pick ON reference(work_key, title IS NULL, length(raw) DESC, raw, id);
            CREATE INDEX citation_work_pick ON citation(work_key, length(authors) DESC, authors, year, id);
            """)
    }

    /// Concept words inside proper names ("Journal of World-Systems Research") are stored with
    /// `in_name = 1` in `mention_all`; `mention`, which every query reads, is a view of the
    /// other rows, so counts, co-occurrence and trends leave names out without each query
    /// saying so. ``CorpusIndex/scopeMentions(includeNames:language:)`` shadows the view on one connection with
    /// a temporary view of all rows. Rows written before v6 read as `in_name = 0` until their
    /// document is re-analyzed (the analyzer version changed with this schema).
    /// Each document's language and the languages of its paragraphs (a JSON array), so that
    /// queries can be restricted to one language (`lang:fr`, `--lang`).
    private static func addDocumentLanguage(_ db: Database) throws {
        try db.execute(sql: """
            ALTER TABLE document ADD COLUMN language TEXT;
            ALTER TABLE document ADD COLUMN languages TEXT NOT NULL DEFAULT '[]';
            CREATE INDEX document_language ON document(language);
            """)
    }

    private static func separateNameMentions(_ db: Database) throws {
        try db.execute(sql: """
            ALTER TABLE mention RENAME TO mention_all;
            ALTER TABLE mention_all ADD COLUMN in_name INTEGER NOT NULL DEFAULT 0;
            CREATE VIEW mention AS
                SELECT id, document_id, sentence_id, concept, label, text, start, "end" FROM mention_all WHERE in_name = 0;
            """)
    }

    /// Whole-index counts kept at write time (see ``WholeIndexCounts``), so that `concepts`,
    /// `cooc`, `trends`, `cites` and `stats` read a few hundred rows instead of every mention and
    /// citation. `work_citing`, a view until v6, becomes the table it described. Sentences get
    /// their paragraph number within the document (the paragraph unit of co-occurrence), which
    /// an older index is given here from its stored text; then every count is made from the rows.
    private static func keepWholeIndexCounts(_ db: Database) throws {
        try db.execute(sql: """
            ALTER TABLE sentence ADD COLUMN paragraph INTEGER NOT NULL DEFAULT 0;
            DROP VIEW work_citing;
            CREATE TABLE work_citing (
                work_key TEXT NOT NULL,
                document_id INTEGER NOT NULL,
                citations INTEGER NOT NULL,
                PRIMARY KEY (work_key, document_id)
            ) WITHOUT ROWID;
            CREATE INDEX work_citing_document ON work_citing(document_id);
            CREATE TABLE work_total (
                work_key TEXT PRIMARY KEY NOT NULL,
                citations INTEGER NOT NULL,
                documents INTEGER NOT NULL
            ) WITHOUT ROWID;
            CREATE INDEX work_total_rank ON work_total(documents DESC, citations DESC, work_key);
            CREATE TABLE concept_year (
                concept TEXT NOT NULL,
                year INTEGER NOT NULL,
                label TEXT NOT NULL,
                mentions INTEGER NOT NULL,
                documents INTEGER NOT NULL,
                PRIMARY KEY (concept, year)
            ) WITHOUT ROWID;
            CREATE TABLE unit_year (
                unit INTEGER NOT NULL,
                year INTEGER NOT NULL,
                units INTEGER NOT NULL,
                tokens INTEGER NOT NULL,
                PRIMARY KEY (unit, year)
            ) WITHOUT ROWID;
            CREATE TABLE unit_concept_year (
                unit INTEGER NOT NULL,
                concept TEXT NOT NULL,
                year INTEGER NOT NULL,
                units INTEGER NOT NULL,
                PRIMARY KEY (unit, concept, year)
            ) WITHOUT ROWID;
            CREATE TABLE unit_pair_year (
                unit INTEGER NOT NULL,
                a TEXT NOT NULL,
                b TEXT NOT NULL,
                year INTEGER NOT NULL,
                units INTEGER NOT NULL,
                PRIMARY KEY (unit, a, b, year)
            ) WITHOUT ROWID;
            CREATE TABLE index_total (name TEXT PRIMARY KEY NOT NULL, value INTEGER NOT NULL) WITHOUT ROWID;
            """)
        try ParagraphNumbers.fill(db)
        // The counts are made by `document-pairs`, which rebuilds them all: counting here would
        // run today's counting on this older schema, before the columns it reads (the
        // document's language) exist.
    }

    /// Concept pairs per document join the whole-index counts (`unit_pair_year` with the
    /// document unit), so that `cooc --unit document` reads them instead of every mention: the
    /// counts of an older index are made again from its rows.
    private static func countDocumentPairs(_ db: Database) throws {
        try WholeIndexCounts.rebuild(db)
    }

    /// `citation(work_key, document_id)` and `reference(work_key, document_id)` are left to the
    /// `*_work_pick` indexes, which begin with `work_key` and so answer every lookup by work
    /// (EXPLAIN QUERY PLAN: the work table, DOI identity, a work's details and citing
    /// documents); the work–document pairs they once grouped are kept in `work_citing`. They
    /// were 2.5 % of the 10 MB bench index and two more B-tree inserts per citation and entry.
    private static func dropWorkDocumentIndexes(_ db: Database) throws {
        try db.execute(sql: "DROP INDEX IF EXISTS citation_work; DROP INDEX IF EXISTS reference_work")
    }

    /// `stats` reads every figure from `index_total`: documents per language and per metadata
    /// origin join the totals, and the works are counted as `work_total` gains and loses rows
    /// (a work is shared by documents, so no document's share says whether it is the first or
    /// last to cite it). Reading them from the document and work rows took 0.35 s at 100 MB.
    private static func countStatsTotals(_ db: Database) throws {
        try db.execute(sql: """
            CREATE TRIGGER work_total_added AFTER INSERT ON work_total BEGIN
                INSERT INTO index_total(name, value) VALUES ('works', 1) ON CONFLICT(name) DO UPDATE SET value = value + 1;
            END;
            CREATE TRIGGER work_total_removed AFTER DELETE ON work_total BEGIN
                UPDATE index_total SET value = value - 1 WHERE name = 'works';
                DELETE FROM index_total WHERE name = 'works' AND value = 0;
            END;
            """)
        try WholeIndexCounts.recountTotals(db)
    }

    /// `year:` filters read the ids of a year range from this index: a document row holds the
    /// document's text, so reading each row's year cost a page of text per document.
    private static func indexDocumentYears(_ db: Database) throws {
        try db.execute(sql: "CREATE INDEX document_year ON document(year)")
    }

    /// The sentences mentioning a concept (search `concept:`, `cites --concept`, `kwic`) read as
    /// one range of this index: `mention` leaves out mentions inside names, which
    /// `mention_concept` does not hold, so each mention's row was read for its `in_name` (50 ms
    /// against 2 ms for 26,000 mentions of "hegemony" at 100 MB, warm).
    private static func indexConceptSentences(_ db: Database) throws {
        try db.execute(sql: "CREATE INDEX mention_concept_sentence ON mention_all(concept, in_name, sentence_id)")
    }

    /// Entries are looked up by DOI when a document is written: the same DOI in two documents
    /// is one work (see `DocumentWriter`).
    private static func indexDOIs(_ db: Database) throws {
        try db.execute(sql: "CREATE INDEX reference_doi ON reference(lower(doi)) WHERE doi IS NOT NULL")
    }

    /// Publication details of reference entries. Rows written before v3 keep NULL in the new
    /// columns until their document is re-indexed (its content hash is unchanged, so a forced
    /// re-index or an edit brings them in); NULL already means "not found in the entry".
    private static func addReferenceDetails(_ db: Database) throws {
        try db.execute(sql: """
            ALTER TABLE reference ADD COLUMN container TEXT;
            ALTER TABLE reference ADD COLUMN volume TEXT;
            ALTER TABLE reference ADD COLUMN issue TEXT;
            ALTER TABLE reference ADD COLUMN pages TEXT;
            ALTER TABLE reference ADD COLUMN publisher TEXT;
            ALTER TABLE reference ADD COLUMN place TEXT;
            ALTER TABLE reference ADD COLUMN doi TEXT;
            ALTER TABLE reference ADD COLUMN url TEXT;
            """)
    }

    /// Full-text search over sentences. FTS5 gives BM25 ranking, phrase and NEAR queries and
    /// prefix matching in C for free, where a hand-written postings table would need all of that
    /// rebuilt in Swift. The table uses external content (the `sentence` table) so each sentence is
    /// stored once. It is kept in step by ``SentenceSearch`` in the same transaction as the
    /// sentence rows, one INSERT…SELECT per document, rather than by per-row triggers (GRDB's
    /// `synchronize(withTable:)`): FTS5 flushes its pending terms at every trigger's statement
    /// boundary, and measured here 50,000 sentences took 1.35 s through triggers against 0.14 s in
    /// bulk. The concept side needs no FTS: mentions are stored already resolved to concept ids,
    /// so concept search is a plain B-tree lookup on `mention(concept, …)`.
    private static func createSentenceSearch(_ db: Database) throws {
        try db.create(virtualTable: "sentence_fts", using: FTS5()) { table in
            table.content = "sentence"
            table.contentRowID = "id"
            table.tokenizer = .unicode61(diacritics: .remove)
            table.column("text")
        }
    }
}
