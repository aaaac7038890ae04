/// Outside knowledge the cleaner uses to decide end-of-line hyphens, usually drawn from the
/// lexicons: words normally written with a hyphen ("world-system") and closed ("semiperiphery").
public struct CleaningContext: Sendable {
    /// Folded hyphenated forms whose hyphen belongs to the word, e.g. "world-system".
    public var hyphenatedWords: Set<String>
    /// Folded closed forms, e.g. "semiperiphery", "antisystemic".
    public var closedWords: Set<String>

    public init(hyphenatedWords: Set<String> = [], closedWords: Set<String> = []) {
        self.hyphenatedWords = hyphenatedWords
        self.closedWords = closedWords
    }

    /// No outside knowledge: decisions rest on the document alone.
    public static let empty = CleaningContext()
}
