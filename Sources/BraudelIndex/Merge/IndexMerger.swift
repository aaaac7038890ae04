import Foundation
import GRDB

/// A document found in two inputs: the first input's copy is kept.
public struct DuplicateDocument: Sendable, Equatable {
    public let path: String
    /// The input whose copy was kept.
    public let keptFrom: String
    /// The input whose copy was left out.
    public let skippedFrom: String
}

/// What a merge produced.
public struct MergeSummary: Sendable {
    /// Counts of the merged index.
    public let stats: IndexStats
    public let duplicates: [DuplicateDocument]
}

/// Combines indexes built separately (shards of one corpus, `braudel index --shard K/N`) into
/// one. Every input must record the same lexicon and analysis version, or their concept ids and
/// citation keys would not mean the same thing. Rows are copied in bulk with SQL (ATTACH and
/// INSERT…SELECT, ids shifted past those already copied), then what is derived across documents
/// — the full-text index and the work table — is rebuilt from the merged rows. The result is
/// built in a temporary file beside the output and renamed over it only when complete.
public struct IndexMerger: Sendable {
    public let inputs: [String]
    public let output: String
    /// Replace an existing output file.
    public let replaceExisting: Bool

    public init(inputs: [String], output: String, replaceExisting: Bool) {
        self.inputs = inputs
        self.output = output
        self.replaceExisting = replaceExisting
    }

    /// Merges the inputs into ``output``. On any failure the output is left as it was.
    public func merge() throws -> MergeSummary {
        try checkPaths()
        // Held until the output is in place: no writer may change an input while it is copied
        // (its lexicon fingerprint is checked once, then stamped on the result), nor write into
        // an output about to be replaced.
        let inputLocks = try inputs.map { try IndexWriterLock(path: $0, exclusive: false) }
        let outputLock = try IndexWriterLock(path: output)
        defer { withExtendedLifetime((inputLocks, outputLock)) {} }
        try checkCompatible()
        TemporaryFiles.removeLeftovers(in: (output as NSString).deletingLastPathComponent)
        let temporary = TemporaryFiles.path(for: output)
        do {
            let summary = try build(at: temporary)
            try install(temporary)
            return summary
        } catch {
            for suffix in ["", "-wal", "-shm", "-journal"] { try? FileManager.default.removeItem(atPath: temporary + suffix) }
            throw error
        }
    }

    private func checkPaths() throws {
        guard !inputs.isEmpty else { throw MergeError.noInputs }
        if FileManager.default.fileExists(atPath: output) && !replaceExisting { throw MergeError.outputExists(path: output) }
        let target = Self.canonical(output)
        if let input = inputs.first(where: { Self.canonical($0) == target }) { throw MergeError.outputIsInput(path: input) }
        let folder = (output as NSString).deletingLastPathComponent
        var isDirectory: ObjCBool = false
        if !folder.isEmpty && !(FileManager.default.fileExists(atPath: folder, isDirectory: &isDirectory) && isDirectory.boolValue) {
            throw MergeError.cannotWrite(path: output, reason: "no folder \(folder)")
        }
    }

    /// Every input must be a finished index built with the first input's lexicon and analysis.
    private func checkCompatible() throws {
        var first: (path: String, lexicon: String, analysis: String)?
        for input in inputs {
            let index = try CorpusIndex(path: input, access: .read)
            guard let lexicon = try index.meta("lexicon"), let analysis = try index.meta("analysis") else {
                throw MergeError.unfinished(path: input)
            }
            try index.close()
            guard let reference = first else {
                first = (input, lexicon, analysis)
                continue
            }
            if lexicon != reference.lexicon {
                throw MergeError.incompatible(path: input, reason: "built with another lexicon than \(reference.path)")
            }
            if analysis != reference.analysis {
                throw MergeError.incompatible(path: input, reason:
                    "analyzed by another Braudel (analysis \(analysis)) than \(reference.path) (analysis \(reference.analysis))")
            }
        }
    }

    /// Builds the merged index in `path` and closes it.
    private func build(at path: String) throws -> MergeSummary {
        let target = try CorpusIndex(path: path, access: .create, busyTimeout: 5, locking: false)
        var duplicates = [DuplicateDocument]()
        var origins = [(input: String, lastDocumentID: Int64)]()
        try target.writingWithoutTransaction { db in
            for input in inputs {
                try db.execute(sql: "ATTACH DATABASE ? AS source", arguments: [input])
                defer { try? db.execute(sql: "DETACH DATABASE source") }
                try db.inTransaction {
                    duplicates += try MergeCopy(db: db, input: input, origins: origins).run()
                    let last = try Int64.fetchOne(db, sql: "SELECT COALESCE(MAX(id), 0) FROM main.document") ?? 0
                    origins.append((input, last))
                    return .commit
                }
            }
            try db.inTransaction {
                try Self.rebuildDerivedTables(db)
                return .commit
            }
            // A self-contained file (no -wal beside it) can be renamed; WAL returns on next open.
            try db.execute(sql: "PRAGMA journal_mode = DELETE")
        }
        let stats = try target.stats()
        try target.close()
        return MergeSummary(stats: stats, duplicates: duplicates)
    }

    /// The full-text index and the whole-index counts from the merged rows, and every work from the merged references
    /// and citations (a work's best entry may now come from another input).
    static func rebuildDerivedTables(_ db: Database) throws {
        try db.execute(sql: "INSERT INTO sentence_fts(sentence_fts) VALUES ('rebuild')")
        try WholeIndexCounts.rebuild(db)
        // Shards gave each DOI its key among their own entries; the union may choose another.
        _ = try DOIIdentity.reconcile(try DOIIdentity.allDOIs(db), db)
        let keys = try String.fetchAll(db, sql: "SELECT work_key FROM citation UNION SELECT work_key FROM reference")
        try WorkTable.refresh(keys: Set(keys), db)
    }

    /// Moves the finished file over the output. A stale write-ahead log of a replaced index
    /// would be replayed onto the new file, so it goes first.
    private func install(_ temporary: String) throws {
        if replaceExisting {
            for suffix in ["-wal", "-shm"] { try? FileManager.default.removeItem(atPath: output + suffix) }
        }
        if rename(temporary, output) != 0 {
            throw MergeError.cannotWrite(path: output, reason: String(cString: strerror(errno)))
        }
    }

    private static func canonical(_ path: String) -> String {
        URL(fileURLWithPath: path).resolvingSymlinksInPath().standardizedFileURL.path
    }
}
