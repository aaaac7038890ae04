import ArgumentParser
import BraudelIndex
import Foundation

extension CooccurrenceUnit: ExpressibleByArgument {}
extension AssociationRanking: ExpressibleByArgument {}

/// What `--by` may group co-occurrence counts by.
enum CoocGrouping: String, ExpressibleByArgument, CaseIterable {
    case year
}

/// `braudel cooc`: concept pairs mentioned in the same sentence, paragraph or document, or
/// within a few tokens of each other.
struct CoocCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "cooc",
        abstract: "Concept pairs co-occurring in a sentence, paragraph or document, with association measures.",
        discussion: """
        Counts are over units (a pair counts once per unit holding both). For each pair: count, \
        expected = count a × count b / N (N = all units, with or without concepts), PMI in bits, \
        NPMI (-1..1), Dunning's log-likelihood G² over the 2×2 table, Dice = 2 count / (count a + \
        count b) and logDice = 14 + log2 Dice. Paragraphs are runs of sentences between blank lines. \
        With --window K a pair counts once per two mentions at most K tokens apart, N is the number \
        of tokens and expected = 2K × count a × count b / N (slower: documents are segmented again). \
        With --by year each document year is its own population (undated documents form their own group).
        """)

    @Option(help: "The unit of co-occurrence: sentence, paragraph, document or window (with --window).")
    var unit: CooccurrenceUnit?
    @Option(help: ArgumentHelp("Mentions at most K tokens apart co-occur.", valueName: "K")) var window: Int?
    @Option(help: "Show the N best pairs (per year with --by year).") var top: Int = 20
    @Option(help: "Drop pairs seen in fewer units.") var minCount: Int = 1
    @Option(help: ArgumentHelp("Only the partners of this concept (id, label or any variant).", valueName: "concept"))
    var concept: String?
    @Option(help: "Count per document year: --by year.") var by: CoocGrouping?
    @Option(help: "Rank by count, npmi, g2 or logdice.") var sort: AssociationRanking = .count
    @OptionGroup var indexOptions: IndexOptions
    @OptionGroup var lexicon: LexiconOptions
    @OptionGroup var names: NameOptions
    @OptionGroup var output: FormatOptions

    func validate() throws {
        guard top >= 0 else { throw ValidationError("--top must be 0 or more") }
        if let window {
            guard window >= 1 else { throw ValidationError("--window must be 1 or more") }
            guard unit == nil || unit == .window else { throw ValidationError("--window cannot be combined with --unit \(unit!.rawValue)") }
        } else if unit == .window {
            throw ValidationError("--unit window needs --window K")
        }
    }

    /// The unit asked for: a window when --window is given, else --unit, else sentences.
    private var effectiveUnit: CooccurrenceUnit { window != nil ? .window : unit ?? .sentence }

    func run() throws {
        let index: CorpusIndex
        var conceptID: String?
        if let concept {
            let (opened, lexicon) = try openIndex(indexOptions, with: self.lexicon)
            guard let resolved = try resolveConcept(concept, in: lexicon) else {
                throw CommandFailure("unknown concept '\(concept)' (see `braudel concepts`)")
            }
            index = opened
            conceptID = resolved.id
        } else {
            index = try openIndex(indexOptions)
        }
        try names.apply(to: index)
        let query = CooccurrenceQuery(unit: effectiveUnit, minCount: minCount, concept: conceptID, byYear: by == .year,
                                      ranking: sort, top: top, window: window ?? 5)
        let pairs = try querying { try index.conceptAssociations(query) }
        if by == .year {
            Printer.print(pairs.map(YearPairRow.init), as: output.format)
        } else {
            Printer.print(pairs.map(PairRow.init), as: output.format)
        }
    }
}

/// A concept pair with its association measures.
struct PairRow: TabularRecord {
    var a: String
    var b: String
    var unit: String
    var window: Int?
    var count: Int
    var countA: Int
    var countB: Int
    var units: Int
    var expected: Double
    var pmi: Double
    var npmi: Double
    var g2: Double
    var dice: Double
    var logDice: Double

    init(_ pair: ConceptAssociation) {
        a = pair.a
        b = pair.b
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

    static let columns = ["concept a", "concept b", "count", "count a", "count b", "units", "expected",
                          "pmi", "npmi", "g2", "dice", "logdice"]
    var cells: [String] {
        [a, b, String(count), String(countA), String(countB), String(units), Self.decimal(expected),
         Self.decimal(pmi), Self.decimal(npmi), Self.decimal(g2, places: 2), Self.decimal(dice), Self.decimal(logDice)]
    }

    /// Fixed decimals; never "-0.000" for a value that rounds to zero; blank when infinite.
    static func decimal(_ value: Double, places: Int = 3) -> String {
        guard value.isFinite else { return "" }
        let scale = pow(10, Double(places))
        let rounded = (value * scale).rounded() / scale
        return String(format: "%.\(places)f", rounded == 0 ? 0 : rounded)
    }
}

/// A concept pair counted within one document year.
struct YearPairRow: TabularRecord {
    var year: Int?
    var pair: PairRow

    init(_ association: ConceptAssociation) {
        year = association.year
        pair = PairRow(association)
    }

    static let columns = ["year"] + PairRow.columns
    var cells: [String] { [year.map(String.init) ?? "undated"] + pair.cells }

    func encode(to encoder: Encoder) throws {
        try pair.encode(to: encoder)
        var container = encoder.container(keyedBy: YearKey.self)
        try container.encode(year, forKey: .year)
    }

    private enum YearKey: String, CodingKey { case year }
}
