import ArgumentParser
import BraudelReports
import BraudelAnalysis
import BraudelDocuments
import BraudelConcepts
import BraudelCorpus
import BraudelIndex
import BraudelLibrary
import Foundation

/// `braudel index FOLDER…`: brings the index up to date with the folders.
struct IndexCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "index",
        abstract: "Read, analyze and index every document below the given folders (text, Markdown, HTML, XML, DOCX, ODT, EPUB, PDF).",
        discussion: """
        Files: .txt .text .md .markdown .html .htm .xhtml .xml .nxml .tei (TEI and JATS are \
        recognized by content) .docx .odt .epub .pdf (PDF needs poppler's pdftotext; pages without a text layer are read \
        by OCR when Tesseract is installed, Debian's tesseract-ocr). \
        Incremental: unchanged files are skipped (size and time, then content hash), changed ones \
        replaced, deleted ones removed; a changed lexicon re-analyzes everything. Each document \
        is written under its own savepoint, so a failing one rolls back alone and the index is \
        never half-written. A file that cannot be read is reported on stderr with the reason and \
        the rest of the batch goes on. Exits 1 when every file failed (or any, with --strict). \
        Metadata: BibTeX (.bib), RIS (.ris) and CSL-JSON (.json) files at the top of each folder, \
        and those given with --metadata, supply title, authors, year, container, DOI, language and \
        keywords; a document is matched to an entry by the entry's attached file, then by a DOI on \
        its first page, then by title (similarity 0.85 or more), and the entry's values win \
        (`stats --metadata` shows where each came from).
        """)

    @Argument(help: "Folders (or files) to index.") var paths: [String]
    @OptionGroup var indexOptions: IndexOptions
    @OptionGroup var lexicon: LexiconOptions
    @OptionGroup var output: FormatOptions
    @Option(parsing: .unconditional, help: ArgumentHelp(
        "Largest file to read, in bytes (default 256 MB); larger files are skipped with a warning and counted.",
        discussion: "Peak memory grows with the size of the largest file read."))
    var maxFileSize: Int = defaultMaxFileSize
    @Flag(help: "Read and analyze only; write nothing (measures analysis throughput).") var analyzeOnly = false
    @Flag(help: "Exit 1 if any file failed.") var strict = false
    @Option(name: .customLong("metadata"), help: ArgumentHelp(
        "A BibTeX, RIS or CSL-JSON file of the documents' metadata (a Zotero export); repeatable.", valueName: "FILE"))
    var metadataFiles: [String] = []
    @Flag(help: "Follow symbolic links that lead outside the folders, and into linked folders (loops are detected).")
    var followSymlinks = false
    @Flag(help: "List the files that would be read, with their detected format; read and write nothing else.")
    var dryRun = false
    @Option(help: ArgumentHelp(
        "Index only slice K of N (1-based); files are assigned by a hash of their path below the folder, "
            + "so each shard can run on its own machine and `braudel merge` combines the indexes.",
        valueName: "K/N"))
    var shard: String?

    func validate() throws {
        if paths.isEmpty { throw ValidationError("give at least one folder to index") }
        try checkRange(maxFileSize, "--max-file-size", 1...maximumFileSize)
        if let shard {
            do { _ = try Shard(parsing: shard) } catch let error as Shard.SpecificationError {
                throw ValidationError(error.description)
            }
        }
    }

    func run() throws {
        if dryRun { return try listCandidates() }
        var builder = IndexBuilder(analyzer: Analyzer(lexicon: try lexicon.load()), maxFileSize: maxFileSize,
                                   shard: try shard.map(Shard.init(parsing:)))
        builder.followSymlinks = followSymlinks
        let library = MetadataLibrary.load(files: metadataFiles, roots: paths)
        for error in library.errors { Printer.warn(error.description) }
        builder.use(library)
        let started = Date()
        let progress = ProgressLine(enabled: stderrIsTerminal)
        // A run that creates the index and then fails leaves no file behind.
        let creating = !analyzeOnly && !FileManager.default.fileExists(atPath: indexOptions.index)
        let summary: IndexRunSummary
        do {
            summary = try build(builder, progress: progress)
        } catch {
            progress.finish()
            if creating { removeIndexFiles() }
            if let error = error as? IndexError { throw CommandFailure(error.description) }
            if let error = error as? DocumentError { throw CommandFailure(error.description) }
            throw error
        }
        progress.finish()
        let attempted = summary.indexed + summary.failures.count
        let failed = (!summary.failures.isEmpty && (strict || (summary.indexed == 0 && summary.unchanged == 0 && attempted > 0)))
            || summary.emptyRoots.count == paths.count
        if failed && creating && summary.indexed == 0 { removeIndexFiles() }
        report(summary, seconds: Date().timeIntervalSince(started), kept: !(failed && creating && summary.indexed == 0))
        if failed { throw ExitCode.failure }
    }

    /// Runs the builder; the index is closed when this returns.
    private func build(_ builder: IndexBuilder, progress: ProgressLine) throws -> IndexRunSummary {
        if analyzeOnly { return try builder.analyzeOnly(roots: paths, progress: progress.update) }
        let index = try CorpusIndex(path: indexOptions.index, create: true)
        return try builder.update(index, roots: paths, progress: progress.update)
    }

    /// The index file and its SQLite companions.
    private func removeIndexFiles() {
        for suffix in ["", "-wal", "-shm", "-journal"] { try? FileManager.default.removeItem(atPath: indexOptions.index + suffix) }
    }

    /// `--dry-run`: each document a run would read (archive members one by one) with the format
    /// its name and first bytes select; what a run would skip or fail on is reported as a run would.
    private func listCandidates() throws {
        var builder = IndexBuilder(analyzer: Analyzer(lexicon: Lexicon(name: "dry run", version: "", concepts: [])), maxFileSize: maxFileSize,
                                   shard: try shard.map(Shard.init(parsing:)))
        builder.followSymlinks = followSymlinks
        let (documents, summary) = try readFailingCleanly { try builder.candidates(roots: paths) }
        for root in summary.emptyRoots { Printer.error("\(root): no documents to read") }
        for skipped in summary.skipped { Printer.warn("skipped: \(skipped.reason)") }
        for failure in summary.failures { Printer.error(failure.reason) }
        Printer.print(documents.map { CandidateRow(path: displayPath($0.path), format: $0.format?.rawValue ?? "unsupported",
                                                   bytes: $0.bytes) }, as: output.format)
    }

    private func report(_ summary: IndexRunSummary, seconds: Double, kept: Bool) {
        if summary.lexiconChanged { Printer.note("lexicon changed since the last run: every document was analyzed again") }
        if summary.analysisChanged && !summary.lexiconChanged {
            Printer.note("this Braudel analyzes differently from the one that built the index: every document was analyzed again")
        }
        if summary.libraryChanged { Printer.note("metadata files changed since the last run: every document was matched again") }
        if summary.indexed > 0 && !metadataFiles.isEmpty || summary.matchedToLibrary > 0 {
            Printer.note("metadata: \(summary.matchedToLibrary) of \(summary.indexed) document(s) matched to a library entry")
        }
        for file in summary.ocr { Printer.warn("\(file.path): \(file.pages) page(s) without a text layer read by OCR (tesseract)") }
        if !summary.ocr.isEmpty {
            Printer.note("OCR: \(summary.ocr.map(\.pages).reduce(0, +)) page(s) in \(summary.ocr.count) scanned PDF(s)")
        }
        for root in summary.emptyRoots { Printer.error("\(root): no documents to read (.txt, .md, .html, .xml, .docx, .odt, .epub, .pdf)") }
        if let shard { Printer.note("shard \(shard): \(summary.otherShards) file(s) left to other shards") }
        for skipped in summary.skipped { Printer.warn("skipped: \(skipped.reason)") }
        for failure in summary.failures { Printer.error(failure.reason) }
        let line = IndexSummaryRecord(summary, index: analyzeOnly || !kept ? nil : indexOptions.index, seconds: seconds)
        if output.format == .json { return Printer.printJSON(line) }
        let verb = analyzeOnly ? "analyzed" : "indexed"
        let skipped = line.skipped.isEmpty ? "" : ", skipped \(line.skipped.count)"
        Printer.note(String(format: "%@ %d, unchanged %d, removed %d, failed %d%@ (%.1f MB in %.2f s, %.1f MB/s)",
                            verb, line.indexed, line.unchanged, line.removed, line.failed, skipped,
                            line.megabytes, seconds, line.megabytesPerSecond))
        if let index = line.index { Printer.note("index: \(index)") }
    }
}

