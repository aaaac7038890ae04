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
    @Flag(help: "Per document: title, authors and year with where each came from (sidecar or document), and the library entry matched.")
    var metadata = false
    @OptionGroup var indexOptions: IndexOptions
    @OptionGroup var output: FormatOptions

    func run() throws {
        let index = try openIndex(indexOptions)
        if citations {
            let documents = try querying { try index.citationStatsByDocument() }
            Printer.print(documents.map(DocumentCitationRow.init), as: output.format)
            return
        }
        if metadata {
            let documents = try querying { try index.metadataSources() }
            Printer.print(documents.map(DocumentMetadataRow.init), as: output.format)
            return
        }
        let stats = try querying { try index.stats() }
        if output.format == .json { return Printer.printJSON(stats) }
        let rows = CommandQueries.statRows(stats, metadataSources: try querying { try index.metadataSources() })
        Printer.print(rows, as: output.format)
    }
}

