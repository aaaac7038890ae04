import ArgumentParser
import BraudelIndex

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
            if output.format == .json {
                Printer.write(Printer.json(documents.map(DocumentCitationJSON.init)) + "\n")
            } else {
                Printer.print(documents.map(DocumentCitationRow.init), as: output.format)
            }
            return
        }
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

/// One document's citation linking, as a table row.
struct DocumentCitationRow: TabularRecord {
    var stats: DocumentCitationStats
    init(_ stats: DocumentCitationStats) { self.stats = stats }

    static let columns = ["document", "citations", "linked", "unlinked", "references", "uncited"]
    var cells: [String] {
        [displayPath(stats.path), String(stats.citations), String(stats.linked), String(stats.unlinked),
         String(stats.references), String(stats.uncitedReferences)]
    }
}

/// One document's citation linking for programs: the counts and the unlinked citations' texts,
/// every key present (title null when the document has none).
struct DocumentCitationJSON: Encodable {
    var stats: DocumentCitationStats
    init(_ stats: DocumentCitationStats) { self.stats = stats }

    enum Keys: String, CodingKey { case path, title, citations, linked, unlinked, unlinkedTexts, references, uncited }
    func encode(to encoder: Encoder) throws {
        var c = encoder.container(keyedBy: Keys.self)
        try c.encode(displayPath(stats.path), forKey: .path)
        try c.encode(stats.title, forKey: .title)
        try c.encode(stats.citations, forKey: .citations)
        try c.encode(stats.linked, forKey: .linked)
        try c.encode(stats.unlinked, forKey: .unlinked)
        try c.encode(stats.unlinkedTexts, forKey: .unlinkedTexts)
        try c.encode(stats.references, forKey: .references)
        try c.encode(stats.uncitedReferences, forKey: .uncited)
    }
}
