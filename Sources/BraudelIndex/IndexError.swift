/// Why the index could not be opened, written or queried. Every case names the index file (or the
/// document / query at fault) and the reason; `description` is one line fit for stderr.
public enum IndexError: Error, CustomStringConvertible, Sendable, Equatable {
    /// The index file does not exist and creation was not asked for.
    case missing(path: String)
    /// The file exists but is not a Braudel index (another SQLite database, another kind of file).
    case notAnIndex(path: String, reason: String)
    /// SQLite reports the file as damaged.
    case corrupt(path: String, reason: String)
    /// Another process holds a lock on the index.
    case locked(path: String)
    /// Another writer (`index`, `merge`) holds the index's writer lock.
    case beingWritten(path: String)
    /// The index was written by a newer Braudel whose schema this build does not know.
    case newerSchema(path: String)
    /// The file could not be opened or created (permissions, missing directory).
    case cannotOpen(path: String, reason: String)
    /// A document's analysis breaks the offset contract (e.g. a mention past the end of the text).
    case invalidAnalysis(document: String, reason: String)
    /// A query ran longer than the index's ``CorpusIndex/queryTimeLimit`` and was stopped.
    case timedOut(path: String, seconds: Double)
    /// A user search query could not be turned into a valid full-text query.
    case badQuery(query: String, reason: String)
    /// Any other SQLite failure, with the index path and SQLite's message.
    case database(path: String, reason: String)

    public var description: String {
        switch self {
        case .missing(let path):
            return "\(path): no index here (run `braudel index` first, or pass --index PATH)"
        case .notAnIndex(let path, let reason): return "\(path): not a Braudel index: \(reason)"
        case .corrupt(let path, let reason): return "\(path): index is corrupt: \(reason)"
        case .locked(let path): return "\(path): index is locked by another process"
        case .beingWritten(let path):
            return "\(path): another braudel (index or merge) is writing this index; try again when it has finished"
        case .newerSchema(let path):
            return "\(path): index was written by a newer Braudel; upgrade to read it"
        case .cannotOpen(let path, let reason): return "\(path): cannot open index: \(reason)"
        case .invalidAnalysis(let document, let reason): return "\(document): cannot index: \(reason)"
        case .timedOut(let path, let seconds):
            return "\(path): query stopped after \(seconds.formatted()) s (--timeout); narrow it or raise the limit"
        case .badQuery(let query, let reason): return "bad search query \(quoted(query)): \(reason)"
        case .database(let path, let reason): return "\(path): index error: \(reason)"
        }
    }

    private func quoted(_ text: String) -> String {
        "'" + text.replacingOccurrences(of: "\n", with: " ") + "'"
    }
}
