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
        let resolver = ConceptResolver(lexicon: lexicon)
        let parsed = try querying { try SearchQuery(query) }
            .resolvingConceptWords { resolver.concept(named: $0)?.id }
            .mappingConcepts { try resolver.resolve($0).id }
        var expansion = [String: [String]]()
        for id in parsed.conceptIDs where expand { expansion[id] = lexicon.narrower(than: id) }
        let hits = try querying { try index.search(parsed, expanding: expansion, limit: max(0, limit)) }
        Printer.print(hits.map(SentenceRow.init), as: output.format, maxCellWidth: 130)
    }
}

/// A sentence hit: where it is, the sentence as plain text and the matches' scalar offsets in it
/// (in a table, the sentence with the matches marked « »).
struct SentenceRow: TabularRecord {
    var path: String
    var year: Int?
    var sentence: Int
    var match: String
    var text: String
    var start: Int?
    var end: Int?
    var score: Double?
    /// Every matched span (scalar offsets in `text`); `start`/`end` are the first.
    var spans: [QuerySpan]?

    init(_ hit: QueryHit) {
        path = displayPath(hit.path)
        year = hit.year
        sentence = hit.sentence
        text = hit.text
        start = hit.first?.start
        end = hit.first?.end
        score = hit.score
        spans = hit.spans
        let scalars = Array(text.unicodeScalars)
        match = hit.first.map { String(String.UnicodeScalarView(scalars[$0.start..<$0.end])) } ?? ""
    }

    static let columns = ["path", "year", "sentence", "start", "end", "score", "match", "spans", "text"]
    var cells: [String] {
        [path, Cell.int(year), String(sentence), Cell.int(start), Cell.int(end), Cell.exact(score), match,
         Cell.json(spans ?? []), text]
    }
    static let tableColumns = ["path", "year", "sentence", "text"]
    var tableCells: [String] { [path, Cell.int(year), String(sentence), highlighted(width: 100)] }

    /// The sentence with every match marked « », cut to a window around the first match so that
    /// a mark is always visible in a table.
    func highlighted(width: Int) -> String {
        // Line breaks become spaces scalar for scalar, so offsets stay valid.
        var scalars = text.unicodeScalars.map { $0.properties.isWhitespace ? " " : $0 }
        while scalars.last == " " { scalars.removeLast() }   // no "…" for trailing space alone
        func string(_ slice: ArraySlice<Unicode.Scalar>) -> String { String(String.UnicodeScalarView(slice)) }
        let marks = (spans ?? []).filter { $0.start >= 0 && $0.end <= scalars.count && $0.start < $0.end }
        guard let first = marks.first else {
            return scalars.count <= width ? string(scalars[...]) : string(scalars[..<(width - 1)]) + "…"
        }
        let room = max(10, (width - (first.end - first.start)) / 2)
        let from = max(0, first.start - room), to = min(scalars.count, first.end + room)
        var out = from > 0 ? "…" : ""
        var position = from
        for mark in marks where mark.start >= position && mark.end <= to {
            out += string(scalars[position..<mark.start]) + "«" + string(scalars[mark.start..<mark.end]) + "»"
            position = mark.end
        }
        return out + string(scalars[position..<to]) + (to < scalars.count ? "…" : "")
    }
}
