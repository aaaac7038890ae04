import BraudelIndex
import Foundation

/// A concept pair with its association measures.
public struct PairRow: TabularRecord {
    public var conceptA: String
    public var conceptB: String
    public var unit: String
    public var window: Int?
    public var count: Int
    public var countA: Int
    public var countB: Int
    public var units: Int
    public var expected: Double
    public var pmi: Double
    public var npmi: Double
    public var g2: Double
    public var dice: Double
    public var logDice: Double

    public init(_ pair: ConceptAssociation) {
        conceptA = pair.a
        conceptB = pair.b
        unit = pair.unit.rawValue
        window = pair.window
        count = pair.count
        countA = pair.countA
        countB = pair.countB
        units = pair.units
        expected = pair.expected
        pmi = pair.pmi
        npmi = pair.npmi
        g2 = pair.g2
        dice = pair.dice
        logDice = pair.logDice
    }

    public static let columns = ["concept_a", "concept_b", "unit", "window", "count", "count_a", "count_b", "units", "expected",
                          "pmi", "npmi", "g2", "dice", "log_dice"]
    public var cells: [String] {
        [conceptA, conceptB, unit, Cell.int(window), String(count), String(countA), String(countB), String(units)]
            + [expected, pmi, npmi, g2, dice, logDice].map(Cell.exact)
    }
    public static let tableColumns = ["concept_a", "concept_b", "count", "count_a", "count_b", "units", "expected",
                               "pmi", "npmi", "g2", "dice", "log_dice"]
    public var tableCells: [String] {
        [conceptA, conceptB, String(count), String(countA), String(countB), String(units), Cell.rounded(expected),
         Cell.rounded(pmi), Cell.rounded(npmi), Cell.rounded(g2, places: 2), Cell.rounded(dice), Cell.rounded(logDice)]
    }
}

/// A concept pair counted within one document year.
public struct YearPairRow: TabularRecord {
    public var year: Int?
    public var pair: PairRow

    public init(_ association: ConceptAssociation) {
        year = association.year
        pair = PairRow(association)
    }

    public static let columns = ["year"] + PairRow.columns
    public var cells: [String] { [Cell.int(year)] + pair.cells }
    public static let tableColumns = ["year"] + PairRow.tableColumns
    public var tableCells: [String] { [year.map(String.init) ?? "undated"] + pair.tableCells }

    public func encode(to encoder: Encoder) throws {
        try pair.encode(to: encoder)
        var container = encoder.container(keyedBy: YearKey.self)
        try container.encode(year, forKey: .year)
    }

    private enum YearKey: String, CodingKey { case year }
}

/// One concept in one year.
public struct TrendRow: TabularRecord {
    public var concept: String
    public var label: String
    public var year: Int
    public var mentions: Int
    public var tokens: Int
    public var documents: Int
    public var perTenThousandTokens: Double

    public init(_ rate: ConceptYearRate, label: String) {
        concept = rate.concept
        self.label = label
        year = rate.year
        mentions = rate.mentions
        tokens = rate.tokens
        documents = rate.documents
        perTenThousandTokens = rate.perTenThousandTokens
    }

    public static let columns = ["concept", "label", "year", "mentions", "tokens", "documents", "per_ten_thousand_tokens"]
    public var cells: [String] {
        [concept, label, String(year), String(mentions), String(tokens), String(documents), Cell.exact(perTenThousandTokens)]
    }
    public static let tableColumns = ["concept", "year", "mentions", "tokens", "documents", "per_ten_thousand_tokens"]
    public var tableCells: [String] {
        [concept, String(year), String(mentions), String(tokens), String(documents), Cell.rounded(perTenThousandTokens, places: 2)]
    }
}

/// A concept with its counts.
public struct ConceptRow: TabularRecord {
    public var concept: String
    public var label: String
    public var broader: String
    public var mentions: Int
    public var documents: Int

    public init(concept: String, label: String, broader: String, mentions: Int, documents: Int) {
        self.concept = concept
        self.label = label
        self.broader = broader
        self.mentions = mentions
        self.documents = documents
    }

    public static let columns = ["concept", "label", "broader", "mentions", "documents"]
    public var cells: [String] { [concept, label, broader, String(mentions), String(documents)] }
}

/// One measure of the index, named as its key in the JSON form (`formats.FORMAT`: documents of
/// that format; `languages.LANG`: documents in that language, `und` when undetermined).
public struct StatRow: TabularRecord {
    public var measure: String
    public var value: Int

    public init(measure: String, value: Int) {
        self.measure = measure
        self.value = value
    }

    public static let columns = ["measure", "value"]
    public var cells: [String] { [measure, String(value)] }
}

/// One document's citation linking: the counts and the unlinked citations' texts, every key
/// present (title null when the document has none).
public struct DocumentCitationRow: TabularRecord {
    public var stats: DocumentCitationStats
    public init(_ stats: DocumentCitationStats) { self.stats = stats }

    public static let columns = ["path", "title", "citations", "linked", "unlinked", "unlinked_texts", "references", "uncited"]
    public var cells: [String] {
        [displayPath(stats.path), stats.title ?? "", String(stats.citations), String(stats.linked), String(stats.unlinked),
         Cell.json(stats.unlinkedTexts), String(stats.references), String(stats.uncitedReferences)]
    }
    public static let tableColumns = ["path", "citations", "linked", "unlinked", "references", "uncited"]
    public var tableCells: [String] {
        [displayPath(stats.path), String(stats.citations), String(stats.linked), String(stats.unlinked),
         String(stats.references), String(stats.uncitedReferences)]
    }

    public enum Keys: String, CodingKey { case path, title, citations, linked, unlinked, unlinkedTexts, references, uncited }
    public func encode(to encoder: Encoder) throws {
        var c = encoder.container(keyedBy: Keys.self)
        try c.encode(displayPath(stats.path), forKey: .path)
        try c.encode(stats.title, forKey: .title)
        try c.encode(stats.citations, forKey: .citations)
        try c.encode(stats.linked, forKey: .linked)
        try c.encode(stats.unlinked, forKey: .unlinked)
        try c.encode(stats.unlinkedTexts, forKey: .unlinkedTexts)
        try c.encode(stats.references, forKey: .references)
        try c.encode(stats.uncitedReferences, forKey: .uncited)
    }
}
