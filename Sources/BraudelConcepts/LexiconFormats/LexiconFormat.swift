import Foundation

/// The file formats a lexicon can be read from.
public enum LexiconFormat: String, Sendable, CaseIterable {
    /// Braudel's own YAML (a `concepts:` list).
    case braudel
    /// quanteda-style YAML dictionary (nested categories, pattern lists).
    case quanteda
    /// LIWC `.dic`.
    case liwc
    /// SKOS RDF/XML.
    case skos
    /// SKOS in Turtle.
    case skosTurtle

    /// The format of a file, by extension and, for YAML, content: YAML with a top-level
    /// `concepts:` list is Braudel's own, other YAML is a quanteda dictionary.
    public static func detect(path: String, text: String) -> LexiconFormat {
        switch URL(fileURLWithPath: path).pathExtension.lowercased() {
        case "dic": return .liwc
        case "ttl", "turtle": return .skosTurtle
        case "rdf", "xml", "skos", "owl": return .skos
        case "yaml", "yml": return hasConceptsList(text) ? .braudel : .quanteda
        default:
            if text.drop(while: \.isWhitespace).hasPrefix("<") { return .skos }
            if text.drop(while: \.isWhitespace).hasPrefix("%") { return .liwc }
            return hasConceptsList(text) ? .braudel : .quanteda
        }
    }

    private static func hasConceptsList(_ text: String) -> Bool {
        // A byte search: splitting a large lexicon into lines cost more than parsing it.
        let key = Array("concepts:".utf8)
        let bytes = Array(text.utf8)
        var lineStart = 0
        while lineStart + key.count <= bytes.count {
            if bytes[lineStart..<(lineStart + key.count)].elementsEqual(key) { return true }
            guard let newline = bytes[lineStart...].firstIndex(of: 0x0A) else { return false }
            lineStart = newline + 1
        }
        return false
    }
}

/// Reads a lexicon file in any supported format.
public enum LexiconFiles {
    /// Loads the file at `path` in the format its extension and content name. Braudel YAML is
    /// validated unless `validating` is false (for `lexicon check`, which lists every problem).
    public static func load(path: String, validating: Bool = true) throws -> ImportedLexicon {
        let data: Data
        do {
            data = try Data(contentsOf: URL(fileURLWithPath: path))
        } catch {
            throw LexiconError(path: path, line: nil, reason: "cannot read: \(error.localizedDescription)")
        }
        let extensionSaysXML = ["rdf", "xml", "skos", "owl"].contains(URL(fileURLWithPath: path).pathExtension.lowercased())
        if extensionSaysXML { return try SKOSImporter.load(bytes: Array(data), path: path) }
        let (text, notes) = decode(data, path: path)
        var imported: ImportedLexicon
        switch LexiconFormat.detect(path: path, text: text) {
        case .braudel:
            imported = ImportedLexicon(lexicon: try LexiconLoader.load(yaml: text, path: path, validating: validating), format: .braudel)
        case .quanteda: imported = try QuantedaDictionaryImporter.load(yaml: text, path: path)
        case .liwc: imported = try LIWCDictionaryImporter.load(text: text, path: path)
        case .skos: return try SKOSImporter.load(bytes: Array(data), path: path)
        case .skosTurtle: imported = try SKOSTurtleImporter.load(text: text, path: path)
        }
        imported.warnings = notes + imported.warnings
        return imported
    }

    /// UTF-8 without its BOM; dictionaries distributed as Windows-1252 (older LIWC
    /// translations) are read as such, with a warning.
    private static func decode(_ data: Data, path: String) -> (String, [LexiconFinding]) {
        if var text = String(data: data, encoding: .utf8) {
            if text.hasPrefix("\u{FEFF}") { text.removeFirst() }
            return (text, [])
        }
        let text = String(data: data, encoding: .windowsCP1252) ?? String(decoding: data, as: UTF8.self)
        return (text, [LexiconFinding(.warning, path: path, line: nil, "not UTF-8; read as Windows-1252")])
    }
}
