import ArgumentParser
import BraudelConcepts
import BraudelIndex

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
    @Option(help: "Maximum number of sentences.") var limit: Int = 50
    @OptionGroup var indexOptions: IndexOptions
    @OptionGroup var lexicon: LexiconOptions
    @OptionGroup var output: FormatOptions

    func run() throws {
        let (index, lexicon) = try openIndex(indexOptions, with: self.lexicon)
        var parsed = try querying { try SearchQuery(query) }
        if parsed.isPlainWords, let concept = ConceptMatcher(lexicon: lexicon).concept(named: query) {
            parsed.expression = .concept(concept.id)
        }
        var expansion = [String: [String]]()
        for id in parsed.conceptIDs {
            guard lexicon.concept(id) != nil else { throw CommandFailure("unknown concept '\(id)' (see `braudel concepts`)") }
            if expand { expansion[id] = lexicon.narrower(than: id) }
        }
        let hits = try querying { try index.search(parsed, expanding: expansion, limit: max(0, limit)) }
        Printer.print(hits.map(SentenceRow.init), as: output.format, maxCellWidth: 130)
    }
}

/// The concept a query names: `concept:ID`, or an unquoted query that spells one concept.
func resolveConcept(_ query: String, in lexicon: Lexicon) throws -> Concept? {
    if query.hasPrefix("concept:") {
        let id = String(query.dropFirst("concept:".count))
        guard let concept = lexicon.concept(id) else { throw CommandFailure("unknown concept '\(id)' (see `braudel concepts`)") }
        return concept
    }
    guard !query.contains("\"") else { return nil }
    return ConceptMatcher(lexicon: lexicon).concept(named: query)
}

/// A sentence hit: where it is and the sentence, the match marked with « ».
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

    static let columns = ["document", "year", "sentence", "text"]
    var cells: [String] { [path, year.map(String.init) ?? "", String(sentence), highlighted(width: 100)] }

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
