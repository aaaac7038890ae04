import ArgumentParser
import BraudelIndex
import BraudelReports

/// `braudel cites`: the most cited works of the corpus, or those cited where a concept is discussed.
struct CitesCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "cites",
        abstract: "Most-cited works: authors, year, title, citation count and citing documents.",
        discussion: """
        With --concept, only citations in sentences that mention the concept count: who is cited \
        when, say, the semiperiphery is discussed. The concept is named as `search` names one: its \
        id, label or any spelling (`semi-peripheral`), or `concept:ID`.
        """)

    @Option(parsing: .unconditional, help: "Show the N most cited works.") var top: Int = 20
    @Option(help: ArgumentHelp("Count only citations in sentences mentioning this concept.", valueName: "concept"))
    var concept: String?
    @Flag(help: "With --concept: include narrower concepts.") var expand = false
    @OptionGroup var indexOptions: IndexOptions
    @OptionGroup var lexicon: LexiconOptions
    @OptionGroup var output: FormatOptions

    func validate() throws {
        try checkRange(top, "--top", 1...maximumCount)
        if expand && concept == nil { throw ValidationError("--expand needs --concept") }
    }

    func run() throws {
        guard let concept else {
            let index = try openIndex(indexOptions)
            let works = try querying { try index.topCitedWorks(top: top) }
            Printer.print(works.map(WorkRow.init), as: output.format, maxCellWidth: 60)
            return
        }
        let (index, lexicon) = try openIndex(indexOptions, with: self.lexicon)
        let found = try ConceptResolver(lexicon: lexicon).resolve(concept)
        let ids = expand ? lexicon.narrower(than: found.id) : [found.id]
        let works = try querying { try index.worksCited(withConcepts: ids, top: top) }
        Printer.print(works.map(ConceptWorkRow.init), as: output.format, maxCellWidth: 60)
    }
}

