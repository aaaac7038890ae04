import BraudelAnalysis
import BraudelCitations
import BraudelDocuments
import BraudelIndex
import BraudelLibrary
import Dispatch
import Foundation

/// What one `braudel index` run did.
public struct IndexRunSummary: Sendable {
    public var indexed = 0
    public var unchanged = 0
    public var removed = 0
    /// Files that could not be read or analyzed, with a one-line reason each.
    public var failures: [(path: String, reason: String)] = []
    /// Bytes of the files read and analyzed.
    public var bytesAnalyzed = 0
    /// True when every document was re-analyzed because the lexicon changed.
    public var lexiconChanged = false
    /// True when every document was re-analyzed because this build analyzes differently.
    public var analysisChanged = false
    /// Folders given to the run that hold no file a reader could claim.
    public var emptyRoots: [String] = []
    /// Files found but left to other shards (`--shard K/N`); neither read nor removed.
    public var otherShards = 0
    /// True when every document was matched again because the library's sidecars changed.
    public var libraryChanged = false
    /// Files with pages read through OCR (no text layer), and how many pages each.
    public var ocr: [(path: String, pages: Int)] = []
    /// Documents whose metadata came (in part) from the researcher's library this run.
    public var matchedToLibrary = 0
    /// Entries the walk left out on purpose (links leaving the folder, link loops, file names
    /// that are not UTF-8), each with a one-line reason.
    public var skipped: [(path: String, reason: String)] = []

    public init() {}
}

/// How far a run has come: files done of those to read, and bytes analyzed so far.
public struct IndexProgress: Sendable {
    public var files: Int
    public var totalFiles: Int
    public var bytes: Int
}

/// Brings an index up to date with folders on disk: new and changed files are analyzed on all
/// cores, unchanged ones skipped (size and time first, then the content hash), deleted ones
/// removed. Only the writer is serial, and it commits each document in its own transaction.
public struct IndexBuilder: Sendable {
    public let analyzer: Analyzer
    public let maxFileSize: Int
    /// Documents analyzed at once between two write phases; bounds memory whatever the corpus size.
    public var batchSize: Int
    /// The slice of the corpus this run owns, or nil for all of it. Files of other slices are
    /// neither analyzed nor, when already in the index, removed.
    public var shard: Shard?
    /// Follow symbolic links out of the folders and into linked folders (`--follow-symlinks`).
    public var followSymlinks = false
    /// The researcher's library (sidecars), matched to every document analyzed; its values win.
    public private(set) var library = MetadataLibrary()
    private var matcher: LibraryMatcher?

    public init(analyzer: Analyzer, maxFileSize: Int, batchSize: Int = ProcessInfo.processInfo.activeProcessorCount * 8,
                shard: Shard? = nil) {
        self.analyzer = analyzer
        self.maxFileSize = maxFileSize
        self.batchSize = max(1, batchSize)
        self.shard = shard
    }

    /// Matches documents against `library` from now on.
    public mutating func use(_ library: MetadataLibrary) {
        self.library = library
        matcher = library.isEmpty ? nil : LibraryMatcher(library)
    }

    /// The outcome of reading and analyzing one file on a worker thread.
    enum Outcome: Sendable {
        case analyzed(DocumentAnalysis, FileStamp, bytes: Int)
        case unchanged(FileStamp)
        case failed(path: String, reason: String)
    }

    /// Updates `index` from the files under `roots`. `progress` is called after each batch.
    public func update(_ index: CorpusIndex, roots: [String], progress: (IndexProgress) -> Void = { _ in }) throws -> IndexRunSummary {
        var summary = IndexRunSummary()
        var reanalyze = try recordLexicon(in: index, summary: &summary)
        // Documents matched under other sidecars (or none) are matched again: a file's bytes
        // did not change, its metadata may have.
        if try (index.meta("library") ?? "") != library.fingerprint, try index.hasDocuments() {
            summary.libraryChanged = !reanalyze
            reanalyze = true
        }
        let force = reanalyze
        let files = try candidateFiles(roots: roots, summary: &summary)
        let plan = try plan(files, index: index, force: force, summary: &summary)
        // Pipelined: while this thread writes one batch, the next is analyzed on the other cores.
        let pending = plan.pending
        var done = 0
        var written: [Outcome] = []
        for start in stride(from: 0, to: pending.count, by: batchSize) {
            let batch = Array(pending[start..<min(start + batchSize, pending.count)])
            let analysis = BackgroundBatch { self.process(batch, force: force) }
            try write(written, to: index, summary: &summary)
            written = analysis.wait()
            done += batch.count
            progress(IndexProgress(files: done, totalFiles: pending.count, bytes: summary.bytesAnalyzed))
        }
        try write(written, to: index, summary: &summary)
        try removeDeleted(from: index, roots: roots, present: plan.present, summary: &summary)
        let unsettled = try index.hasUnsettledIdentities()
        if summary.indexed > 0 || summary.removed > 0 || unsettled {
            try index.settleWorkIdentities()
        }
        try index.setMeta("lexicon", analyzer.lexicon.fingerprint)
        try index.setMeta("analysis", Analyzer.version)
        try index.setMeta("library", library.fingerprint)
        return summary
    }

