import GRDB

/// The share of the whole-index counts (see ``WholeIndexCounts``) of the documents a batch has
/// just written, summed in memory from their analyses as the writer inserts their rows, and then
/// added with one upsert per distinct key. Counting the same share back from the rows with SQL
/// re-read every sentence and mention of the batch and cost as much as writing them.
///
/// Every figure must equal what ``WholeIndexCounts/rebuild(_:)`` counts from the rows;
/// `WholeIndexCountsTests` compares the two.
struct WholeIndexDelta {
    /// What one written document contributes, in the terms of its stored rows.
    struct Document {
        /// The stored `document.id`.
        var id: Int64
        /// `document.year`, or nil when undated.
        var year: Int?
        var tokens: Int
        var format: String
        /// `document.language`, or "und" when unidentified.
        var language = "und"
        /// Where the title, authors and year came from ("title:sidecar", "year:document"), as
        /// `WholeIndexCounts` counts them.
        var metadataOrigins: [String] = []
        /// The paragraph number of each stored sentence row, by sentence ordinal.
        var paragraphs: [Int: Int] = [:]
        /// The mentions counted by the `mention` view (not inside proper names): concept, label
        /// and the ordinal of the sentence holding it.
        var mentions: [(concept: String, label: String, sentence: Int)] = []
        var citations = 0, linkedCitations = 0, references = 0
        /// In-text citations per work key; works only listed among the references hold 0.
        var works: [String: Int] = [:]
    }

    private struct PairKey: Hashable { let unit: Int, a: String, b: String, year: Int }
    private struct UnitKey: Hashable { let unit: Int, concept: String, year: Int }
    private struct YearKey: Hashable { let concept: String, year: Int }

    private var conceptYear: [YearKey: (label: String, mentions: Int, documents: Int)] = [:]
    private var unitYear: [Int: [Int: (units: Int, tokens: Int)]] = [:]
    private var unitConcept: [UnitKey: Int] = [:]
    private var unitPair: [PairKey: Int] = [:]
    private var totals: [String: Int] = [:]
    private var workCiting: [(work: String, document: Int64, citations: Int)] = []
    private var workTotal: [String: (citations: Int, documents: Int)] = [:]

    /// Adds one document's share.
    mutating func add(_ document: Document) {
        let year = document.year ?? WholeIndexCounts.undatedYear
        addUnits(document, year: year)
        var bySentence = [Int: Set<String>]()
        var labels = [String: (label: String, mentions: Int)]()
        for mention in document.mentions {
            bySentence[mention.sentence, default: []].insert(mention.concept)
            if let seen = labels[mention.concept] {
                labels[mention.concept] = (Self.lower(seen.label, mention.label), seen.mentions + 1)
            } else {
                labels[mention.concept] = (mention.label, 1)
            }
        }
        for (concept, seen) in labels {
            let key = YearKey(concept: concept, year: year)
            if let old = conceptYear[key] {
                conceptYear[key] = (Self.lower(old.label, seen.label), old.mentions + seen.mentions, old.documents + 1)
            } else {
                conceptYear[key] = (seen.label, seen.mentions, 1)
            }
        }
        var byParagraph = [Int: Set<String>]()
        for (sentence, concepts) in bySentence {
            byParagraph[document.paragraphs[sentence] ?? 0, default: []].formUnion(concepts)
        }
        addMembers(bySentence.values, unit: WholeIndexCounts.sentenceUnit, year: year)
        addMembers(byParagraph.values, unit: WholeIndexCounts.paragraphUnit, year: year)
        addMembers([Set(labels.keys)], unit: WholeIndexCounts.documentUnit, year: year)
        for (name, value) in [("documents", 1), ("tokens", document.tokens), ("sentences", document.paragraphs.count),
                              ("mentions", document.mentions.count), ("citations", document.citations),
                              ("linked_citations", document.linkedCitations), ("references", document.references),
                              ("format:" + document.format, 1), ("language:" + document.language, 1)]
            + document.metadataOrigins.map({ ("metadata:" + $0, 1) }) {
            totals[name, default: 0] += value
        }
        for (work, citations) in document.works {
            workCiting.append((work, document.id, citations))
            let old = workTotal[work] ?? (0, 0)
            workTotal[work] = (old.citations + citations, old.documents + 1)
        }
    }

    private mutating func addUnits(_ document: Document, year: Int) {
        let paragraphs = Set(document.paragraphs.values).count
        for (unit, units, tokens) in [(WholeIndexCounts.sentenceUnit, document.paragraphs.count, 0),
                                      (WholeIndexCounts.paragraphUnit, paragraphs, 0),
                                      (WholeIndexCounts.documentUnit, 1, document.tokens)] where units > 0 {
            let old = unitYear[unit, default: [:]][year] ?? (0, 0)
            unitYear[unit, default: [:]][year] = (old.units + units, old.tokens + tokens)
        }
    }