/// A progress line redrawn in place on a terminal (stderr); silent otherwise: percent, files,
/// MB/s and the time left at the rate so far.
final class ProgressLine: @unchecked Sendable {
    private let enabled: Bool
    private let started = Date()
    private var drawn = false

    init(enabled: Bool) { self.enabled = enabled }

    func update(_ progress: IndexProgress) {
        guard enabled, progress.totalFiles > 0 else { return }
        let seconds = Date().timeIntervalSince(started)
        let fraction = Double(progress.files) / Double(progress.totalFiles)
        let rate = seconds > 0 ? Double(progress.bytes) / 1_048_576 / seconds : 0
        let left = fraction > 0 ? seconds * (1 - fraction) / fraction : 0
        let line = String(format: "\r%3.0f%%  %d/%d files  %.1f MB/s  ETA %@\u{1B}[K", fraction * 100, progress.files,
                          progress.totalFiles, rate, Self.duration(left))
        FileHandle.standardError.write(Data(line.utf8))
        drawn = true
    }

    func finish() {
        if drawn { FileHandle.standardError.write(Data("\r\u{1B}[K".utf8)) }
    }

    /// `1:05` or `1:02:05`.
    static func duration(_ seconds: Double) -> String {
        let total = Int(seconds.rounded())
        let (hours, minutes, rest) = (total / 3600, total / 60 % 60, total % 60)
        return hours > 0 ? String(format: "%d:%02d:%02d", hours, minutes, rest) : String(format: "%d:%02d", minutes, rest)
    }
}
