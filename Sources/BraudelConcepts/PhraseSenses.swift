/// How a noun with a technical and an everyday sense is told apart by the phrase it stands in,
/// not by a list of idioms: the noun it modifies (`core states` / `core tenets`), the object of
/// its `of` phrase (`the core of the world-economy` / `the core of the argument`), its possessor
/// and premodifier (`Europe's core`, `the capitalist core` / `the earth's core`, `city centre`),
/// coordination with its partner terms (`core and periphery`), and prepositional frames
/// (`at its core`, `loyal to the core` against `surplus flows to the core`).
///
/// The words are semantic classes shared by every rule of a lexicon (`word_classes:` in the YAML
/// file), so a class learned for one noun serves the others. A phrase the grammar cannot settle
/// falls back to the rule's `require_any` window and topic evidence.
public struct PhraseSenses: Sendable, Hashable, Codable {
    /// Folded words (a trailing `*` makes a prefix) that, as the head, `of` object, possessor or
    /// premodifier of the noun, make it the technical sense: states, economies, capitalists.
    public var technical: [String]
    /// Words that in the same positions make it an everyday sense: ideas and parts of texts,
    /// physical objects and quantities, facilities, teams, places in a room or a town.
    public var everyday: [String]
    /// Terms whose coordination with the noun makes the technical sense (`periphery`).
    public var partners: [String]
    /// Nouns that, right after the term, make a compound about the concept itself
    /// ("incorporation debate", "incorporation theory"), whatever their class elsewhere.
    public var topics: [String]
    /// Words of movement and transfer: before `to the core` they make a destination, not the
    /// idiom `loyal to the core`.
    public var motion: [String]

    public init(technical: [String] = [], everyday: [String] = [], partners: [String] = [], topics: [String] = [],
                motion: [String] = []) {
        self.technical = technical
        self.everyday = everyday
        self.partners = partners
        self.topics = topics
        self.motion = motion
    }
}

/// A word list with exact words in a hash set and `*` prefixes in a short array.
struct WordSet: Sendable {
    private let words: Set<String>
    private let prefixes: [String]

    init(_ list: [String]) {
        words = Set(list.filter { !$0.hasSuffix("*") })
        prefixes = list.filter { $0.hasSuffix("*") }.map { String($0.dropLast()) }
    }

    var isEmpty: Bool { words.isEmpty && prefixes.isEmpty }

    func contains(_ word: String) -> Bool {
        words.contains(word) || prefixes.contains { ContextRuleEvaluator.hasPrefix(word, $0) }
    }
}
