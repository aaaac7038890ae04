import ArgumentParser
import BraudelDocuments
import BraudelIndex

/// `braudel kwic TERM`: a keyword-in-context concordance.
struct KwicCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "kwic",
        abstract: "Keyword-in-context lines for a concept (any spelling) or a word or phrase.")

    @Argument(help: "A concept, a word or a phrase.") var term: String
    @Option(help: "Characters of context on each side.") var width: Int = 40
    @Option(help: "Maximum number of lines.") var limit: Int = 100
    @Flag(help: "With a concept: include narrower concepts.") var expand = false
    @OptionGroup var indexOptions: IndexOptions
    @OptionGroup var lexicon: LexiconOptions
    @OptionGroup var output: FormatOptions

    func validate() throws {
        if width < 1 || width > 1000 { throw ValidationError("--width must be between 1 and 1000") }
    }

    func run() throws {
        let (index, lexicon) = try openIndex(indexOptions, with: self.lexicon)
        let lines: [KWICLine]
        if let concept = try resolveConcept(term, in: lexicon) {
            let ids = expand ? lexicon.narrower(than: concept.id) : [concept.id]
            lines = try querying { try index.kwic(concepts: ids, width: width, limit: limit) }
        } else {
            let phrase = term.replacingOccurrences(of: "\"", with: "")
            lines = try querying { try index.kwic(phrase: phrase, width: width, limit: limit) }
        }
        let rows = lines.map(KWICRow.init)
        if output.format == .table {
            for row in rows {
                let (left, match, right) = (Printer.terminalSafe(row.left), Printer.terminalSafe(row.match), Printer.terminalSafe(row.right))
                let padded = String(repeating: " ", count: max(0, width - left.count)) + left
                Printer.write("\(Printer.shorten(row.document, to: 28).padding(toLength: 28, withPad: " ", startingAt: 0))  \(padded) [\(match)] \(right)\n")
            }
            if rows.isEmpty { Printer.write("(no results)\n") }
        } else {
            Printer.print(rows, as: output.format)
        }
    }
}

/// One concordance line.
struct KWICRow: TabularRecord {
    var document: String
    var left: String
    var match: String
    var right: String
    var start: Int
    var end: Int

    init(_ line: KWICLine) {
        document = displayPath(line.path)
        left = line.left
        match = line.match
        right = line.right
        start = line.start
        end = line.end
    }

    static let columns = ["document", "left", "match", "right", "start", "end"]
    var cells: [String] { [document, left, match, right, String(start), String(end)] }
}

/// A path as shown to people.
func displayPath(_ path: String) -> String { CorpusWalker.display(path) }
