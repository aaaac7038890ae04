/// A problem in a sidecar file, with the line it was found on: one line of text naming the file.
/// A bad record is skipped with one of these; the rest of the file is still read.
public struct LibraryError: Error, Sendable, CustomStringConvertible, Hashable {
    public var file: String
    /// 1-based line, or nil when the problem is the whole file (unreadable, not JSON).
    public var line: Int?
    public var reason: String

    public init(file: String, line: Int?, reason: String) {
        self.file = file
        self.line = line
        self.reason = reason
    }

    public var description: String {
        if let line { return "\(file):\(line): \(reason)" }
        return "\(file): \(reason)"
    }
}

/// What reading one sidecar gave: the records it could read and one error per record it could not.
public struct LibraryParse: Sendable {
    public var entries: [LibraryEntry]
    public var errors: [LibraryError]

    public init(entries: [LibraryEntry] = [], errors: [LibraryError] = []) {
        self.entries = entries
        self.errors = errors
    }
}
