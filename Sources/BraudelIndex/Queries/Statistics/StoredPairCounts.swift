import GRDB

/// Co-occurrence counts of sentences, paragraphs and documents read from the whole-index counts
/// (``WholeIndexCounts``): the same numbers ``UnitConcepts`` and ``PairCounter`` make from every
/// mention row, in a few thousand rows.
enum StoredPairCounts {
    /// Pair counters and unit populations per year group: each document year (nil: undated) when
    /// `byYear`, else one group (nil) summing all years. `focus` keeps only its pairs.
    static func load(_ unit: CooccurrenceUnit, byYear: Bool, focus: String?, _ db: Database)
        throws -> (counters: [Int?: PairCounter], populations: [Int?: Int]) {
        let code: Int
        switch unit {
        case .sentence: code = WholeIndexCounts.sentenceUnit
        case .paragraph: code = WholeIndexCounts.paragraphUnit
        case .document: code = WholeIndexCounts.documentUnit
        case .window: return ([:], [:])
        }
        func group(_ row: Row) -> Int? {
            guard byYear, let year: Int = row["year"], year != WholeIndexCounts.undatedYear else { return nil }
            return year
        }
        var populations = [Int?: Int]()
        for row in try Row.fetchAll(db, sql: "SELECT year, units FROM unit_year WHERE unit = ?", arguments: [code]) {
            populations[group(row), default: 0] += row["units"] as Int
        }
        // Rows summing all years, or the rows of each year.
        let years = "year \(byYear ? "!=" : "=") \(WholeIndexCounts.allYears)"
        var singles = [Int?: [String: Int]]()
        for row in try Row.fetchAll(db, sql: "SELECT concept, year, units FROM unit_concept_year WHERE unit = ? AND \(years)",
                                    arguments: [code]) {
            singles[group(row), default: [:]][row["concept"], default: 0] += row["units"] as Int
        }
        var pairs = [Int?: [PairCounter.PairKey: Int]]()
        let focused = focus == nil ? "" : " AND (a = :focus OR b = :focus)"
        for row in try Row.fetchAll(db, sql: "SELECT a, b, year, units FROM unit_pair_year WHERE unit = :unit AND \(years)\(focused)",
                                    arguments: ["unit": code, "focus": focus]) {
            pairs[group(row), default: [:]][PairCounter.PairKey(a: row["a"], b: row["b"]), default: 0] += row["units"] as Int
        }
        var counters = [Int?: PairCounter]()
        for (key, single) in singles {
            counters[key] = PairCounter(single: single, pair: pairs[key] ?? [:], focus: focus)
        }
        return (counters, populations)
    }
}
