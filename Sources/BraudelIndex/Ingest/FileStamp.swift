import GRDB

/// What the index remembers about a file to decide whether it must be re-indexed: its content
/// hash decides; size and modification time let a caller skip hashing unchanged files.
public struct FileStamp: Sendable, Codable, Hashable {
    public var path: String
    /// Hex digest of the file's bytes (the caller chooses the algorithm; it is compared as text).
    public var hash: String
    public var size: Int
    /// Modification time, seconds since 1970.
    public var mtime: Double

    public init(path: String, hash: String, size: Int, mtime: Double) {
        self.path = path
        self.hash = hash
        self.size = size
        self.mtime = mtime
    }
}

extension CorpusIndex {
    /// The stamp the index holds for `path`, or nil when the path is not indexed.
    public func stamp(forPath path: String) throws -> FileStamp? {
        try reading { db in
            guard let row = try Row.fetchOne(
                db, sql: "SELECT path, hash, size, mtime FROM document WHERE path = ?", arguments: [path])
            else { return nil }
            return FileStamp(path: row["path"], hash: row["hash"], size: row["size"], mtime: row["mtime"])
        }
    }

    /// Indexed paths equal to `root` or inside the directory `root`, sorted; the caller compares
    /// them with the files it finds on disk to detect deletions. An empty root lists everything.
    public func indexedPaths(under root: String) throws -> [String] {
        var directory = root
        while directory.count > 1 && directory.hasSuffix("/") { directory.removeLast() }
        let prefix = directory.hasSuffix("/") ? directory : directory + "/"
        return try reading { db in
            if directory.isEmpty {
                return try String.fetchAll(db, sql: "SELECT path FROM document ORDER BY path")
            }
            return try String.fetchAll(db, sql: """
                SELECT path FROM document
                WHERE path = ? OR substr(path, 1, length(?)) = ?
                ORDER BY path
                """, arguments: [directory, prefix, prefix])
        }
    }
}

extension CorpusIndex {
    /// Records a new size and time for a file whose content hash did not change (touched but not
    /// edited), so that the next run skips it without hashing.
    public func updateStamp(_ stamp: FileStamp) throws {
        try writing { db in
            try db.execute(sql: "UPDATE document SET size = ?, mtime = ? WHERE path = ? AND hash = ?",
                           arguments: [stamp.size, stamp.mtime, stamp.path, stamp.hash])
        }
    }
}
