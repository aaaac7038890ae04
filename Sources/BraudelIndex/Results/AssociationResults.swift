/// The stretch of text within which two concepts count as co-occurring.
public enum CooccurrenceUnit: String, Codable, Sendable, CaseIterable {
    /// One sentence as the segmenter found it.
    case sentence
    /// A run of sentences between blank lines ("\n\n") of the cleaned text.
    case paragraph
    /// The whole document.
    case document
    /// ±K tokens around each mention (K = ``CooccurrenceQuery/window``): counts are mention pairs
    /// at most K tokens apart, over a corpus of N tokens (Evert's surface co-occurrence).
    case window
}

/// The measure co-occurring pairs are ranked by (largest first).
public enum AssociationRanking: String, Codable, Sendable, CaseIterable {
    case count, pmi, npmi, g2, dice, logdice
}

/// What ``CorpusIndex/conceptAssociations(_:)`` computes.
public struct CooccurrenceQuery: Sendable, Hashable {
    public var unit: CooccurrenceUnit
    /// Pairs seen in fewer units are dropped.
    public var minCount: Int
    /// When set, only pairs holding this concept, oriented so that it is `a`.
    public var concept: String?
    /// Counts and measures per document year (each year its own population of units).
    public var byYear: Bool
    public var ranking: AssociationRanking
    /// At most this many pairs (per year when `byYear`).
    public var top: Int?
    /// K of the ±K-token window when `unit` is ``CooccurrenceUnit/window``.
    public var window: Int

    public init(unit: CooccurrenceUnit = .sentence, minCount: Int = 1, concept: String? = nil,
                byYear: Bool = false, ranking: AssociationRanking = .count, top: Int? = nil, window: Int = 5) {
        self.unit = unit
        self.minCount = minCount
        self.concept = concept
        self.byYear = byYear
        self.ranking = ranking
        self.top = top
        self.window = window
    }
}

/// Two concepts co-occurring in units of text, with the usual association measures computed
/// from the 2×2 contingency table over all units (of the year, when counted by year).
public struct ConceptAssociation: Codable, Sendable, Hashable {
    public var a: String
    public var aLabel: String
    public var b: String
    public var bLabel: String
    /// The documents' year when counted by year; nil otherwise or for undated documents.
    public var year: Int?
    public var unit: CooccurrenceUnit
    /// K when counted in a ±K-token window, else nil.
    public var window: Int?
    /// Units holding both concepts (window: mentions of `a` and `b` at most K tokens apart).
    public var count: Int
    /// Units holding `a` (resp. `b`); window: mentions of each.
    public var countA: Int
    public var countB: Int
    /// All units of the population (N), including those without any concept; window: tokens.
    public var units: Int
    /// countA × countB / units: the count expected if the two occurred independently (window:
    /// 2K × countA × countB / tokens, each mention of `a` offering 2K neighbouring slots).
    public var expected: Double
    /// Pointwise mutual information in bits: log2(count / expected).
    public var pmi: Double
    /// pmi / -log2 p(ab), in [-1, 1]; 1 when the two always occur together.
    public var npmi: Double
    /// Dunning's log-likelihood ratio G² over the 2×2 table (≥ 0; compare count with expected
    /// for the direction).
    public var g2: Double
    /// 2 count / (countA + countB), in (0, 1].
    public var dice: Double
    /// 14 + log2 dice (Rychlý 2008): at most 14, independent of corpus size.
    public var logDice: Double
}
