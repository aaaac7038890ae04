import ArgumentParser
import BraudelIndex
import Foundation

extension ExportFormat: ExpressibleByArgument {}

/// `braudel export`: the index as plain files other engines (DuckDB, Spark, OpenSearch) load.
struct ExportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "export",
        abstract: "Write the index as one JSON Lines or CSV file per table, for DuckDB, Spark or OpenSearch.",
        discussion: """
        Writes documents, sentences, mentions, citations, references and works \
        (DIR/documents.jsonl …, or .csv with a header row). Columns are listed in the README. \
        Rows are streamed from one consistent snapshot of the index; files are written under \
        temporary names and renamed only when all are complete, so a failed export leaves DIR \
        as it was.
        """)

    @Option(help: "jsonl (JSON Lines) or csv.") var format: ExportFormat = .jsonl
    @Option(help: ArgumentHelp("The folder to write (created if missing).", valueName: "dir")) var output: String
    @OptionGroup var indexOptions: IndexOptions

    func run() throws {
        let index = try openIndex(indexOptions)
        // An export streams the whole index in one read: its length is the index's size, not a
        // runaway query's.
        index.queryTimeLimit = nil
        let started = Date()
        let files: [ExportedFile]
        do {
            files = try SignalCleanup.guarding(folder: output) { try index.export(to: output, format: format) }
        } catch let error as ExportError {
            throw CommandFailure(error.description)
        } catch let error as IndexError {
            throw CommandFailure(error.description)
        }
        let seconds = Date().timeIntervalSince(started)
        let bytes = files.reduce(0) { $0 + $1.bytes }
        for file in files {
            Printer.note(String(format: "%@: %d rows, %.1f MB", file.path, file.rows, Double(file.bytes) / 1_048_576))
        }
        Printer.note(String(format: "exported %d files, %.1f MB in %.2f s", files.count, Double(bytes) / 1_048_576, seconds))
    }
}
