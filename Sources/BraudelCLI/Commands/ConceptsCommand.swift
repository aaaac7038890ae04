import ArgumentParser
import BraudelReports
import BraudelIndex

/// `braudel concepts`: the lexicon's concepts with how often the corpus mentions them.
struct ConceptsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "concepts",
        abstract: "List the lexicon's concepts with mention and document counts in the index.")

    @Option(parsing: .unconditional, help: "Show only the N most mentioned concepts (with --by document: per document).") var top: Int?
    @Flag(help: "Also list concepts with no mention.") var all = false
    enum By: String, ExpressibleByArgument, CaseIterable { case document }
    @Option(help: "Per document: each document's concepts with mentions, tokens and the rate per 10,000 tokens.")
    var by: By?
    @OptionGroup var indexOptions: IndexOptions
    @OptionGroup var lexicon: LexiconOptions
    @OptionGroup var names: NameOptions
    @OptionGroup var output: FormatOptions

    func validate() throws {
        try checkRange(top, "--top", 0...maximumCount)
    }

    func run() throws {
        let (index, lexicon) = try openIndex(indexOptions, with: self.lexicon)
        try names.apply(to: index)
        if by == .document {
            let labels = Dictionary(lexicon.concepts.map { ($0.id, $0.label) }, uniquingKeysWith: { a, _ in a })
            var rows = try querying { try index.conceptCountsByDocument() }
                .map { DocumentConceptRow($0, label: labels[$0.concept] ?? $0.concept) }
            if let top {
                var kept = [String: Int]()
                rows = rows.filter { row in
                    kept[row.path, default: 0] += 1
                    return kept[row.path, default: 0] <= top
                }
            }
            return Printer.print(rows, as: output.format)
        }
        let rows = try querying { try CommandQueries(index: index, lexicon: lexicon).concepts(top: top, all: all) }
        Printer.print(rows, as: output.format)
    }
}

