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

    public init(concept: String, label: String, text: String, start: Int, end: Int, sentence: Int) {
        self.concept = concept
        self.label = label
        self.text = text
        self.start = start
        self.end = end
        self.sentence = sentence
    }
}
