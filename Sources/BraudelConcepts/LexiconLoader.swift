import BraudelText
import Foundation
import Yams

/// Why a lexicon could not be loaded; names the file and, where known, the line.
public struct LexiconError: Error, CustomStringConvertible, Sendable {
    public var path: String
    public var line: Int?
    public var reason: String

    public init(path: String, line: Int?, reason: String) {
        self.path = path
        self.line = line
        self.reason = reason
    }

    public var description: String {
        if let line { return "\(path):\(line): \(reason)" }
        return "\(path): \(reason)"
    }
}

/// Loads Braudel's YAML lexicon format (see lexicons/world-systems.yaml).
public enum LexiconLoader {
    /// Loads and validates the lexicon file at `path`.
    public static func load(path: String) throws -> Lexicon {
        let text: String
        do {
            text = try String(contentsOfFile: path, encoding: .utf8)
        } catch {
            throw LexiconError(path: path, line: nil, reason: "cannot read: \(error.localizedDescription)")
        }
        return try load(yaml: text, path: path)
    }

    /// Parses lexicon YAML; `path` is used in error messages only. `validating: false` skips
    /// the structural checks (unknown broader, cycles, duplicate ids) so that
    /// `braudel lexicon check` can list every such problem instead of the first.
    public static func load(yaml: String, path: String, validating: Bool = true) throws -> Lexicon {
        let root: Node?
        do {
            // The basic resolver leaves every scalar a string: implicit typing runs a regular
            // expression per scalar (most of a command's start-up) and the loader reads values by
            // their text anyway.
            root = try Yams.compose(yaml: yaml, .basic)
        } catch let error as YamlError {
            throw LexiconError(path: path, line: yamlLine(error), reason: "invalid YAML: \(firstLine(of: "\(error)"))")
        } catch {
            throw LexiconError(path: path, line: nil, reason: "invalid YAML: \(error)")
        }
        guard let root, root.mapping != nil else {
            throw LexiconError(path: path, line: nil, reason: "expected a mapping with a 'concepts' list")
        }
        guard let list = root["concepts"]?.sequence else {
            throw LexiconError(path: path, line: root.mark?.line, reason: "missing 'concepts' list")
        }
        let classes = try wordClasses(root["word_classes"], path: path)
        var concepts = [Concept]()
        for node in list { concepts.append(try concept(from: node, classes: classes, path: path)) }
        let lexicon = Lexicon(name: root["name"]?.string ?? URL(fileURLWithPath: path).deletingPathExtension().lastPathComponent,
                              version: root["version"]?.string ?? "1", concepts: concepts)
        if validating { try validate(lexicon, path: path) }
        return lexicon
    }

    private static func concept(from node: Node, classes: [String: [String]], path: String) throws -> Concept {
        let line = node.mark?.line
        func fail(_ reason: String) -> LexiconError { LexiconError(path: path, line: line, reason: reason) }
        guard node.mapping != nil else { throw fail("a concept must be a mapping with id and label") }
        guard let id = node["id"]?.string, !id.isEmpty else { throw fail("concept without an 'id'") }
        guard let label = node["label"]?.string, !label.isEmpty else { throw fail("concept '\(id)' has no 'label'") }
        var concept = Concept(id: id, label: label, line: line)
        concept.broader = node["broader"]?.string
        concept.related = try strings(node["related"], key: "related", id: id, path: path)
        concept.definition = node["definition"]?.string
        concept.source = node["source"]?.string
        concept.variants = try strings(node["variants"], key: "variants", id: id, path: path)
        concept.labels = try labels(node["labels"], id: id, path: path)
        concept.caseSensitive = node["case_sensitive"]?.bool ?? false
        concept.abstract = node["abstract"]?.bool ?? false
        if let rule = node["context"] { concept.context = try contextRule(rule, id: id, classes: classes, path: path) }
        return concept
    }

    private static func contextRule(_ node: Node, id: String, classes: [String: [String]], path: String) throws -> ContextRule {
        guard node.mapping != nil else {
            throw LexiconError(path: path, line: node.mark?.line, reason: "context of '\(id)' must be a mapping")
        }
        let window = node["window"].map { $0.int } ?? 8
        guard let window, window > 0 else {
            throw LexiconError(path: path, line: node.mark?.line, reason: "context window of '\(id)' must be a positive integer")
        }
        let phrases = { (key: String) throws -> [[String]] in
            try strings(node[key], key: key, id: id, path: path).map(ConceptMatcher.foldedWords)
        }
        let evidence = node["topic_evidence"].map { $0.int } ?? 2
        guard let evidence, evidence >= 0 else {
            throw LexiconError(path: path, line: node.mark?.line, reason: "topic_evidence of '\(id)' must be a whole number ≥ 0")
        }
        return ContextRule(window: window,
                           requireAny: try strings(node["require_any"], key: "require_any", id: id, path: path).map(Folding.fold),
                           forbidBefore: try phrases("forbid_before"), forbidAfter: try phrases("forbid_after"),
                           topicEvidence: evidence, phrase: try phraseSenses(node["phrase"], id: id, classes: classes, path: path))
    }

