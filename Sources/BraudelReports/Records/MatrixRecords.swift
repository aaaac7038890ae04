import BraudelIndex

/// One concept in one document (`concepts --by document`): mentions, the document's tokens and
/// the rate per 10,000 tokens.
public struct DocumentConceptRow: TabularRecord {
    public var path: String
    public var concept: String
    public var label: String
    public var mentions: Int
    public var tokens: Int
    public var perTenThousandTokens: Double

    public init(_ count: DocumentConceptMentions, label: String) {
        path = count.path
        concept = count.concept
        self.label = label
        mentions = count.mentions
        tokens = count.tokens
        perTenThousandTokens = count.tokens > 0 ? Double(count.mentions) * 10_000 / Double(count.tokens) : 0
    }

    public static let columns = ["path", "concept", "label", "mentions", "tokens", "per_ten_thousand_tokens"]
    public var cells: [String] {
        [displayPath(path), concept, label, String(mentions), String(tokens), Cell.exact(perTenThousandTokens)]
    }
    public var tableCells: [String] {
        [displayPath(path), concept, label, String(mentions), String(tokens), Cell.rounded(perTenThousandTokens, places: 2)]
    }

    public enum Keys: String, CodingKey { case path, concept, label, mentions, tokens, perTenThousandTokens }
    public func encode(to encoder: Encoder) throws {
        var c = encoder.container(keyedBy: Keys.self)
        try c.encode(displayPath(path), forKey: .path)
        try c.encode(concept, forKey: .concept)
        try c.encode(label, forKey: .label)
        try c.encode(mentions, forKey: .mentions)
        try c.encode(tokens, forKey: .tokens)
        try c.encode(perTenThousandTokens, forKey: .perTenThousandTokens)
    }
}
