import ArgumentParser
import BraudelDocuments
import BraudelConcepts
import BraudelIndex
import BraudelReports

/// `braudel kwic TERM`: a keyword-in-context concordance.
struct KwicCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "kwic",
        abstract: "Keyword-in-context lines for a concept (any spelling) or a word or phrase.")

    @Argument(help: "A concept, a word or a phrase.") var term: String
    @Option(parsing: .unconditional, help: "Characters of context on each side.") var width: Int = 40
    @Option(parsing: .unconditional, help: "Maximum number of lines.") var limit: Int = 100
    @Flag(help: "With a concept: include narrower concepts.") var expand = false
    @OptionGroup var indexOptions: IndexOptions
    @OptionGroup var lexicon: LexiconOptions
    @OptionGroup var output: FormatOptions

    func validate() throws {
        try checkRange(width, "--width", 1...1000)
        try checkRange(limit, "--limit", 0...maximumCount)
    }

    func run() throws {
        let (index, lexicon) = try openIndex(indexOptions, with: self.lexicon)
        let rows = try querying {
            try CommandQueries(index: index, lexicon: lexicon).kwic(term, width: width, limit: limit, expand: expand)
        }
        if output.format == .table {
            for row in rows {
                let (left, match, right) = (TextTable.terminalSafe(row.left), TextTable.terminalSafe(row.match), TextTable.terminalSafe(row.right))
                let padded = String(repeating: " ", count: max(0, width - TextTable.width(left))) + left
                Printer.write("\(TextTable.shorten(row.path, to: 28).padding(toLength: 28, withPad: " ", startingAt: 0))  \(padded) [\(match)] \(right)\n")
            }
            if rows.isEmpty { Printer.write("(no results)\n") }
        } else {
            Printer.print(rows, as: output.format)
        }
    }
}
