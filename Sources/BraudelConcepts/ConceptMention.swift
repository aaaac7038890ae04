/// One occurrence of a lexicon concept in a text.
public struct ConceptMention: Sendable, Codable, Hashable {
    /// The concept's id in the lexicon.
    public var concept: String
    /// The concept's preferred label.
    public var label: String
    /// The text as it stands in the document (display form).
    public var text: String
    /// Unicode scalar offsets into the cleaned text.
    public var start: Int
    public var end: Int
    /// Index of the sentence holding the mention.
    public var sentence: Int
    /// The words are part of a proper name ("Journal of World-Systems Research"): a spelling
    /// of the concept, not a use of it. Encoded as `"in": "name"`; counts, co-occurrence and
    /// trends leave such mentions out unless asked to include them.
    public var inName: Bool

    public init(concept: String, label: String, text: String, start: Int, end: Int, sentence: Int, inName: Bool = false) {
        self.concept = concept
        self.label = label
        self.text = text
        self.start = start
        self.end = end
        self.sentence = sentence
        self.inName = inName
    }

    private enum CodingKeys: String, CodingKey {
        case concept, label, text, start, end, sentence
        case inName = "in"
    }

    public init(from decoder: Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        concept = try container.decode(String.self, forKey: .concept)
        label = try container.decode(String.self, forKey: .label)
        text = try container.decode(String.self, forKey: .text)
        start = try container.decode(Int.self, forKey: .start)
        end = try container.decode(Int.self, forKey: .end)
        sentence = try container.decode(Int.self, forKey: .sentence)
        inName = try container.decodeIfPresent(String.self, forKey: .inName) == "name"
    }

    public func encode(to encoder: Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(concept, forKey: .concept)
        try container.encode(label, forKey: .label)
        try container.encode(text, forKey: .text)
        try container.encode(start, forKey: .start)
        try container.encode(end, forKey: .end)
        try container.encode(sentence, forKey: .sentence)
        if inName { try container.encode("name", forKey: .inName) }
    }
}
