import ArgumentParser
import BraudelIndex

/// `braudel cites`: the most cited works of the corpus.
struct CitesCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "cites",
        abstract: "Most-cited works: authors, year, title, citation count and citing documents.")

    @Option(help: "Show the N most cited works.") var top: Int = 20
    @OptionGroup var indexOptions: IndexOptions
    @OptionGroup var output: FormatOptions

    func run() throws {
        let index = try openIndex(indexOptions)
        let works = try querying { try index.topCitedWorks(top: top) }
        Printer.print(works.map(WorkRow.init), as: output.format, maxCellWidth: 60)
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

    static let columns = ["authors", "year", "title", "citations", "documents", "cited by"]
    var cells: [String] {
        [authors.joined(separator: ", "), year ?? "", title ?? "", String(citations), String(documents),
         citedBy.joined(separator: "; ")]
    }
}
