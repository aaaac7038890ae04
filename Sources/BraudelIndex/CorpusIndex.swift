import Foundation
import GRDB

/// The persistent corpus index: one SQLite file (WAL mode) holding documents, sentences with a
/// full-text index, concept mentions, citations, references and cited works. Used from one
/// thread: analysis runs in parallel elsewhere and hands finished analyses to ``write``.
public final class CorpusIndex {
    /// The index file's path, as given.
    public let path: String
    let queue: DatabaseQueue
    /// Longest one read may run, in seconds, before SQLite is interrupted and the read fails
    /// with ``IndexError/timedOut(path:seconds:)``; nil for no limit. Bounds hostile or
    /// accidental queries whose cost no parse-time cap foresees.
    public var queryTimeLimit: Double?
    /// Held from opening for writing until ``close()`` or the end of this object.
    private var writerLock: IndexWriterLock?
    /// Whether queries read mentions inside proper names too (``includeNameMentions()``): the
    /// whole-index counts leave those out, so such queries count from the rows instead.
    var readsNameMentions = false

    /// How an index file is opened.
    public enum Access: Sendable {
        /// Read and write, creating the file when missing.
        case create
        /// Read and write an existing index.
        case write
        /// Queries: nothing is left beside the file afterwards, and an index this process
        /// cannot write (read-only mount, another user's file) is opened read-only `immutable`.
        case read
        /// A long-lived reader beside a running writer (`braudel serve`): a read-only
        /// connection that sees each commit of `index` as it lands (never `immutable`), never
        /// migrates, and refuses an index that needs upgrading.
        case readOnly
    }

    /// Opens the index at `path`, creating it when `create` is true. Migrates an older schema.
    ///
    /// Throws ``IndexError/missing(path:)`` when the file does not exist and `create` is false,
    /// ``IndexError/notAnIndex(path:reason:)`` for a file that is not a Braudel index (never
    /// converting someone else's database), and typed errors for corrupt or locked files.
    /// `busyTimeout` is how long a write waits for another process's lock before
    /// ``IndexError/locked(path:)``.
    public convenience init(path: String, create: Bool, busyTimeout: Double = 5) throws {
        try self.init(path: path, access: create ? .create : .write, busyTimeout: busyTimeout)
    }

    /// Opens the index at `path` for `access` (see ``init(path:create:busyTimeout:)`` for errors).
    public convenience init(path: String, access: Access, busyTimeout: Double = 5) throws {
        try self.init(path: path, access: access, busyTimeout: busyTimeout, writable: nil)
    }

    /// `writable` overrides the check of the file's permissions (tests run as root); `locking`
    /// false skips the writer lock, for a file only this process knows of (merge's temporary).
    init(path: String, access: Access, busyTimeout: Double, writable: Bool? = nil, locking: Bool = true) throws {
        self.path = path
        let exists = FileManager.default.fileExists(atPath: path)
        if !exists && access != .create { throw IndexError.missing(path: path) }
        if access != .read && access != .readOnly && locking { writerLock = try IndexWriterLock(path: path) }
        do {
            if access == .readOnly {
                queue = try Self.openForReading(path: path, busyTimeout: busyTimeout, live: true)
            } else if access == .read, !(writable ?? Self.isWritable(path)) {
                queue = try Self.openForReading(path: path, busyTimeout: busyTimeout)
            } else {
                queue = try DatabaseQueue(path: path, configuration: Self.configuration(busyTimeout: busyTimeout, readOnly: false))
                try Self.prepare(queue, path: path, isNew: !exists, create: access == .create)
            }
        } catch let error as DatabaseError {
            throw Self.indexError(error, path: path)
        }
    }

    /// Whether this process may write the file and create files beside it.
    private static func isWritable(_ path: String) -> Bool {
        let directory = (path as NSString).deletingLastPathComponent
        return access(path, W_OK) == 0 && access(directory.isEmpty ? "." : directory, W_OK) == 0
    }

    /// A read-only, `immutable` queue on an index this process cannot write (read-only mount,
    /// another user's file), so that reading creates no `-wal`/`-shm` that would later block its
    /// owner. A writable index is opened like a writer instead, since SQLite removes a read-write
    /// connection's `-wal`/`-shm` on close but leaves a read-only one's behind. A non-empty
    /// `-wal` (a writer at work) rules out `immutable`, and so does `live` (a reader that must
    /// see later commits).
    private static func openForReading(path: String, busyTimeout: Double, live: Bool = false) throws -> DatabaseQueue {
        let pendingWAL = ((try? FileManager.default.attributesOfItem(atPath: path + "-wal")[.size] as? Int) ?? 0) > 0
        let queue = try DatabaseQueue(path: pendingWAL || live ? path : immutableURI(path),
                                      configuration: configuration(busyTimeout: busyTimeout, readOnly: true))
        try queue.read { db in
            try checkOwnership(db, path: path, isNew: false, create: false)
            guard try IndexSchema.migrator.hasCompletedMigrations(db) else {
                throw IndexError.cannotOpen(path: path, reason: "the index needs upgrading by `braudel index`, and this user cannot write it")
            }
        }
        return queue
    }