    /// Marker recorded as the lexicon while documents of two lexicons (or analyses) may coexist.
    static let reanalysisPending = "re-analysis pending"

    /// Keeps the invariant "every document was tagged with the recorded lexicon and analysis"
    /// true at every instant, so that an interrupted run can never leave a mix that a later run
    /// takes for consistent. An empty index records this run's lexicon before the first write (an
    /// interrupted run then resumes where it stopped); an index built otherwise — another lexicon
    /// or analysis, or nothing recorded beside documents — records ``reanalysisPending`` until
    /// every document has been analyzed again. Returns whether every document must be.
    private func recordLexicon(in index: CorpusIndex, summary: inout IndexRunSummary) throws -> Bool {
        let fingerprint = analyzer.lexicon.fingerprint
        let recorded = try index.meta("lexicon")
        let analysis = try index.meta("analysis")
        if recorded == fingerprint && analysis == Analyzer.version { return false }
        let hasDocuments = try index.hasDocuments()
        guard hasDocuments else {
            try index.setMeta("lexicon", fingerprint)
            try index.setMeta("analysis", Analyzer.version)
            return false
        }
        summary.lexiconChanged = recorded != fingerprint
        summary.analysisChanged = analysis != Analyzer.version
        try index.setMeta("lexicon", Self.reanalysisPending)
        return true
    }

    /// Reads, analyzes and discards: the analysis throughput without any index writing.
    public func analyzeOnly(roots: [String], progress: (IndexProgress) -> Void = { _ in }) throws -> IndexRunSummary {
        var summary = IndexRunSummary()
        let files = try candidateFiles(roots: roots, summary: &summary)
        let pending = try plan(files, index: nil, force: true, summary: &summary).pending
        for start in stride(from: 0, to: pending.count, by: batchSize) {
            let batch = Array(pending[start..<min(start + batchSize, pending.count)])
            for outcome in process(batch, force: true) {
                switch outcome {
                case .analyzed(_, _, let bytes): summary.indexed += 1; summary.bytesAnalyzed += bytes
                case .unchanged: summary.unchanged += 1
                case .failed(let path, let reason): summary.failures.append((path, reason))
                }
            }
            progress(IndexProgress(files: min(start + batchSize, pending.count), totalFiles: pending.count,
                                   bytes: summary.bytesAnalyzed))
        }
        return summary
    }

    /// The files under `roots` this run owns, sorted and without duplicates: all of them, or
    /// those of ``shard``.
    func candidateFiles(roots: [String], summary: inout IndexRunSummary) throws -> [String] {
        var files = [String]()
        for root in roots {
            let walk = try CorpusWalker(extensions: CorpusWalker.documentExtensions.union([DocumentArchive.pathExtension]),
                                        followSymlinks: followSymlinks).walk(under: root)
            if walk.files.isEmpty { summary.emptyRoots.append(root) }
            files += walk.files
            summary.skipped += walk.skipped
        }
        files = Array(Set(files)).sorted()
        let paths = ShardPaths(absoluteRoots: roots.map(CorpusWalker.absolute))
        let owned = files.filter { owns($0, paths) }
        summary.otherShards = files.count - owned.count
        return owned
    }

    /// Whether the absolute `path` belongs to this run's shard (always, without a shard). An
    /// archive's members go with the archive.
    private func owns(_ path: String, _ paths: ShardPaths) -> Bool {
        guard let shard else { return true }
        return shard.contains(relativePath: paths.relative(DocumentArchive.archive(containing: path) ?? path))
    }

    /// Why a file is too large to read (``maxFileSize``), or nil. Such a file is skipped with a
    /// warning rather than read: memory grows with the largest document, and one file must never
    /// cost the batch. An indexed earlier version stays in the index until the file shrinks.
    func oversized(_ path: String) -> String? {
        guard let size = Self.stat(path)?.size, size > maxFileSize else { return nil }
        return DocumentError.tooLarge(path: path, bytes: size, limit: maxFileSize).description
    }

