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
    @Flag(help: "Add each work's degree, strength, betweenness and PageRank in the co-citation network.")
    var centrality = false
    @OptionGroup var indexOptions: IndexOptions
    @OptionGroup var lexicon: LexiconOptions
    @OptionGroup var output: FormatOptions

    func validate() throws {
        try checkRange(top, "--top", 1...maximumCount)
        if expand && concept == nil { throw ValidationError("--expand needs --concept") }
        if centrality && concept != nil { throw ValidationError("--centrality applies to the whole corpus, not with --concept") }
    }

    func run() throws {
        guard let concept else {
            let index = try openIndex(indexOptions)
            if centrality {
                let works = try querying { try index.topCitedWorks(top: top) }
                let measures = try CitesCentrality.byWork(index)
                Printer.print(works.map { CentralWorkRow($0, measures: measures[$0.key]) }, as: output.format, maxCellWidth: 60)
                return
            }
            Printer.print(try querying { try CommandQueries.cites(index, top: top) }, as: output.format, maxCellWidth: 60)
            return
        }
        let (index, lexicon) = try openIndex(indexOptions, with: self.lexicon)
        let works = try querying {
            try CommandQueries(index: index, lexicon: lexicon).cites(concept: concept, expand: expand, top: top)
        }
        Printer.print(works, as: output.format, maxCellWidth: 60)
    }
}

