import BraudelConcepts
import BraudelIndex

/// The queries behind `search`, `kwic`, `concepts`, `cites`, `trends` and `stats`, from names as
/// a person types them to the records the commands print: the one code path of the CLI and the
/// HTTP API (`braudel serve`), so both print the same JSON for the same options.
public struct CommandQueries {
    public let index: CorpusIndex
    public let resolver: ConceptResolver
    public var lexicon: Lexicon { resolver.lexicon }

    public init(index: CorpusIndex, lexicon: Lexicon) {
        self.index = index
        resolver = ConceptResolver(lexicon: lexicon)
    }

    /// `search QUERY`: a query that is only words spelling a concept searches for the concept;
    /// `expand` adds narrower concepts to every concept term.
    public func search(_ query: String, expand: Bool, limit: Int) throws -> [SentenceRow] {
        let resolver = self.resolver
        let parsed = try SearchQuery(query)
            .resolvingConceptWords { resolver.concept(named: $0, includingAbstract: false)?.id }
            .mappingConcepts { try resolver.resolve($0).id }
        var expansion = [String: [String]]()
        for id in parsed.conceptIDs where expand { expansion[id] = lexicon.narrower(than: id) }
        return try index.search(parsed, expanding: expansion, limit: max(0, limit)).map(SentenceRow.init)
    }

    /// `kwic TERM`: a concept (any spelling, or `concept:NAME`, which must name one) or else a
    /// word or phrase (quotes mark a phrase).
    public func kwic(_ term: String, width: Int, limit: Int, expand: Bool) throws -> [KWICRow] {
        let concept = term.hasPrefix("concept:") ? try resolver.resolve(term)
            : term.contains("\"") ? nil : resolver.concept(named: term, includingAbstract: false)
        if let concept {
            let ids = expand ? lexicon.narrower(than: concept.id) : [concept.id]
            return try index.kwic(concepts: ids, width: width, limit: limit).map(KWICRow.init)
        }
        return try index.kwic(phrase: term.replacingOccurrences(of: "\"", with: ""), width: width, limit: limit).map(KWICRow.init)
    }

    /// `concepts`: the lexicon's concepts with their counts, most mentioned first; `all` keeps
    /// those never mentioned.
    public func concepts(top: Int?, all: Bool) throws -> [ConceptRow] {
        let counts = Dictionary(try index.conceptCounts().map { ($0.concept, $0) }, uniquingKeysWith: { a, _ in a })
        var rows = lexicon.concepts.filter { !$0.abstract }.map { concept in
            ConceptRow(concept: concept.id, label: concept.label, broader: concept.broader ?? "",
                       mentions: counts[concept.id]?.mentions ?? 0, documents: counts[concept.id]?.documents ?? 0)
        }
        if !all { rows.removeAll { $0.mentions == 0 } }
        rows.sort { ($0.mentions, $1.concept) > ($1.mentions, $0.concept) }
        return top.map { Array(rows.prefix($0)) } ?? rows
    }

    /// `cites --concept NAME`: works cited in sentences mentioning the concept (and, with
    /// `expand`, its narrower concepts).
    public func cites(concept name: String, expand: Bool, top: Int) throws -> [ConceptWorkRow] {
        let found = try resolver.resolve(name)
        let ids = expand ? lexicon.narrower(than: found.id) : [found.id]
        return try index.worksCited(withConcepts: ids, top: top).map(ConceptWorkRow.init)
    }

    /// `cites`: the most cited works.
    public static func cites(_ index: CorpusIndex, top: Int) throws -> [WorkRow] {
        try index.topCitedWorks(top: top).map(WorkRow.init)
    }

    /// `trends NAME…`: rates per year, and how many documents without a year were left out.
    public func trends(_ names: [String]) throws -> (rows: [TrendRow], rates: ConceptRates, labels: [String: String]) {
        let resolved = try names.map { try resolver.resolve($0) }
        let result = try index.conceptRates(resolved.map(\.id))
        let labels = Dictionary(resolved.map { ($0.id, $0.label) }, uniquingKeysWith: { first, _ in first })
        return (result.rates.map { TrendRow($0, label: labels[$0.concept] ?? $0.concept) }, result, labels)
    }

    /// `cooc`: `concept`, when given, is a name to resolve.
    public func cooccurrence(_ query: CooccurrenceQuery) throws -> [ConceptAssociation] {
        var query = query
        if let name = query.concept { query.concept = try resolver.resolve(name).id }
        return try index.conceptAssociations(query)
    }

    /// `stats` as rows (`--format table|csv`); its JSON is ``IndexStats`` itself.
    /// The rows of `braudel stats`: totals, documents per format, and how many documents took
    /// each metadata field from a library sidecar or from the document itself.
    public static func statRows(_ stats: IndexStats, metadataOrigins origins: [String: Int]) -> [StatRow] {
        var rows = [
            StatRow(measure: "documents", value: stats.documents), StatRow(measure: "tokens", value: stats.tokens),
            StatRow(measure: "sentences", value: stats.sentences), StatRow(measure: "mentions", value: stats.mentions),
            StatRow(measure: "concepts", value: stats.concepts), StatRow(measure: "citations", value: stats.citations),
            StatRow(measure: "linked_citations", value: stats.linkedCitations),
            StatRow(measure: "references", value: stats.references), StatRow(measure: "works", value: stats.works),
        ] + stats.formats.map { StatRow(measure: "formats.\($0.format)", value: $0.documents) }
            + stats.languages.map { StatRow(measure: "languages.\($0.language)", value: $0.documents) }
        for field in ["title", "authors", "year"] {
            for origin in ["sidecar", "document"] {
                rows.append(StatRow(measure: "metadata.\(field).\(origin)", value: origins["\(field):\(origin)"] ?? 0))
            }
        }
        return rows
    }
}
