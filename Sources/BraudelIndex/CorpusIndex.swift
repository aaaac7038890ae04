import Foundation
import GRDB

/// The persistent corpus index: one SQLite file (WAL mode) holding documents, sentences with a
/// full-text index, concept mentions, citations, references and cited works. Used from one
/// thread: analysis runs in parallel elsewhere and hands finished analyses to ``write``.
public final class CorpusIndex {
    /// The index file's path, as given.
    public let path: String
    let queue: DatabaseQueue

    /// Opens the index at `path`, creating it when `create` is true. Migrates an older schema.
    ///
    /// Throws ``IndexError/missing(path:)`` when the file does not exist and `create` is false,
    /// ``IndexError/notAnIndex(path:reason:)`` for a file that is not a Braudel index (never
    /// converting someone else's database), and typed errors for corrupt or locked files.
    /// `busyTimeout` is how long a write waits for another process's lock before
    /// ``IndexError/locked(path:)``.
    public init(path: String, create: Bool, busyTimeout: Double = 5) throws {
        self.path = path
        let exists = FileManager.default.fileExists(atPath: path)
        if !exists && !create { throw IndexError.missing(path: path) }
        do {
            queue = try DatabaseQueue(path: path, configuration: Self.configuration(busyTimeout: busyTimeout))
            try Self.prepare(queue, path: path, isNew: !exists, create: create)
        } catch let error as DatabaseError {
            throw Self.indexError(error, path: path)
        }
    }

    private static func configuration(busyTimeout: Double) -> Configuration {
        var config = Configuration()
        config.journalMode = .wal
        config.foreignKeysEnabled = true
        // Another braudel process writing: wait a little, then report the lock clearly.
        config.busyMode = .timeout(max(0, busyTimeout))
        config.prepareDatabase { db in
            try db.execute(sql: "PRAGMA synchronous = NORMAL")
            try db.execute(sql: "PRAGMA wal_autocheckpoint = 16384")
            // SQLite's default 2 MB page cache made every insert into the large tables' indexes
            // re-read pages from the file once the index outgrew it (a pread per B-tree step):
            // writing slowed as the corpus grew (100 MB: 66 s → 46 s with 128 MB). The cache is
            // a bound, so memory stays flat however large the index gets.
            try db.execute(sql: "PRAGMA cache_size = -131072")
        }
        return config
    }

    /// Checks the file is ours (or empty and may become ours) and brings its schema up to date.
    private static func prepare(_ queue: DatabaseQueue, path: String, isNew: Bool, create: Bool) throws {
        let migrator = IndexSchema.migrator
        try queue.read { db in
            let applicationID = try Int32.fetchOne(db, sql: "PRAGMA application_id") ?? 0
            let tableCount = try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM sqlite_master") ?? 0
            if applicationID != IndexSchema.applicationID {
                if tableCount > 0 {
                    throw IndexError.notAnIndex(path: path, reason: "an SQLite database of another application")
                }
                if !isNew && !create {
                    throw IndexError.notAnIndex(path: path, reason: "empty database")
                }
            }
            if try migrator.hasBeenSuperseded(db) { throw IndexError.newerSchema(path: path) }
        }
        try migrator.migrate(queue)
    }

    /// Maps SQLite failures to ``IndexError`` cases naming the index file.
    static func indexError(_ error: DatabaseError, path: String) -> IndexError {
        let reason = error.message ?? "\(error.resultCode)"
        switch error.resultCode {
        case .SQLITE_NOTADB: return .notAnIndex(path: path, reason: "not an SQLite database")
        case .SQLITE_CORRUPT: return .corrupt(path: path, reason: reason)
        case .SQLITE_BUSY, .SQLITE_LOCKED: return .locked(path: path)
        case .SQLITE_CANTOPEN, .SQLITE_PERM, .SQLITE_READONLY: return .cannotOpen(path: path, reason: reason)
        default: return .database(path: path, reason: reason)
        }
    }

    /// Runs a read, turning SQLite errors into ``IndexError``.
    func reading<T>(_ body: (Database) throws -> T) throws -> T {
        do {
            return try queue.read(body)
        } catch let error as DatabaseError {
            throw Self.indexError(error, path: path)
        }
    }

    /// Runs a write in one transaction, turning SQLite errors into ``IndexError``. Any error thrown
    /// by `body` rolls the whole transaction back.
    func writing<T>(_ body: (Database) throws -> T) throws -> T {
        do {
            return try queue.write(body)
        } catch let error as DatabaseError {
            throw Self.indexError(error, path: path)
        }
    }

    /// Makes this connection's queries read concept mentions inside proper names too: a
    /// temporary view shadows the `mention` view of the file (see `IndexSchema`).
    public func includeNameMentions() throws {
        try writingWithoutTransaction { db in
            try db.execute(sql: """
                CREATE TEMP VIEW IF NOT EXISTS mention AS
                    SELECT id, document_id, sentence_id, concept, label, text, start, "end" FROM main.mention_all
                """)
        }
    }

    /// Runs statements outside any implicit transaction (ATTACH, journal mode changes, which a
    /// transaction forbids), turning SQLite errors into ``IndexError``.
    func writingWithoutTransaction<T>(_ body: (Database) throws -> T) throws -> T {
        do {
            return try queue.writeWithoutTransaction(body)
        } catch let error as DatabaseError {
            throw Self.indexError(error, path: path)
        }
    }

    /// Closes the file now rather than when the last reference goes, so that it can be renamed
    /// safely; the index must not be used afterwards.
    func close() throws {
        do {
            try queue.close()
        } catch let error as DatabaseError {
            throw Self.indexError(error, path: path)
        }
    }

    /// A value stored in the `meta` table (e.g. the lexicon fingerprint the index was built with).
    public func meta(_ key: String) throws -> String? {
        try reading { db in try String.fetchOne(db, sql: "SELECT value FROM meta WHERE key = ?", arguments: [key]) }
    }

    /// Stores a value in the `meta` table, replacing any previous one.
    public func setMeta(_ key: String, _ value: String) throws {
        try writing { db in
            try db.execute(sql: "INSERT INTO meta(key, value) VALUES (?, ?) "
                + "ON CONFLICT(key) DO UPDATE SET value = excluded.value", arguments: [key, value])
        }
    }
}
