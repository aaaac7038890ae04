/// What a word token is made of, from ICU's word-break rule status.
public enum TokenKind: UInt8, Sendable, Codable {
    case word
    case number
}

/// One word or number of a text, with scalar offsets into that text and its folded form.
public struct Token: Sendable, Hashable {
    /// Unicode scalar offset of the first character.
    public var start: Int
    /// Unicode scalar offset one past the last character.
    public var end: Int
    public var kind: TokenKind
    /// NFKC case-folded form with typographic apostrophes made plain; what matching compares.
    public var folded: String
    /// How this token is separated from the previous one; matchers use it to tell a compound
    /// ("semi-periphery", "core – periphery") from words that merely follow each other.
    public var gapBefore: Gap
    /// Index of the sentence holding this token.
    public var sentence: Int

    public init(start: Int, end: Int, kind: TokenKind, folded: String, gapBefore: Gap, sentence: Int) {
        self.start = start
        self.end = end
        self.kind = kind
        self.folded = folded
        self.gapBefore = gapBefore
        self.sentence = sentence
    }

    /// The separator between two adjacent tokens.
    public enum Gap: UInt8, Sendable, Hashable {
        /// Nothing between them (first token, or tokens ICU split inside one run of letters).
        case none
        /// Only spaces (including one line break).
        case space
        /// Only a hyphen or dash, possibly with spaces around it.
        case hyphen
        /// Anything else: punctuation, a paragraph break.
        case other

        /// True when a multi-word term may continue across this gap.
        public var joins: Bool { self != .other }
    }
}

/// A sentence as a scalar range of the text and the range of its tokens.
public struct Sentence: Sendable, Hashable {
    public var start: Int
    public var end: Int
    public var tokens: Range<Int>

    public init(start: Int, end: Int, tokens: Range<Int>) {
        self.start = start
        self.end = end
        self.tokens = tokens
    }
}