    /// Reads and analyzes one batch on all cores; archive members are extracted first, each
    /// archive of the batch opened once.
    private func process(_ batch: [PendingDocument], force: Bool) -> [Outcome] {
        let members = ArchiveMembers.extract(batch, maxBytes: maxFileSize)
        return batch.parallelMap { item in
            self.process(item, memberBytes: members[item.path], force: force)
        }
    }

    /// One document: a file read from disk, or an archive member's bytes already extracted.
    private func process(_ item: PendingDocument, memberBytes: Result<[UInt8], DocumentError>?, force: Bool) -> Outcome {
        let path = item.path
        do {
            let bytes = try memberBytes?.get() ?? FileLoader.bytes(atPath: path, maxBytes: maxFileSize)
            let stat = Self.stat(item.archive ?? path) ?? (bytes.count, 0)
            let stamp = FileStamp(path: path, hash: ContentHash.of(bytes), size: bytes.count, mtime: stat.mtime)
            if !force, let previous = item.previous, previous.hash == stamp.hash { return .unchanged(stamp) }
            var analysis = try analyzer.analyze(bytes: bytes, path: path)
            if let matcher { analysis.applyLibrary(matcher) }
            return .analyzed(analysis, stamp, bytes: bytes.count)
        } catch let error as DocumentError {
            return .failed(path: path, reason: error.description)
        } catch {
            return .failed(path: path, reason: "\(path): \(error)")
        }
    }

    private func write(_ outcomes: [Outcome], to index: CorpusIndex, summary: inout IndexRunSummary) throws {
        var batch = [(analysis: DocumentAnalysis, file: FileStamp)]()
        for outcome in outcomes {
            switch outcome {
            case .analyzed(let analysis, let stamp, _):
                batch.append((analysis, stamp))
            case .unchanged(let stamp):
                try index.updateStamp(stamp)
                summary.unchanged += 1
            case .failed(let path, let reason):
                summary.failures.append((path, reason))
            }
        }
        guard !batch.isEmpty else { return }
        for (item, error) in zip(batch, try index.write(batch: batch, workKey: Self.workKey, settlingIdentities: false)) {
            if let error {
                summary.failures.append((item.file.path, error.description))
            } else {
                summary.indexed += 1
                summary.bytesAnalyzed += item.file.size
                if item.analysis.library != nil { summary.matchedToLibrary += 1 }
                if item.analysis.document.ocrPages > 0 { summary.ocr.append((item.file.path, item.analysis.document.ocrPages)) }
            }
        }
    }

    /// Removes indexed files under `roots` that are gone from disk. With a shard, only files of
    /// that shard: the others were not looked for, and may belong to another run's slice.
    private func removeDeleted(from index: CorpusIndex, roots: [String], present: Set<String>, summary: inout IndexRunSummary) throws {
        let paths = ShardPaths(absoluteRoots: roots.map(CorpusWalker.absolute))
        var gone = Set<String>()
        for root in roots {
            gone.formUnion(try index.indexedPaths(under: CorpusWalker.absolute(root))
                .filter { !present.contains($0) && owns($0, paths) })
        }
        try index.remove(paths: gone.sorted())
        summary.removed = gone.count
    }

    /// A citation's work: the linked reference's authors and title when there is one.
    @Sendable public static func workKey(_ citation: InTextCitation, _ reference: ReferenceEntry?) -> String {
        CitedWorkKey(citation: citation, reference: reference).storageKey
    }

    static func stat(_ path: String) -> (size: Int, mtime: Double)? {
        guard let attributes = try? FileManager.default.attributesOfItem(atPath: path) else { return nil }
        let size = (attributes[.size] as? NSNumber)?.intValue ?? 0
        let mtime = (attributes[.modificationDate] as? Date)?.timeIntervalSince1970 ?? 0
        return (size, mtime)
    }
}

/// Work started on a background queue whose result is collected later with ``wait()``.
final class BackgroundBatch<Result: Sendable>: @unchecked Sendable {
    private let group = DispatchGroup()
    // Written once by the worker before `leave()`, read only after `wait()`: the group orders them.
    private var result: Result?

    init(_ work: @escaping @Sendable () -> Result) {
        group.enter()
        DispatchQueue.global().async {
            self.result = work()
            self.group.leave()
        }
    }

    func wait() -> Result {
        group.wait()
        return result!
    }
}
