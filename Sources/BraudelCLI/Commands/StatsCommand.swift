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
    @Flag(help: "Per document: title, authors and year with where each came from (sidecar or document), and the library entry matched; with --format bibtex, ris or csljson, the documents as a bibliography.")
    var metadata = false
    @OptionGroup var indexOptions: IndexOptions
    @OptionGroup var listing: ListingFormatOptions

    func validate() throws {
        if listing.bibliography != nil && !metadata {
            throw ValidationError("--format \(listing.format.rawValue) writes documents as a bibliography: use it with --metadata")
        }
    }

    func run() throws {
        let records = listing.records ?? .table
        let index = try openIndex(indexOptions)
        if citations {
            let documents = try querying { try index.citationStatsByDocument() }
            Printer.print(documents.map(DocumentCitationRow.init), as: records)
            return
        }
        if metadata {
            let documents = try querying { try index.metadataSources() }
            if let format = listing.bibliography { return Printer.write(Bibliography.ofDocuments(documents, as: format)) }
            Printer.print(documents.map(DocumentMetadataRow.init), as: records)
            return
        }
        let stats = try querying { try index.stats() }
        if records == .json { return Printer.printJSON(stats) }
        let rows = CommandQueries.statRows(stats, metadataOrigins: try querying { try index.metadataOrigins() })
        Printer.print(rows, as: records)
    }
}

