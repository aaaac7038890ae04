import ArgumentParser
import BraudelIndex

/// `braudel stats`: what the index holds.
struct StatsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "stats",
        abstract: "Counts of documents, tokens, sentences, concept mentions, citations and references.")

    @OptionGroup var indexOptions: IndexOptions
    @OptionGroup var output: FormatOptions

    func run() throws {
        let index = try openIndex(indexOptions)
        let stats = try querying { try index.stats() }
        if output.format == .json {
            Printer.write(Printer.json(stats) + "\n")
            return
        }
        var rows = [
            StatRow(measure: "documents", value: stats.documents), StatRow(measure: "tokens", value: stats.tokens),
            StatRow(measure: "sentences", value: stats.sentences), StatRow(measure: "concept mentions", value: stats.mentions),
            StatRow(measure: "distinct concepts", value: stats.concepts), StatRow(measure: "citations", value: stats.citations),
            StatRow(measure: "linked citations", value: stats.linkedCitations),
            StatRow(measure: "reference entries", value: stats.references), StatRow(measure: "cited works", value: stats.works),
        ]
        rows += stats.formats.map { StatRow(measure: "documents (\($0.format))", value: $0.documents) }
        Printer.print(rows, as: output.format)
    }
}

/// One measure of the index.
struct StatRow: TabularRecord {
    var measure: String
    var value: Int

    static let columns = ["measure", "value"]
    var cells: [String] { [measure, String(value)] }
}
