import ArgumentParser
import BraudelConcepts
import BraudelIndex

/// `braudel search QUERY`: documents and sentences mentioning a concept, word or phrase.
struct SearchCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "search",
        abstract: "Find sentences mentioning a concept (any spelling) or containing words or a phrase.",
        discussion: """
        A query naming a lexicon concept (its id, label or any variant, e.g. `semiperiphery`, \
        `semi-peripheral`, or `concept:ID`) finds every mention of the concept. Anything else is a \
        full-text search ranked by BM25: words, "a phrase" in double quotes, prefix*, NEAR(a b, 5).
        """)

    @Argument(help: "A concept, words, or a \"quoted phrase\".") var query: String
    @Flag(help: "With a concept: include narrower concepts.") var expand = false
    @Option(help: "Maximum number of sentences.") var limit: Int = 50
    @OptionGroup var indexOptions: IndexOptions
    @OptionGroup var lexicon: LexiconOptions
    @OptionGroup var output: FormatOptions

    func run() throws {
        let (index, lexicon) = try openIndex(indexOptions, with: self.lexicon)
        if let concept = try resolveConcept(query, in: lexicon) {
            let ids = expand ? lexicon.narrower(than: concept.id) : [concept.id]
            let hits = try querying { try index.searchConcept(ids, limit: limit) }
            Printer.print(hits.map(SentenceRow.init), as: output.format, maxCellWidth: 130)
        } else {
            let hits = try querying { try index.searchText(query, limit: limit) }
            Printer.print(hits.map(SentenceRow.init), as: output.format, maxCellWidth: 130)
        }
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

    init(_ hit: ConceptHit) {
        path = displayPath(hit.path)
        year = hit.year
        sentence = hit.sentence
        match = hit.mention
        text = hit.sentenceText
        start = hit.start
        end = hit.end
    }

    init(_ hit: TextHit) {
        path = displayPath(hit.path)
        year = hit.year
        sentence = hit.sentence
        match = ""
        text = hit.text
        score = hit.score
    }

    static let columns = ["document", "year", "sentence", "text"]
    var cells: [String] { [path, year.map(String.init) ?? "", String(sentence), highlighted(width: 100)] }

    /// The sentence with the match marked « », cut to a window around the match so that the
    /// mark is always visible in a table.
    func highlighted(width: Int) -> String {
        let scalars = Array(text.replacingOccurrences(of: "\n", with: " ").unicodeScalars)
        func string(_ slice: ArraySlice<Unicode.Scalar>) -> String { String(String.UnicodeScalarView(slice)) }
        guard let start, let end, start >= 0, end <= scalars.count, start < end else {
            return scalars.count <= width ? string(scalars[...]) : string(scalars[..<(width - 1)]) + "…"
        }
        let room = max(10, (width - (end - start)) / 2)
        let from = max(0, start - room), to = min(scalars.count, end + room)
        return (from > 0 ? "…" : "") + string(scalars[from..<start]) + "«" + string(scalars[start..<end]) + "»"
            + string(scalars[end..<to]) + (to < scalars.count ? "…" : "")
    }
}
