import ArgumentParser
import BraudelIndex
import BraudelLibrary
import BraudelReports

/// `braudel cites`: the most cited works of the corpus, or those cited where a concept is discussed.
struct CitesCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "cites",
        abstract: "Most-cited works: authors, year, title, citation count and citing documents.",
        discussion: """
        With --concept, only citations in sentences that mention the concept count: who is cited \
        when, say, the semiperiphery is discussed. The concept is named as `search` names one: its \
        id, label or any spelling (`semi-peripheral`), or `concept:ID`. \
        --format bibtex, ris or csljson writes the works as a bibliography (with DOIs and the \
        details of their fullest reference entry) for Zotero; citation keys are stable across runs.
        """)

    @Option(parsing: .unconditional, help: "Show the N most cited works.") var top: Int = 20
    @Option(help: ArgumentHelp("Count only citations in sentences mentioning this concept.", valueName: "concept"))
    var concept: String?
    @Flag(help: "With --concept: include narrower concepts.") var expand = false
    @Flag(help: "Add each work's degree, strength, betweenness and PageRank in the co-citation network.")
    var centrality = false
    @OptionGroup var indexOptions: IndexOptions
    @OptionGroup var lexicon: LexiconOptions
    @OptionGroup var listing: ListingFormatOptions

    func validate() throws {
        try checkRange(top, "--top", 1...maximumCount)
        if expand && concept == nil { throw ValidationError("--expand needs --concept") }
        if centrality && concept != nil { throw ValidationError("--centrality applies to the whole corpus, not with --concept") }
        if centrality && listing.bibliography != nil { throw ValidationError("--centrality is not written into a bibliography") }
    }

    func run() throws {
        guard let concept else {
            let index = try openIndex(indexOptions)
            if let format = listing.bibliography {
                let works = try querying { try index.topCitedWorks(top: top) }
                return try printBibliography(works.map { ($0.key, $0.authors, $0.year, $0.title) }, index, format)
            }
            let records = listing.records ?? .table
            if centrality {
                let works = try querying { try index.topCitedWorks(top: top) }
                let measures = try CitesCentrality.byWork(index)
                Printer.print(works.map { CentralWorkRow($0, measures: measures[$0.key]) }, as: records, maxCellWidth: 60)
                return
            }
            Printer.print(try querying { try CommandQueries.cites(index, top: top) }, as: records, maxCellWidth: 60)
            return
        }
        let (index, lexicon) = try openIndex(indexOptions, with: self.lexicon)
        if let format = listing.bibliography {
            let found = try ConceptResolver(lexicon: lexicon).resolve(concept)
            let ids = expand ? lexicon.narrower(than: found.id) : [found.id]
            let works = try querying { try index.worksCited(withConcepts: ids, top: top) }
            return try printBibliography(works.map { ($0.key, $0.authors, $0.year, $0.title) }, index, format)
        }
        let works = try querying {
            try CommandQueries(index: index, lexicon: lexicon).cites(concept: concept, expand: expand, top: top)
        }
        Printer.print(works, as: listing.records ?? .table, maxCellWidth: 60)
    }

    private func printBibliography(_ works: [(key: String, authors: [String], year: String?, title: String?)],
                                   _ index: CorpusIndex, _ format: BibliographyFormat) throws {
        let details = try querying { try index.workDetails(keys: works.map(\.key)) }
        Printer.write(Bibliography.ofWorks(works, details: details, as: format))
    }
}

