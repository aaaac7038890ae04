import ArgumentParser
import BraudelReports
import BraudelIndex

/// `braudel concepts`: the lexicon's concepts with how often the corpus mentions them.
struct ConceptsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "concepts",
        abstract: "List the lexicon's concepts with mention and document counts in the index.")

    @Option(parsing: .unconditional, help: "Show only the N most mentioned concepts.") var top: Int?
    @Flag(help: "Also list concepts with no mention.") var all = false
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
        let counts = Dictionary(try querying { try index.conceptCounts() }.map { ($0.concept, $0) }, uniquingKeysWith: { a, _ in a })
        var rows = lexicon.concepts.filter { !$0.abstract }.map { concept in
            ConceptRow(concept: concept.id, label: concept.label, broader: concept.broader ?? "",
                       mentions: counts[concept.id]?.mentions ?? 0, documents: counts[concept.id]?.documents ?? 0)
        }
        if !all { rows.removeAll { $0.mentions == 0 } }
        rows.sort { ($0.mentions, $1.concept) > ($1.mentions, $0.concept) }
        if let top { rows = Array(rows.prefix(top)) }
        Printer.print(rows, as: output.format)
    }
}

