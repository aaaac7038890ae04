import Foundation
import Yams

/// Reads a quanteda-style YAML dictionary: nested keys are categories, lists of patterns are
/// the leaves. A category holding categories becomes an abstract concept; a list becomes one
/// concept whose spellings are its patterns (the first usable pattern is its label, since a
/// label is matched in text and a category name such as "ECONOMY" is not a spelling). Ids are
/// the slugged key path joined with dots, as quanteda names nested keys ("economy.trade").
public enum QuantedaDictionaryImporter {
    /// Imports the dictionary text; `path` names the file in messages.
    public static func load(yaml: String, path: String) throws -> ImportedLexicon {
        let root = try YAMLDocument.compose(yaml, path: path)
        guard let mapping = root?.mapping, !mapping.isEmpty else {
            throw LexiconError(path: path, line: root?.mark?.line, reason: "expected a mapping of dictionary categories")
        }
        var state = State(path: path)
        for (key, value) in mapping { try state.add(key: key, value: value, parent: nil) }
        let name = URL(fileURLWithPath: path).deletingPathExtension().lastPathComponent
        return ImportedLexicon(lexicon: Lexicon(name: name, version: "1", concepts: state.concepts),
                               format: .quanteda, warnings: state.warnings)
    }

    private struct State {
        let path: String
        var concepts = [Concept]()
        var warnings = [LexiconFinding]()
        var claims = SpellingClaims()

        init(path: String) { self.path = path }

        mutating func add(key: Node, value: Node, parent: Concept?) throws {
            let line = key.mark?.line
            guard let name = key.string, !name.isEmpty else {
                throw LexiconError(path: path, line: line, reason: "a category name must be a string")
            }
            let id = parent.map { $0.id + "." + ConceptIDs.slug(name) } ?? ConceptIDs.slug(name)
            if let nested = value.mapping {
                concepts.append(Concept(id: id, label: name, broader: parent?.id, abstract: true, line: line))
                let group = concepts[concepts.count - 1]
                for (childKey, childValue) in nested { try add(key: childKey, value: childValue, parent: group) }
            } else if let list = value.sequence {
                try addLeaf(id: id, name: name, patterns: Array(list), broader: parent?.id, line: line)
            } else if value.scalar != nil {
                try addLeaf(id: id, name: name, patterns: [value], broader: parent?.id, line: line)
            } else {
                throw LexiconError(path: path, line: value.mark?.line, reason: "category '\(name)' must hold patterns or categories")
            }
        }

        mutating func addLeaf(id: String, name: String, patterns: [Node], broader: String?, line: Int?) throws {
            var spellings = [String]()
            for item in patterns {
                guard let raw = item.string else {
                    throw LexiconError(path: path, line: item.mark?.line, reason: "patterns of '\(name)' must be strings")
                }
                let glob = GlobPattern(raw)
                if let problem = glob.problem { warnings.append(LexiconFinding(.warning, path: path, line: item.mark?.line, problem)) }
                guard let variant = glob.variant else { continue }
                if let owner = claims.claim(variant, for: id) {
                    warnings.append(LexiconFinding(.warning, path: path, line: item.mark?.line,
                                                   "'\(raw)' of '\(id)' is already a spelling of '\(owner)'; kept there only"))
                    continue
                }
                if !spellings.contains(variant) { spellings.append(variant) }
            }
            guard let label = spellings.first else {
                warnings.append(LexiconFinding(.warning, path: path, line: line, "category '\(name)' has no usable pattern; skipped"))
                return
            }
            concepts.append(Concept(id: id, label: label, broader: broader, definition: "Dictionary category '\(name)'.",
                                    variants: Array(spellings.dropFirst()), line: line))
        }
    }
}

/// YAML parsing with errors carrying file and line, shared by the YAML-based formats.
enum YAMLDocument {
    static func compose(_ yaml: String, path: String) throws -> Node? {
        do {
            return try Yams.compose(yaml: yaml, .basic)   // patterns are text, never typed values
        } catch let error as YamlError {
            var line: Int?
            switch error {
            case .scanner(_, _, let mark, _), .parser(_, _, let mark, _), .composer(_, _, let mark, _): line = mark.line
            default: line = nil
            }
            throw LexiconError(path: path, line: line, reason: "invalid YAML: \(String("\(error)".split(separator: "\n").first ?? ""))")
        } catch {
            throw LexiconError(path: path, line: nil, reason: "invalid YAML: \(error)")
        }
    }
}
