import ArgumentParser
import BraudelConcepts
import BraudelIndex
import BraudelReports

/// `braudel search QUERY`: sentences satisfying a boolean query over concepts, words and
/// document metadata.
struct SearchCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "search",
        abstract: "Find sentences by concept, words, phrases and document filters, combined with AND/OR/NOT/NEAR.",
        discussion: """
        Terms: words, "a phrase", prefix*, concept:ID (any spelling of the concept; --expand adds \
        narrower concepts), author:NAME (substring, case and accents ignored; author:"Two Words"), \
        year:1999, year:1990..2005, year:..2000, year:1990.. . Operators (upper case): AND (the \
        default between terms), OR, NOT, parentheses, and a NEAR/k b (at most k tokens apart in one \
        sentence). A query that is only words spelling a lexicon concept (semiperiphery, \
        semi-peripheral) searches for the concept. Sentences where words match are ranked by BM25; \
        the others follow in document order.
        Example: braudel search 'concept:hegemony (decline OR crisis) NOT author:arrighi year:1990..'
        """)

    @Argument(help: "The query, e.g. 'hegemon* NEAR/5 decline year:1990..'.") var query: String
    @Flag(help: "Concept terms also match narrower concepts.") var expand = false
    @Option(parsing: .unconditional, help: "Maximum number of sentences.") var limit: Int = 50
    @OptionGroup var indexOptions: IndexOptions
    @OptionGroup var lexicon: LexiconOptions
    @OptionGroup var output: FormatOptions

    func validate() throws {
        try checkRange(limit, "--limit", 0...maximumCount)
    }

    func run() throws {
        let (index, lexicon) = try openIndex(indexOptions, with: self.lexicon)
        let rows = try querying { try CommandQueries(index: index, lexicon: lexicon).search(query, expand: expand, limit: limit) }
        Printer.print(rows, as: output.format, maxCellWidth: 130)
    }
}

