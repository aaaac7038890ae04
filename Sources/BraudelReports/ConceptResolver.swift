import BraudelConcepts

/// Turns a concept as a person names it into a lexicon concept: the one function every command
/// (`search`, `kwic`, `cooc`, `trends`, `cites --concept`, `graph --concept`) resolves names with.
///
/// A name is an id, a label or any spelling of the lexicon, optionally written `concept:NAME`,
/// compared ignoring case and hyphens (`Semi-Periphery`, `semiperiphery`, `semi-peripheral`).
public struct ConceptResolver: Sendable {
    public let lexicon: Lexicon
    private let matcher: ConceptMatcher
    /// Folded ids and labels to concept ids.
    private let names: [String: String]

    public init(lexicon: Lexicon) {
        self.lexicon = lexicon
        matcher = ConceptMatcher(lexicon: lexicon)
        var names = [String: String]()
        for concept in lexicon.concepts {
            for name in [concept.id, concept.label] where names[Self.fold(name)] == nil {
                names[Self.fold(name)] = concept.id
            }
        }
        self.names = names
    }

    /// The concept `name` stands for, or nil when it stands for none. `includingAbstract`:
    /// whether grouping concepts (which nothing mentions itself) count; plain words typed in a
    /// query should not turn into one.
    public func concept(named name: String, includingAbstract: Bool = true) -> Concept? {
        var trimmed = Substring(name.trimmingCharacters(in: .whitespaces))
        if trimmed.hasPrefix("concept:") { trimmed = trimmed.dropFirst("concept:".count) }
        let text = String(trimmed)
        let found = lexicon.concept(text) ?? names[Self.fold(text)].flatMap(lexicon.concept)
            ?? matcher.concept(named: text) ?? matcher.concept(named: text.replacingOccurrences(of: "-", with: ""))
        guard let found, includingAbstract || !found.abstract else { return nil }
        return found
    }

    /// The concept `name` stands for; an unknown name is a ``ConceptNameError`` suggesting the
    /// nearest ids, labels and spellings.
    public func resolve(_ name: String) throws(ConceptNameError) -> Concept {
        if let concept = concept(named: name) { return concept }
        let bare = name.hasPrefix("concept:") ? String(name.dropFirst("concept:".count)) : name
        throw ConceptNameError(name: bare, suggestions: suggestions(for: bare))
    }

    /// Up to three concepts whose id, label or a spelling is nearest to `name` by edit distance
    /// (at most a third of the name's length, at least 2).
    public func suggestions(for name: String) -> [String] {
        let folded = Self.fold(name.hasPrefix("concept:") ? String(name.dropFirst("concept:".count)) : name)
        let limit = max(2, folded.count / 3)
        var best = [String: Int]()
        for concept in lexicon.concepts {
            for spelling in [concept.id, concept.label] + concept.variants {
                let distance = EditDistance.levenshtein(folded, Self.fold(spelling))
                if distance <= limit { best[concept.id] = min(best[concept.id] ?? .max, distance) }
            }
        }
        return best.sorted { ($0.value, $0.key) < ($1.value, $1.key) }.prefix(3).map(\.key)
    }

    /// Lower case with hyphens, underscores and runs of spaces as one space.
    static func fold(_ name: String) -> String {
        name.lowercased().split(whereSeparator: { $0 == "-" || $0 == "_" || $0 == " " }).joined(separator: " ")
    }
}

/// A concept name that names no concept of the lexicon.
public struct ConceptNameError: Error, Sendable, CustomStringConvertible {
    public var name: String
    /// Concept ids close to the name, nearest first.
    public var suggestions: [String]

    public init(name: String, suggestions: [String]) {
        self.name = name
        self.suggestions = suggestions
    }

    public var description: String {
        let hint = suggestions.isEmpty ? "" : "; did you mean \(suggestions.map { "'\($0)'" }.joined(separator: ", "))?"
        return "unknown concept '\(name)'\(hint) (see `braudel concepts`)"
    }
}