    /// `file:` URI for SQLite's `immutable=1`: no locks, no journal, nothing created.
    private static func immutableURI(_ path: String) -> String {
        let absolute = path.hasPrefix("/") ? path : FileManager.default.currentDirectoryPath + "/" + path
        var allowed = CharacterSet.urlPathAllowed
        allowed.remove(charactersIn: "?#%")
        return "file:" + (absolute.addingPercentEncoding(withAllowedCharacters: allowed) ?? absolute) + "?immutable=1"
    }

    private static func configuration(busyTimeout: Double, readOnly: Bool) -> Configuration {
        var config = Configuration()
        // WAL is switched on in `prepare`, only once the file is known to be ours: switching it
        // on here would rewrite the header of someone else's database before refusing it.
        config.readonly = readOnly
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

    /// Refuses a database that is not a Braudel index (or an empty one when not creating).
    private static func checkOwnership(_ db: Database, path: String, isNew: Bool, create: Bool) throws {
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
        if try IndexSchema.migrator.hasBeenSuperseded(db) { throw IndexError.newerSchema(path: path) }
    }

    /// Checks the file is ours (or empty and may become ours), switches it to WAL and brings its
    /// schema up to date.
    private static func prepare(_ queue: DatabaseQueue, path: String, isNew: Bool, create: Bool) throws {
        try queue.read { db in try checkOwnership(db, path: path, isNew: isNew, create: create) }
        try queue.writeWithoutTransaction { db in
            guard try String.fetchOne(db, sql: "PRAGMA journal_mode = WAL") == "wal" else {
                throw IndexError.cannotOpen(path: path, reason: "could not switch the index to WAL mode")
            }
        }
        try IndexSchema.migrator.migrate(queue)
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

    /// Whether the index holds any document: an empty index may take a new lexicon as it is.
    public func hasDocuments() throws -> Bool {
        try reading { db in try Bool.fetchOne(db, sql: "SELECT EXISTS(SELECT 1 FROM document)") ?? false }
    }

    /// Runs a read, turning SQLite errors into ``IndexError``.
    func reading<T>(_ body: (Database) throws -> T) throws -> T {
        let watchdog = queryTimeLimit.map { limit in
            let interrupt = DispatchWorkItem { [queue] in queue.interrupt() }
            DispatchQueue.global().asyncAfter(deadline: .now() + max(0, limit), execute: interrupt)
            return interrupt
        }
        defer { watchdog?.cancel() }
        do {
            return try queue.read(body)
        } catch let error as DatabaseError where error.resultCode == .SQLITE_INTERRUPT && queryTimeLimit != nil {
            throw IndexError.timedOut(path: path, seconds: queryTimeLimit ?? 0)
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

    /// Scopes this connection's statistics: with `includeNames`, concept mentions inside proper
    /// names count too; with a `language` (an ISO 639 code, letters only), only documents
    /// identified as written in it, their sentences and mentions. Temporary views shadow the
    /// file's `document`, `sentence` and `mention` (see `IndexSchema`), so every query reads the
    /// scope without knowing of it.
    public func scopeMentions(includeNames: Bool, language: String? = nil) throws {
        // The code is spliced into the views' SQL: only its ASCII letters are kept.
        let language = language.map { String($0.lowercased().unicodeScalars.filter { $0.isASCII && $0.properties.isAlphabetic }) }
        guard includeNames || language != nil else { return }
        try writingWithoutTransaction { db in
            var conditions = includeNames ? [] : ["in_name = 0"]
            if let language {
                let documents = "SELECT id FROM main.document WHERE language = '\(language)'"
                try db.execute(sql: """
                    CREATE TEMP VIEW IF NOT EXISTS document AS SELECT * FROM main.document WHERE language = '\(language)';
                    CREATE TEMP VIEW IF NOT EXISTS sentence AS SELECT * FROM main.sentence WHERE document_id IN (\(documents));
                    """)
                conditions.append("document_id IN (\(documents))")
            }
            try db.execute(sql: """
                CREATE TEMP VIEW IF NOT EXISTS mention AS
                    SELECT id, document_id, sentence_id, concept, label, text, start, "end" FROM main.mention_all
                    \(conditions.isEmpty ? "" : "WHERE " + conditions.joined(separator: " AND "))
                """)
        }
        readsNameMentions = true
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
        defer { writerLock = nil }
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
