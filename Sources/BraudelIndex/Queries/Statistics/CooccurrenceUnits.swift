import GRDB

/// Which concepts occur in which units of text (sentences, paragraphs or documents), with each
/// unit's document year, and how many units of each year the index holds: the raw material of
/// every co-occurrence count.
struct UnitConcepts {
    /// A unit holding a concept, once per (unit, concept).
    struct Membership: Hashable {
        var unit: Int64
        var concept: String
        var year: Int?
    }

    var memberships: [Membership]
    /// All units per document year (nil: undated), including those without any concept.
    var unitsPerYear: [Int?: Int]

    /// Reads the memberships for `unit`. Paragraphs are derived from the document text at query
    /// time (sentences are stored with offsets, paragraphs are not), so older indexes need no
    /// migration.
    static func load(_ unit: CooccurrenceUnit, _ db: Database) throws -> UnitConcepts {
        switch unit {
        case .sentence:
            return UnitConcepts(
                memberships: try memberships(db, unitColumn: "m.sentence_id"),
                unitsPerYear: try countsPerYear(db, sql: """
                    SELECT d.year, COUNT(*) FROM sentence s JOIN document d ON d.id = s.document_id GROUP BY d.year
                    """))
        case .document:
            return UnitConcepts(
                memberships: try memberships(db, unitColumn: "m.document_id"),
                unitsPerYear: try countsPerYear(db, sql: "SELECT year, COUNT(*) FROM document GROUP BY year"))
        case .paragraph:
            let paragraphs = try ParagraphMap.load(db)
            var seen = Set<Membership>()
            for membership in try memberships(db, unitColumn: "m.sentence_id") {
                guard let paragraph = paragraphs.paragraphOfSentence[membership.unit] else { continue }
                seen.insert(Membership(unit: paragraph, concept: membership.concept, year: membership.year))
            }
            return UnitConcepts(memberships: Array(seen), unitsPerYear: paragraphs.paragraphsPerYear)
        case .window:
            // Windows are not units of stored text; ``WindowCounts`` counts them.
            return UnitConcepts(memberships: [], unitsPerYear: [:])
        }
    }

    /// Read through a cursor, with each concept id stored once and shared: holding every row
    /// (and a fresh string per row) took about 2 GB on a 1 GB corpus; on 100 MB, 388 MB → 243 MB.
    private static func memberships(_ db: Database, unitColumn: String) throws -> [Membership] {
        let rows = try Row.fetchCursor(db, sql: """
            SELECT DISTINCT \(unitColumn) AS unit, m.concept, d.year
            FROM mention m JOIN document d ON d.id = m.document_id
            """)
        var shared = [String: String]()
        var result = [Membership]()
        while let row = try rows.next() {
            let read: String = row["concept"]
            let concept: String
            if let known = shared[read] { concept = known } else { shared[read] = read; concept = read }
            result.append(Membership(unit: row["unit"], concept: concept, year: row["year"]))
        }
        return result
    }

    private static func countsPerYear(_ db: Database, sql: String) throws -> [Int?: Int] {
        var counts = [Int?: Int]()
        for row in try Row.fetchAll(db, sql: sql) { counts[row[0] as Int?] = row[1] }
        return counts
    }
}

/// Paragraph numbers of the stored sentences: a paragraph is a run of sentences between blank
/// lines of the cleaned document text.
struct ParagraphMap {
    /// Sentence row id → a paragraph id unique across the index.
    var paragraphOfSentence: [Int64: Int64] = [:]
    /// Paragraphs holding at least one stored sentence, per document year.
    var paragraphsPerYear: [Int?: Int] = [:]

    static func load(_ db: Database) throws -> ParagraphMap {
        var map = ParagraphMap()
        var nextID: Int64 = 0
        let documents = try Row.fetchAll(db, sql: "SELECT id, year FROM document ORDER BY id")
        for document in documents {
            let id: Int64 = document["id"], year: Int? = document["year"]
            let text = try String.fetchOne(db, sql: "SELECT text FROM document WHERE id = ?", arguments: [id]) ?? ""
            let breaks = paragraphBreaks(in: text)
            var paragraphIDs = [Int: Int64]()
            let sentences = try Row.fetchAll(db, sql: """
                SELECT id, start, text FROM sentence WHERE document_id = ? ORDER BY ordinal
                """, arguments: [id])
            for sentence in sentences {
                let paragraph = ParagraphNumbers.number(sentenceText: sentence["text"], start: sentence["start"], breaks: breaks)
                let paragraphID: Int64
                if let known = paragraphIDs[paragraph] {
                    paragraphID = known
                } else {
                    paragraphID = nextID
                    nextID += 1
                    paragraphIDs[paragraph] = paragraphID
                }
                map.paragraphOfSentence[sentence["id"]] = paragraphID
            }
            map.paragraphsPerYear[year, default: 0] += paragraphIDs.count
        }
        return map
    }

    /// Scalar offsets just after each paragraph break: a whitespace run holding two or more line
    /// feeds (spaces, tabs and carriage returns between them allowed), or a U+2029 separator.
    static func paragraphBreaks(in text: String) -> [Int] {
        var breaks = [Int]()
        var newlinesInRun = 0
        var offset = 0
        for scalar in text.unicodeScalars {
            offset += 1
            if scalar == "\u{2029}" {
                breaks.append(offset)
                newlinesInRun = 0
            } else if scalar == "\n" {
                newlinesInRun += 1
                if newlinesInRun == 2 { breaks.append(offset) } else if newlinesInRun > 2 { breaks[breaks.count - 1] = offset }
            } else if !scalar.properties.isWhitespace {
                newlinesInRun = 0
            }
        }
        return breaks
    }

    /// How many sorted `offsets` are ≤ `position` (binary search).
    static func count(of offsets: [Int], atOrBefore position: Int) -> Int {
        var low = 0, high = offsets.count
        while low < high {
            let mid = (low + high) / 2
            if offsets[mid] <= position { low = mid + 1 } else { high = mid }
        }
        return low
    }
}
