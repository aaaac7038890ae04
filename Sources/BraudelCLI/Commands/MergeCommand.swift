import ArgumentParser
import BraudelReports
import BraudelIndex
import Foundation

/// `braudel merge`: one index from several (the shards of `braudel index --shard K/N`).
struct MergeCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "merge",
        abstract: "Combine indexes (e.g. shards built with `index --shard K/N`) into one.",
        discussion: """
        Every input must have been built with the same lexicon and Braudel analysis version. A \
        document found in two inputs is kept from the first and reported. The merged index is \
        built in a temporary file beside the output and renamed into place when complete; an \
        existing output is replaced only with --force.
        """)

    @Argument(help: "The indexes to combine.") var inputs: [String]
    @Option(help: ArgumentHelp("The merged index to write.", valueName: "path")) var into: String
    @Flag(help: "Replace the output if it exists.") var force = false
    @OptionGroup var output: FormatOptions

    func validate() throws {
        if inputs.isEmpty { throw ValidationError("give at least one index to merge") }
    }

    func run() throws {
        let started = Date()
        let summary: MergeSummary
        do {
            summary = try SignalCleanup.guarding(folder: (into as NSString).deletingLastPathComponent) {
                try IndexMerger(inputs: inputs, output: into, replaceExisting: force).merge()
            }
        } catch let error as MergeError {
            throw CommandFailure(error.description)
        } catch let error as IndexError {
            throw CommandFailure(error.description)
        }
        for duplicate in summary.duplicates {
            Printer.warn("\(duplicate.path) is in both \(duplicate.keptFrom) and \(duplicate.skippedFrom); kept the copy from \(duplicate.keptFrom)")
        }
        let stats = summary.stats
        if output.format == .json {
            return Printer.printJSON(MergeSummaryRecord(index: into, inputs: inputs, stats: stats,
                                                        duplicates: summary.duplicates.map(\.path),
                                                        seconds: Date().timeIntervalSince(started)))
        }
        Printer.note(String(format: "merged %d indexes: %d documents, %d sentences, %d mentions, %d citations, %d references, %d works (%.2f s)",
                            inputs.count, stats.documents, stats.sentences, stats.mentions, stats.citations,
                            stats.references, stats.works, Date().timeIntervalSince(started)))
        Printer.note("index: \(into)")
    }
}