    /// A concept's `labels:` mapping: language tag → names in that language, preferred first.
    private static func labels(_ node: Node?, id: String, path: String) throws -> [String: [String]] {
        guard let node else { return [:] }
        guard let mapping = node.mapping else {
            throw LexiconError(path: path, line: node.mark?.line, reason: "'labels' of '\(id)' must map language tags to lists of names")
        }
        var labels = [String: [String]]()
        for (key, value) in mapping {
            guard let language = key.string, !language.isEmpty,
                  language.allSatisfy({ $0.isASCII && ($0.isLetter || $0 == "-") }) else {
                throw LexiconError(path: path, line: key.mark?.line, reason: "'labels' of '\(id)': '\(key.string ?? "")' is not a language tag")
            }
            let names = try strings(value, key: "labels", id: id, path: path)
            guard !names.isEmpty else {
                throw LexiconError(path: path, line: value.mark?.line, reason: "'labels' of '\(id)': no name for '\(language)'")
            }
            labels[language.lowercased()] = names
        }
        return labels
    }

    /// The top-level `word_classes:` mapping: class name → folded words (`*` prefixes kept).
    private static func wordClasses(_ node: Node?, path: String) throws -> [String: [String]] {
        guard let node else { return [:] }
        guard let mapping = node.mapping else {
            throw LexiconError(path: path, line: node.mark?.line, reason: "'word_classes' must map class names to word lists")
        }
        var classes = [String: [String]]()
        for (key, value) in mapping {
            guard let name = key.string else { continue }
            classes[name] = try strings(value, key: "word_classes", id: name, path: path).map(Folding.fold)
        }
        return classes
    }

    /// A rule's `phrase:` mapping; each list holds class names of `word_classes` or plain words.
    private static func phraseSenses(_ node: Node?, id: String, classes: [String: [String]], path: String) throws -> PhraseSenses? {
        guard let node else { return nil }
        guard node.mapping != nil else {
            throw LexiconError(path: path, line: node.mark?.line, reason: "phrase of '\(id)' must be a mapping")
        }
        let words = { (key: String) throws -> [String] in
            try strings(node[key], key: key, id: id, path: path).flatMap { classes[$0] ?? [Folding.fold($0)] }
        }
        return PhraseSenses(technical: try words("technical"), everyday: try words("everyday"),
                            partners: try words("partners"), topics: try words("topics"), motion: try words("motion"))
    }

    private static func strings(_ node: Node?, key: String, id: String, path: String) throws -> [String] {
        guard let node else { return [] }
        if let single = node.string { return [single] }
        guard let list = node.sequence else {
            throw LexiconError(path: path, line: node.mark?.line, reason: "'\(key)' of '\(id)' must be a list of strings")
        }
        return try list.map { item in
            guard let text = item.string else {
                throw LexiconError(path: path, line: item.mark?.line, reason: "'\(key)' of '\(id)' must hold strings only")
            }
            return text
        }
    }

    /// Structural checks that would otherwise surface as silent misses at match time.
    private static func validate(_ lexicon: Lexicon, path: String) throws {
        var seen = [String: Int]()
        for concept in lexicon.concepts {
            if seen[concept.id] != nil {
                throw LexiconError(path: path, line: concept.line, reason: "duplicate concept id '\(concept.id)'")
            }
            seen[concept.id] = concept.line ?? 0
        }
        for concept in lexicon.concepts {
            if let broader = concept.broader, seen[broader] == nil {
                throw LexiconError(path: path, line: concept.line,
                                   reason: "concept '\(concept.id)' has unknown broader concept '\(broader)'")
            }
        }
        for concept in lexicon.concepts {
            var visited: Set<String> = [concept.id]
            var current = concept.broader
            while let next = current {
                if !visited.insert(next).inserted {
                    throw LexiconError(path: path, line: concept.line, reason: "broader cycle through '\(concept.id)'")
                }
                current = lexicon.concept(next)?.broader
            }
        }
    }

    private static func yamlLine(_ error: YamlError) -> Int? {
        switch error {
        case .scanner(_, _, let mark, _), .parser(_, _, let mark, _), .composer(_, _, let mark, _): return mark.line
        default: return nil
        }
    }

    private static func firstLine(of text: String) -> String {
        String(text.split(separator: "\n").first ?? "")
    }
}
