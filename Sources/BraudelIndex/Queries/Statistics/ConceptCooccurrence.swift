import BraudelMeasures
import GRDB

extension CorpusIndex {
    /// Concept pairs co-occurring in sentences, paragraphs or documents, with count, expected
    /// count, PMI, NPMI, G², Dice and logDice over all units of the index (or of each document
    /// year), ranked by `query.ranking` (ties: count, then ids).
    public func conceptAssociations(_ query: CooccurrenceQuery) throws -> [ConceptAssociation] {
        if query.unit == .window { return try windowAssociations(query) }
        let (counters, populations, labels) = try reading { db in
            // Document pairs are kept for all years only (see `WholeIndexCounts`).
            let counted = try readsNameMentions || (query.unit == .document && query.byYear) ? Self.countedFromRows(query, db)
                : StoredPairCounts.load(query.unit, byYear: query.byYear, focus: query.concept, db)
            return (counted.counters, counted.populations, try conceptLabels(db))
        }
        let years = populations.keys.sorted { ($0 ?? .max) < ($1 ?? .max) }
        return years.flatMap { year in
            let pairs = (counters[year] ?? PairCounter(memberships: [], focus: query.concept))
                .associations(minCount: max(1, query.minCount), units: populations[year] ?? 0, unit: query.unit,
                              year: query.byYear ? year : nil, labels: labels)
            let ranked = pairs.sorted(by: Self.ordering(query.ranking))
            return query.top.map { Array(ranked.prefix(max(0, $0))) } ?? ranked
        }
    }

    /// Pair counts of each year group (nil: all years, or undated when by year) and its units,
    /// counted from the mention rows: the path for mentions inside names, which the whole-index
    /// counts leave out.
    static func countedFromRows(_ query: CooccurrenceQuery, _ db: Database)
        throws -> (counters: [Int?: PairCounter], populations: [Int?: Int]) {
        let units = try UnitConcepts.load(query.unit, db)
        var groups = [Int?: [UnitConcepts.Membership]]()
        for membership in units.memberships {
            groups[query.byYear ? membership.year : nil, default: []].append(membership)
        }
        let populations: [Int?: Int] = query.byYear
            ? units.unitsPerYear : [nil: units.unitsPerYear.values.reduce(0, +)]
        return (groups.mapValues { PairCounter(memberships: $0, focus: query.concept) }, populations)
    }

    /// Mention pairs within ±`query.window` tokens, measured against the corpus's tokens.
    private func windowAssociations(_ query: CooccurrenceQuery) throws -> [ConceptAssociation] {
        let window = max(1, query.window)
        let (counts, labels) = try reading { db in
            (try WindowCounts.load(db, window: window, byYear: query.byYear, focus: query.concept, path: path),
             try conceptLabels(db))
        }
        let groups = counts.tokens.keys.sorted { ($0 ?? .max) < ($1 ?? .max) }
        return groups.flatMap { group in
            let ranked = counts.associations(group: group, window: window, minCount: max(1, query.minCount),
                                             focus: query.concept, year: group, labels: labels)
                .sorted(by: Self.ordering(query.ranking))
            return query.top.map { Array(ranked.prefix(max(0, $0))) } ?? ranked
        }
    }

    private func conceptLabels(_ db: Database) throws -> [String: String] {
        var labels = [String: String]()
        let table = readsNameMentions ? "mention" : "concept_year"
        for row in try Row.fetchAll(db, sql: "SELECT concept, MIN(label) AS label FROM \(table) GROUP BY concept") {
            labels[row["concept"]] = row["label"]
        }
        return labels
    }

    /// Largest measure first; ties by count, then by the pair's ids.
    static func ordering(_ ranking: AssociationRanking) -> (ConceptAssociation, ConceptAssociation) -> Bool {
        let key: (ConceptAssociation) -> Double
        switch ranking {
        case .count: key = { Double($0.count) }
        case .pmi: key = \.pmi
        case .npmi: key = \.npmi
        case .g2: key = \.g2
        case .dice: key = \.dice
        case .logdice: key = \.logDice
        }
        return { lhs, rhs in
            if key(lhs) != key(rhs) { return key(lhs) > key(rhs) }
            if lhs.count != rhs.count { return lhs.count > rhs.count }
            if lhs.npmi != rhs.npmi { return lhs.npmi > rhs.npmi }
            return (lhs.a, lhs.b) < (rhs.a, rhs.b)
        }
    }
}

/// Counts units per concept and per concept pair within one population of units.
struct PairCounter {
    var single = [String: Int]()
    var pair = [PairKey: Int]()

    struct PairKey: Hashable {
        var a: String
        var b: String
    }

    /// `focus`: only pairs holding that concept are counted (its partners).
    init(memberships: [UnitConcepts.Membership], focus: String?) {
        var conceptsOfUnit = [Int64: [String]]()
        for membership in memberships { conceptsOfUnit[membership.unit, default: []].append(membership.concept) }
        for concepts in conceptsOfUnit.values {
            let sorted = concepts.sorted()
            for concept in sorted { single[concept, default: 0] += 1 }
            for (i, a) in sorted.enumerated() {
                for b in sorted[(i + 1)...] where focus == nil || a == focus || b == focus {
                    pair[PairKey(a: a, b: b), default: 0] += 1
                }
            }
        }
        self.focus = focus
    }

    /// Counts already made (the whole-index counts): units per concept and per pair (a < b).
    init(single: [String: Int], pair: [PairKey: Int], focus: String?) {
        self.single = single
        self.pair = pair
        self.focus = focus
    }

    private let focus: String?

    func associations(minCount: Int, units: Int, unit: CooccurrenceUnit, year: Int?,
                      labels: [String: String]) -> [ConceptAssociation] {
        pair.compactMap { key, count in
            guard count >= minCount else { return nil }
            // Partners of a focus concept read "focus → partner".
            let (a, b) = key.b == focus ? (key.b, key.a) : (key.a, key.b)
            let countA = single[a] ?? 0, countB = single[b] ?? 0
            let measures = AssociationMeasures(count: count, countA: countA, countB: countB, total: units)
            return ConceptAssociation(
                a: a, aLabel: labels[a] ?? a, b: b, bLabel: labels[b] ?? b, year: year, unit: unit, window: nil,
                count: count, countA: countA, countB: countB, units: units, expected: measures.expected,
                pmi: measures.pmi, npmi: measures.npmi, g2: measures.g2, dice: measures.dice, logDice: measures.logDice)
        }
    }
}
