/// How often a concept is mentioned in one publication year, relative to the text of that year.
public struct ConceptYearRate: Codable, Sendable, Hashable {
    public var concept: String
    public var year: Int
    public var mentions: Int
    /// Tokens of all documents of that year.
    public var tokens: Int
    /// Documents of that year.
    public var documents: Int
    /// mentions × 10,000 / tokens: comparable across years however much text each year has.
    public var perTenThousandTokens: Double
}

/// Rates per year for a set of concepts, one row per concept and dated year (zeros included, so
/// a series has no holes), with what was left out.
public struct ConceptRates: Codable, Sendable, Hashable {
    public var rates: [ConceptYearRate]
    /// Documents without a known year: they cannot be placed on a timeline and are left out.
    public var undatedDocuments: Int
}
