import ArgumentParser
import BraudelIndex
import BraudelReports

/// `braudel stats`: what the index holds.
struct StatsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "stats",
        abstract: "Counts of documents, tokens, sentences, concept mentions, citations and references.")

    @Flag(help: "Per document: citations, linked and unlinked (json lists the unlinked texts), reference entries and uncited entries.")
    var citations = false
    @OptionGroup var indexOptions: IndexOptions
    @OptionGroup var output: FormatOptions

    func run() throws {
        let index = try openIndex(indexOptions)
        if citations {
            let documents = try querying { try index.citationStatsByDocument() }
            Printer.print(documents.map(DocumentCitationRow.init), as: output.format)
            return
        }
        let stats = try querying { try index.stats() }
        if output.format == .json { return Printer.printJSON(stats) }
        var rows = [
            StatRow(measure: "documents", value: stats.documents), StatRow(measure: "tokens", value: stats.tokens),
            StatRow(measure: "sentences", value: stats.sentences), StatRow(measure: "mentions", value: stats.mentions),
            StatRow(measure: "concepts", value: stats.concepts), StatRow(measure: "citations", value: stats.citations),
            StatRow(measure: "linked_citations", value: stats.linkedCitations),
            StatRow(measure: "references", value: stats.references), StatRow(measure: "works", value: stats.works),
        ]
        rows += stats.formats.map { StatRow(measure: "formats.\($0.format)", value: $0.documents) }
        rows += stats.languages.map { StatRow(measure: "languages.\($0.language)", value: $0.documents) }
        Printer.print(rows, as: output.format)
    }
}

