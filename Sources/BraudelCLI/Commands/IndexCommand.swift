import ArgumentParser
import BraudelAnalysis
import BraudelDocuments
import BraudelIndex
import Foundation

/// `braudel index FOLDER…`: brings the index up to date with the folders.
struct IndexCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "index",
        abstract: "Read, analyze and index every document below the given folders (text, Markdown, HTML, XML, DOCX, ODT, EPUB, PDF).",
        discussion: """
        Files: .txt .text .md .markdown .html .htm .xhtml .xml .nxml .tei (TEI and JATS are \
        recognized by content) .docx .odt .epub .pdf (PDF needs poppler's pdftotext). \
        Incremental: unchanged files are skipped (size and time, then content hash), changed ones \
        replaced, deleted ones removed; a changed lexicon re-analyzes everything. Each document \
        is written under its own savepoint, so a failing one rolls back alone and the index is \
        never half-written. A file that cannot be read is reported on stderr with the reason and \
        the rest of the batch goes on. Exits 1 when every file failed (or any, with --strict).
        """)

    @Argument(help: "Folders (or files) to index.") var paths: [String]
    @OptionGroup var indexOptions: IndexOptions
    @OptionGroup var lexicon: LexiconOptions
    @OptionGroup var output: FormatOptions
    @Option(help: "Largest file to read, in bytes.") var maxFileSize: Int = defaultMaxFileSize
    @Flag(help: "Read and analyze only; write nothing (measures analysis throughput).") var analyzeOnly = false
    @Flag(help: "Exit 1 if any file failed.") var strict = false
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
        let started = Date()
        let progress = ProgressLine(enabled: stderrIsTerminal)
        let summary: IndexRunSummary
        do {
            if analyzeOnly {
                summary = try builder.analyzeOnly(roots: paths, progress: progress.update)
            } else {
                let index = try CorpusIndex(path: indexOptions.index, create: true)
                summary = try builder.update(index, roots: paths, progress: progress.update)
            }
        } catch let error as IndexError {
            throw CommandFailure(error.description)
        } catch let error as DocumentError {
            throw CommandFailure(error.description)
        }
        progress.finish()
        report(summary, seconds: Date().timeIntervalSince(started))
        let attempted = summary.indexed + summary.failures.count
        if !summary.failures.isEmpty && (strict || (summary.indexed == 0 && summary.unchanged == 0 && attempted > 0)) {
            throw ExitCode.failure
        }
        if summary.emptyRoots.count == paths.count { throw ExitCode.failure }
    }

    /// `--dry-run`: each candidate file with the format its first bytes and extension select.
    private func listCandidates() throws {
        var rows = [CandidateRow]()
        for root in paths {
            let shard = try self.shard.map(Shard.init(parsing:))
            let files = try readFailingCleanly { try CorpusWalker().files(under: root) }
                .filter { shard?.contains(path: $0, roots: paths) ?? true }
            if files.isEmpty { Printer.note("braudel: \(root): no readable files") }
            for path in files {
                let head = (try? FileHead.read(path, count: ReaderRegistry.headSize)) ?? []
                let format = ReaderRegistry.standard.reader(forPath: path, head: head)?.format.rawValue ?? "unsupported"
                let size = (try? FileManager.default.attributesOfItem(atPath: path)[.size] as? NSNumber)?.intValue ?? 0
                rows.append(CandidateRow(path: displayPath(path), format: format, bytes: size))
            }
        }
        Printer.print(rows, as: output.format)
    }

    private func report(_ summary: IndexRunSummary, seconds: Double) {
        if summary.lexiconChanged { Printer.note("lexicon changed since the last run: every document was analyzed again") }
        if summary.analysisChanged && !summary.lexiconChanged {
            Printer.note("this Braudel analyzes differently from the one that built the index: every document was analyzed again")
        }
        for root in summary.emptyRoots { Printer.note("braudel: \(root): no documents to read (.txt, .md, .html, .xml, .docx, .odt, .epub, .pdf)") }
        if let shard { Printer.note("shard \(shard): \(summary.otherShards) file(s) left to other shards") }
        for skipped in summary.skipped { Printer.note("braudel: warning: skipped: \(skipped.reason)") }
        for failure in summary.failures { Printer.note("braudel: failed: \(failure.reason)") }
        let megabytes = Double(summary.bytesAnalyzed) / 1_048_576
        let rate = seconds > 0 ? megabytes / seconds : 0
        let verb = analyzeOnly ? "analyzed" : "indexed"
        let skipped = summary.skipped.isEmpty ? "" : ", skipped \(summary.skipped.count)"
        Printer.note(String(format: "%@ %d, unchanged %d, removed %d, failed %d%@ (%.1f MB in %.2f s, %.1f MB/s)",
                            verb, summary.indexed, summary.unchanged, summary.removed, summary.failures.count,
                            skipped, megabytes, seconds, rate))
        if !analyzeOnly { Printer.note("index: \(indexOptions.index)") }
    }
}

/// A progress line redrawn in place on a terminal; silent otherwise.
final class ProgressLine: @unchecked Sendable {
    private let enabled: Bool
    private var drawn = false

    init(enabled: Bool) { self.enabled = enabled }

    func update(_ done: Int, _ total: Int) {
        guard enabled, total > 0 else { return }
        FileHandle.standardError.write(Data("\r\(done)/\(total) files analyzed".utf8))
        drawn = true
    }

    func finish() {
        if drawn { FileHandle.standardError.write(Data("\r\u{1B}[K".utf8)) }
    }
}

/// A file `index --dry-run` would read.
struct CandidateRow: TabularRecord {
    var path: String
    var format: String
    var bytes: Int

    static let columns = ["path", "format", "bytes"]
    var cells: [String] { [path, format, String(bytes)] }
}

/// The first bytes of a file, for format sniffing without reading it whole.
enum FileHead {
    static func read(_ path: String, count: Int) throws -> [UInt8] {
        guard let handle = FileHandle(forReadingAtPath: path) else { return [] }
        defer { try? handle.close() }
        return [UInt8](try handle.read(upToCount: count) ?? Data())
    }
}