    /// Counts the units holding each concept and each pair of concepts (a < b in SQLite's byte
    /// order), for the year and for all years (document pairs: for all years only, see
    /// ``WholeIndexCounts``).
    private mutating func addMembers<Members: Sequence<Set<String>>>(_ members: Members, unit: Int, year: Int) {
        let pairsByYear = WholeIndexCounts.keepsPairsByYear(unit: unit)
        for concepts in members {
            for concept in concepts {
                unitConcept[UnitKey(unit: unit, concept: concept, year: year), default: 0] += 1
                unitConcept[UnitKey(unit: unit, concept: concept, year: WholeIndexCounts.allYears), default: 0] += 1
            }
            guard concepts.count > 1 else { continue }
            let sorted = concepts.sorted(by: Self.precedes)
            for i in sorted.indices {
                for j in sorted.indices where j > i {
                    if pairsByYear { unitPair[PairKey(unit: unit, a: sorted[i], b: sorted[j], year: year), default: 0] += 1 }
                    unitPair[PairKey(unit: unit, a: sorted[i], b: sorted[j], year: WholeIndexCounts.allYears), default: 0] += 1
                }
            }
        }
    }

    /// SQLite's BINARY collation: UTF-8 bytes compared in order.
    private static func precedes(_ a: String, _ b: String) -> Bool { a.utf8.lexicographicallyPrecedes(b.utf8) }
    private static func lower(_ a: String, _ b: String) -> String { precedes(b, a) ? b : a }

    /// Adds the summed shares to the count tables.
    func write(_ db: Database) throws {
        let concept = try RowInserter(db, sql: """
            INSERT INTO concept_year(concept, year, label, mentions, documents) VALUES (?, ?, ?, ?, ?)
            ON CONFLICT(concept, year) DO UPDATE SET mentions = mentions + excluded.mentions,
                documents = documents + excluded.documents, label = min(label, excluded.label)
            """)
        for (key, value) in conceptYear {
            try concept.insert([.text(key.concept), BoundValue(key.year), .text(value.label),
                                BoundValue(value.mentions), BoundValue(value.documents)])
        }
        let units = try RowInserter(db, sql: """
            INSERT INTO unit_year(unit, year, units, tokens) VALUES (?, ?, ?, ?)
            ON CONFLICT(unit, year) DO UPDATE SET units = units + excluded.units, tokens = tokens + excluded.tokens
            """)
        for (unit, years) in unitYear {
            for (year, value) in years {
                try units.insert([BoundValue(unit), BoundValue(year), BoundValue(value.units), BoundValue(value.tokens)])
            }
        }
        let members = try RowInserter(db, sql: """
            INSERT INTO unit_concept_year(unit, concept, year, units) VALUES (?, ?, ?, ?)
            ON CONFLICT(unit, concept, year) DO UPDATE SET units = units + excluded.units
            """)
        for (key, count) in unitConcept {
            try members.insert([BoundValue(key.unit), .text(key.concept), BoundValue(key.year), BoundValue(count)])
        }
        let pairs = try RowInserter(db, sql: """
            INSERT INTO unit_pair_year(unit, a, b, year, units) VALUES (?, ?, ?, ?, ?)
            ON CONFLICT(unit, a, b, year) DO UPDATE SET units = units + excluded.units
            """)
        for (key, count) in unitPair {
            try pairs.insert([BoundValue(key.unit), .text(key.a), .text(key.b), BoundValue(key.year), BoundValue(count)])
        }
        try writeTotalsAndWorks(db)
    }

    private func writeTotalsAndWorks(_ db: Database) throws {
        let total = try RowInserter(db, sql: """
            INSERT INTO index_total(name, value) VALUES (?, ?) ON CONFLICT(name) DO UPDATE SET value = value + excluded.value
            """)
        for (name, value) in totals where value != 0 {
            try total.insert([.text(name), BoundValue(value)])
        }
        let citing = try RowInserter(db, sql: "INSERT INTO work_citing(work_key, document_id, citations) VALUES (?, ?, ?)")
        for row in workCiting {
            try citing.insert([.text(row.work), .integer(row.document), BoundValue(row.citations)])
        }
        let work = try RowInserter(db, sql: """
            INSERT INTO work_total(work_key, citations, documents) VALUES (?, ?, ?)
            ON CONFLICT(work_key) DO UPDATE SET citations = citations + excluded.citations,
                documents = documents + excluded.documents
            """)
        for (key, value) in workTotal {
            try work.insert([.text(key), BoundValue(value.citations), BoundValue(value.documents)])
        }
    }
}
