import BraudelConcepts
import BraudelDocuments
import BraudelCorpus
import BraudelIndex

/// What `index --format json` prints on stdout: the run's summary as one object.
public struct IndexSummaryRecord: Encodable {
    /// The index written, or nil when none was (`--analyze-only`, or a failed first run).
    public var index: String?
    public var indexed: Int
    public var unchanged: Int
    public var removed: Int
    public var failed: Int
    public var failures: [Failure]
    /// Files passed over on purpose (a name that is not UTF-8, a link leaving the folder, …).
    public var skipped: [Failure]
    public var emptyFolders: [String]
    public var otherShards: Int
    public var lexiconChanged: Bool
    public var analysisChanged: Bool
    public var bytes: Int
    public var megabytes: Double
    public var seconds: Double
    public var megabytesPerSecond: Double

    public struct Failure: Encodable {
        public var path: String
        public var reason: String
    }

    public init(_ summary: IndexRunSummary, index: String?, seconds: Double) {
        self.index = index
        indexed = summary.indexed
        unchanged = summary.unchanged
        removed = summary.removed
        failed = summary.failures.count
        failures = summary.failures.map { Failure(path: displayPath($0.path), reason: $0.reason) }
        skipped = summary.skipped.map { Failure(path: displayPath($0.path), reason: $0.reason) }
        emptyFolders = summary.emptyRoots
        otherShards = summary.otherShards
        lexiconChanged = summary.lexiconChanged
        analysisChanged = summary.analysisChanged
        bytes = summary.bytesAnalyzed
        megabytes = Double(bytes) / 1_048_576
        self.seconds = seconds
        megabytesPerSecond = seconds > 0 ? megabytes / seconds : 0
    }

    public func encode(to encoder: Encoder) throws {
        var c = encoder.container(keyedBy: Keys.self)
        try c.encode(index, forKey: .index)   // null rather than absent
        try c.encode(indexed, forKey: .indexed)
        try c.encode(unchanged, forKey: .unchanged)
        try c.encode(removed, forKey: .removed)
        try c.encode(failed, forKey: .failed)
        try c.encode(failures, forKey: .failures)
        try c.encode(skipped, forKey: .skipped)
        try c.encode(emptyFolders, forKey: .emptyFolders)
        try c.encode(otherShards, forKey: .otherShards)
        try c.encode(lexiconChanged, forKey: .lexiconChanged)
        try c.encode(analysisChanged, forKey: .analysisChanged)
        try c.encode(bytes, forKey: .bytes)
        try c.encode(megabytes, forKey: .megabytes)
        try c.encode(seconds, forKey: .seconds)
        try c.encode(megabytesPerSecond, forKey: .megabytesPerSecond)
    }

    public enum Keys: String, CodingKey {
        case index, indexed, unchanged, removed, failed, failures, skipped, emptyFolders, otherShards, lexiconChanged
        case analysisChanged, bytes, megabytes, seconds, megabytesPerSecond
    }
}

/// A file `index --dry-run` would read.
public struct CandidateRow: TabularRecord {
    public var path: String
    public var format: String
    public var bytes: Int

    public init(path: String, format: String, bytes: Int) {
        self.path = path
        self.format = format
        self.bytes = bytes
    }

    public static let columns = ["path", "format", "bytes"]
    public var cells: [String] { [path, format, String(bytes)] }
}

/// What `merge --format json` prints on stdout: the merged index, its counts and the documents
/// found in two inputs.
public struct MergeSummaryRecord: Encodable {
    public var index: String
    public var inputs: [String]
    public var stats: IndexStats
    public var duplicates: [String]
    public var seconds: Double

    public init(index: String, inputs: [String], stats: IndexStats, duplicates: [String], seconds: Double) {
        self.index = index
        self.inputs = inputs
        self.stats = stats
        self.duplicates = duplicates
        self.seconds = seconds
    }
}

/// A document's cleaned text with what was read about it (`text --format json|csv`).
public struct TextRecord: TabularRecord {
    public var path: String
    public var format: String
    public var title: String?
    public var authors: [String]
    public var year: Int?
    public var warnings: [String]
    public var text: String

    public init(_ document: Document, path: String) {
        self.path = path
        format = document.format.rawValue
        title = document.metadata.title
        authors = document.metadata.authors
        year = document.metadata.year
        warnings = document.warnings.map { "\($0)" }
        text = document.text
    }

    public static let columns = ["path", "format", "title", "authors", "year", "warnings", "text"]
    public var cells: [String] { [path, format, title ?? "", Cell.json(authors), Cell.int(year), Cell.json(warnings), text] }

    public func encode(to encoder: Encoder) throws {
        var c = encoder.container(keyedBy: Keys.self)
        try c.encode(path, forKey: .path)
        try c.encode(format, forKey: .format)
        try c.encode(title, forKey: .title)
        try c.encode(authors, forKey: .authors)
        try c.encode(year, forKey: .year)
        try c.encode(warnings, forKey: .warnings)
        try c.encode(text, forKey: .text)
    }

    public enum Keys: String, CodingKey { case path, format, title, authors, year, warnings, text }
}

/// A concept mention, citation or reference as a table row.
public struct FindingRow: TabularRecord {
    public var kind: String
    public var key: String
    public var text: String
    public var start: Int
    public var end: Int
    public var detail: String

    public init(kind: String, key: String, text: String, start: Int, end: Int, detail: String) {
        self.kind = kind
        self.key = key
        self.text = text
        self.start = start
        self.end = end
        self.detail = detail
    }

    public static let columns = ["kind", "key", "text", "start", "end", "detail"]
    public var cells: [String] { [kind, key, text, String(start), String(end), detail] }
}

/// One finding of `lexicon check --format json|csv`.
public struct FindingRecord: TabularRecord {
    public var path: String
    public var line: Int?
    public var severity: String
    public var message: String

    public init(_ finding: LexiconFinding) {
        path = finding.path
        line = finding.line
        severity = finding.severity.rawValue
        message = finding.message
    }

    public static let columns = ["path", "line", "severity", "message"]
    public var cells: [String] { [path, Cell.int(line), severity, message] }
}
