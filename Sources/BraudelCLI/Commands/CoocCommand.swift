import ArgumentParser
import BraudelIndex
import BraudelReports
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
    @Option(parsing: .unconditional, help: ArgumentHelp("Mentions at most K tokens apart co-occur.", valueName: "K")) var window: Int?
    @Option(parsing: .unconditional, help: "Show the N best pairs (per year with --by year).") var top: Int = 20
    @Option(parsing: .unconditional, help: "Drop pairs seen in fewer units.") var minCount: Int = 1
    @Option(help: ArgumentHelp("Only the partners of this concept (id, label or any variant).", valueName: "concept"))
    var concept: String?
    @Option(help: "Count per document year: --by year.") var by: CoocGrouping?
    @Option(help: "Rank by count, pmi, npmi, g2, dice or logdice.") var sort: AssociationRanking = .count
    @OptionGroup var indexOptions: IndexOptions
    @OptionGroup var lexicon: LexiconOptions
    @OptionGroup var names: NameOptions
    @OptionGroup var output: FormatOptions

    func validate() throws {
        try checkRange(top, "--top", 0...maximumCount)
        try checkRange(minCount, "--min-count", 0...Int(Int32.max))
        try checkRange(window, "--window", 1...10_000)
        if let window {
            guard unit == nil || unit == .window else { throw ValidationError("--window cannot be combined with --unit \(unit!.rawValue)") }
        } else if unit == .window {
            throw ValidationError("--unit window needs --window K")
        }
    }

    /// The unit asked for: a window when --window is given, else --unit, else sentences.
    private var effectiveUnit: CooccurrenceUnit { window != nil ? .window : unit ?? .sentence }

    func run() throws {
        let (index, conceptID) = try openIndex(indexOptions, resolving: concept, with: lexicon)
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

