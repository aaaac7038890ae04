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

/// A cited work and who cites it.
struct WorkRow: TabularRecord {
    var work: String
    var authors: [String]
    var year: String?
    var title: String?
    var citations: Int
    var documents: Int
    var citedBy: [String]

    init(_ work: CitedWork) {
        self.work = work.key
        authors = work.authors
        year = work.year
        title = work.title
        citations = work.citations
        documents = work.documents
        citedBy = work.paths.map(displayPath)
    }

    static let columns = ["work", "authors", "year", "title", "citations", "documents", "cited_by"]
    var cells: [String] {
        [work, Cell.json(authors), year ?? "", title ?? "", String(citations), String(documents), Cell.json(citedBy)]
    }
    static let tableColumns = ["authors", "year", "title", "citations", "documents", "cited_by"]
    var tableCells: [String] {
        [authors.joined(separator: ", "), year ?? "", title ?? "", String(citations), String(documents),
         citedBy.joined(separator: "; ")]
    }
}

/// A work cited in sentences mentioning a concept.
struct ConceptWorkRow: TabularRecord {
    var work: String
    var authors: [String]
    var year: String?
    var title: String?
    /// Citations of the work in those sentences.
    var citations: Int
    var sentences: Int
    var documents: Int
    var citedBy: [String]

    init(_ work: ConceptCitedWork) {
        self.work = work.key
        authors = work.authors
        year = work.year
        title = work.title
        citations = work.citations
        sentences = work.sentences
        documents = work.documents
        citedBy = work.paths.map(displayPath)
    }

    static let columns = ["work", "authors", "year", "title", "citations", "sentences", "documents", "cited_by"]
    var cells: [String] {
        [work, Cell.json(authors), year ?? "", title ?? "", String(citations), String(sentences), String(documents),
         Cell.json(citedBy)]
    }
    static let tableColumns = ["authors", "year", "title", "citations", "sentences", "documents", "cited_by"]
    var tableCells: [String] {
        [authors.joined(separator: ", "), year ?? "", title ?? "", String(citations), String(sentences),
         String(documents), citedBy.joined(separator: "; ")]
    }
}
