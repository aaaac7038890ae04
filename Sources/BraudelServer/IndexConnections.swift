import BraudelIndex
import Foundation

/// Read-only connections to the index, reused across requests. A connection is opened when
/// none is free, so a missing index that `braudel index` creates later starts answering without
/// a restart; a connection that failed is dropped rather than reused.
final class IndexConnections: @unchecked Sendable {
    let path: String
    let timeout: Double?
    private var idle = [CorpusIndex]()
    private let lock = NSLock()
    /// Most connections kept idle: enough for the cores, few enough to bound the page caches.
    private let keep = max(2, ProcessInfo.processInfo.activeProcessorCount)

    init(path: String, timeout: Double?) {
        self.path = path
        self.timeout = timeout
    }

    /// Runs `body` with a connection, off the server's event loops (SQLite blocks). With a
    /// `scope` (`include-names`, `lang`), the connection is a fresh one that the scope's
    /// temporary views shadow, closed afterwards: a scope cannot be taken back from a
    /// connection, so a scoped one never returns to the pool.
    func with<T: Sendable>(scope: MentionScope? = nil, _ body: @escaping @Sendable (CorpusIndex) throws -> T) async throws -> T {
        try await withCheckedThrowingContinuation { continuation in
            DispatchQueue.global().async {
                continuation.resume(with: Result {
                    guard let scope else { return try self.run(body) }
                    let index = try self.open()
                    try index.scopeMentions(includeNames: scope.includeNames, language: scope.language)
                    return try body(index)
                })
            }
        }
    }

    private func run<T>(_ body: (CorpusIndex) throws -> T) throws -> T {
        let index = try take()
        let result = try body(index)
        give(index)
        return result
    }

    private func take() throws -> CorpusIndex {
        lock.lock()
        let reused = idle.popLast()
        lock.unlock()
        if let reused { return reused }
        return try open()
    }

    private func open() throws -> CorpusIndex {
        let index = try CorpusIndex(path: path, access: .readOnly)
        index.queryTimeLimit = timeout
        return index
    }

    private func give(_ index: CorpusIndex) {
        lock.lock()
        defer { lock.unlock() }
        if idle.count < keep { idle.append(index) }
    }
}

/// Which mentions statistics count, as the CLI's `--include-names` and `--lang` choose.
struct MentionScope: Sendable {
    var includeNames: Bool
    /// An ISO 639 code of two or three ASCII letters.
    var language: String?
}
