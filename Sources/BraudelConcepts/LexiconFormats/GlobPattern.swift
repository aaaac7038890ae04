import Foundation
import BraudelText

/// A dictionary pattern of quanteda or LIWC ("econom*", "trade", "*ism") turned into a Braudel
/// variant. A trailing `*` is a prefix pattern the matcher understands ("econom*" matches
/// "economy" and "economic"); a `*` or `?` anywhere else cannot be expressed and drops the pattern.
struct GlobPattern {
    /// The variant to list, nil when the pattern cannot be used.
    var variant: String?
    /// Why the pattern was changed or dropped, if it was.
    var problem: String?

    init(_ raw: String) {
        let pattern = raw.trimmingCharacters(in: .whitespaces)
        let stem = pattern.hasSuffix("*") ? String(pattern.dropLast()) : pattern
        if stem.isEmpty || ConceptMatcher.foldedWords(stem).isEmpty {
            variant = nil
            problem = "pattern '\(raw)' has no letters to match; dropped"
        } else if stem.contains("*") || stem.contains("?") {
            variant = nil
            problem = "wildcard other than a trailing '*' in '\(raw)' is not supported by the matcher; dropped"
        } else {
            variant = pattern
            problem = nil
        }
    }
}

/// Concept ids made from dictionary category names: folded, words joined by hyphens, so
/// "Economy & Trade" becomes "economy-trade".
enum ConceptIDs {
    static func slug(_ name: String) -> String {
        let folded = Folding.fold(name)
        var words = [String]()
        var current = ""
        for scalar in folded.unicodeScalars {
            if scalar.properties.isAlphabetic || ("0"..."9").contains(scalar) || scalar == "_" {
                current.unicodeScalars.append(scalar)
            } else if !current.isEmpty {
                words.append(current)
                current = ""
            }
        }
        if !current.isEmpty { words.append(current) }
        return words.isEmpty ? "category" : words.joined(separator: "-")
    }
}

/// Gives each folded spelling to the first concept that lists it, as the matcher would, and
/// reports later claims: multi-label dictionaries (LIWC, quanteda) put one word in several
/// categories, which a Braudel lexicon cannot express.
struct SpellingClaims {
    private var owners = [[String]: String]()

    /// Whether `spelling` is still free for `concept` (claiming it if so); otherwise the owner.
    mutating func claim(_ spelling: String, for concept: String) -> String? {
        let key = ConceptMatcher.foldedWords(spelling)
        if let owner = owners[key], owner != concept { return owner }
        owners[key] = concept
        return nil
    }
}
