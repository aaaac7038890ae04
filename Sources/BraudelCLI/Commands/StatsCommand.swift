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
        Printer.print(rows, as: output.format)
    }
}

/// One measure of the index, named as its key in the JSON form (`formats.FORMAT`: documents of
/// that format).
struct StatRow: TabularRecord {
    var measure: String
    var value: Int

    static let columns = ["measure", "value"]
    var cells: [String] { [measure, String(value)] }
}

/// One document's citation linking: the counts and the unlinked citations' texts, every key
/// present (title null when the document has none).
struct DocumentCitationRow: TabularRecord {
    var stats: DocumentCitationStats
    init(_ stats: DocumentCitationStats) { self.stats = stats }

    static let columns = ["path", "title", "citations", "linked", "unlinked", "unlinked_texts", "references", "uncited"]
    var cells: [String] {
        [displayPath(stats.path), stats.title ?? "", String(stats.citations), String(stats.linked), String(stats.unlinked),
         Cell.json(stats.unlinkedTexts), String(stats.references), String(stats.uncitedReferences)]
    }
    static let tableColumns = ["path", "citations", "linked", "unlinked", "references", "uncited"]
    var tableCells: [String] {
        [displayPath(stats.path), String(stats.citations), String(stats.linked), String(stats.unlinked),
         String(stats.references), String(stats.uncitedReferences)]
    }

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
