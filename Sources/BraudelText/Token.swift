/// What a word token is made of, from ICU's word-break rule status.
public enum TokenKind: UInt8, Sendable, Codable {
    case word
    case number
}

/// One word or number of a text, with scalar offsets into that text and its folded form.
public struct Token: Sendable, Hashable {
    // Offsets are stored in 32 bits (the segmenter refuses texts of 2^31 UTF-16 units or more):
    // a token is then 32 bytes instead of 48, and a long document holds millions of them.
    private var start32: Int32
    private var end32: Int32
    private var sentence32: Int32
    public var kind: TokenKind
    /// How this token is separated from the previous one; matchers use it to tell a compound
    /// ("semi-periphery", "core – periphery") from words that merely follow each other.
    public var gapBefore: Gap
    /// NFKC case-folded form with typographic apostrophes made plain; what matching compares.
    public var folded: String

    /// Unicode scalar offset of the first character.
    public var start: Int {
        get { Int(start32) }
        set { start32 = Int32(newValue) }
    }
    /// Unicode scalar offset one past the last character.
    public var end: Int {
        get { Int(end32) }
        set { end32 = Int32(newValue) }
    }
    /// Index of the sentence holding this token.
    public var sentence: Int {
        get { Int(sentence32) }
        set { sentence32 = Int32(newValue) }
    }

    public init(start: Int, end: Int, kind: TokenKind, folded: String, gapBefore: Gap, sentence: Int) {
        self.start32 = Int32(start)
        self.end32 = Int32(end)
        self.sentence32 = Int32(sentence)
        self.kind = kind
        self.folded = folded
        self.gapBefore = gapBefore
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
