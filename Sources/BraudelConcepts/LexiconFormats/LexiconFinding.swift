/// One problem found in a lexicon file, with its place: errors make a lexicon unusable or
/// silently wrong, warnings mark something a curator should look at.
public struct LexiconFinding: Sendable, Hashable, CustomStringConvertible {
    /// How serious a finding is.
    public enum Severity: String, Sendable, Hashable {
        case error, warning
    }

    public var severity: Severity
    public var path: String
    public var line: Int?
    public var message: String

    public init(_ severity: Severity, path: String, line: Int?, _ message: String) {
        self.severity = severity
        self.path = path
        self.line = line
        self.message = message
    }

    /// "lexicon.yaml:12: error: …", the form compilers use so editors can jump to it.
    public var description: String {
        let place = line.map { "\(path):\($0)" } ?? path
        return "\(place): \(severity.rawValue): \(message)"
    }
}

/// A lexicon read from a file of any supported format, with what the import had to give up
/// (wildcards the matcher cannot express, spellings claimed twice in a multi-label dictionary).
public struct ImportedLexicon: Sendable {
    public var lexicon: Lexicon
    public var format: LexiconFormat
    public var warnings: [LexiconFinding]

    public init(lexicon: Lexicon, format: LexiconFormat, warnings: [LexiconFinding] = []) {
        self.lexicon = lexicon
        self.format = format
        self.warnings = warnings
    }
}
