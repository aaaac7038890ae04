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
        let rows = try querying { try CommandQueries(index: index, lexicon: lexicon).concepts(top: top, all: all) }
        Printer.print(rows, as: output.format)
    }
}

