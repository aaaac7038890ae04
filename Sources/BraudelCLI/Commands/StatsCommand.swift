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
        var rows = [
            StatRow(measure: "documents", value: stats.documents), StatRow(measure: "tokens", value: stats.tokens),
            StatRow(measure: "sentences", value: stats.sentences), StatRow(measure: "mentions", value: stats.mentions),
            StatRow(measure: "concepts", value: stats.concepts), StatRow(measure: "citations", value: stats.citations),
            StatRow(measure: "linked_citations", value: stats.linkedCitations),
            StatRow(measure: "references", value: stats.references), StatRow(measure: "works", value: stats.works),
        ]
        rows += stats.formats.map { StatRow(measure: "formats.\($0.format)", value: $0.documents) }
        let sources = try querying { try index.metadataSources() }
        for (field, source) in [("title", \DocumentMetadataSources.titleSource), ("authors", \.authorsSource), ("year", \.yearSource)] {
            for origin in ["sidecar", "document"] {
                rows.append(StatRow(measure: "metadata.\(field).\(origin)", value: sources.filter { $0[keyPath: source] == origin }.count))
            }
        }
        Printer.print(rows, as: records)
    }
}

