import BraudelMeasures
import ArgumentParser
import BraudelCitations
import BraudelIndex
import BraudelNetworks
import BraudelReports
import Foundation

/// `braudel graph TYPE`: networks for Gephi, VOSviewer, Pajek, Graphviz and spreadsheets.
struct GraphCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "graph",
        abstract: "Export a citation, co-citation, coupling, author, concept or concept × work network.",
        discussion: """
        citations: document → cited work, weighted by citation count (directed).
        cocitation: works cited together in a document, weighted by the number of such documents \
        (--unit sentence: cited together in one sentence, weighted by the number of such sentences).
        coupling: documents citing the same works, weighted by the number of shared works.
        authors: first authors of works cited together in a document (author co-citation).
        concepts: concepts co-occurring in a sentence, weighted by count (with NPMI).
        concept-work: a concept and a cited work, weighted by sentences naming the one and citing the other.
        --normalize (similarity networks only) replaces the count a_ij by association strength \
        a_ij/(s_i s_j), Salton's cosine a_ij/√(s_i s_j) or Jaccard a_ij/(s_i+s_j−a_ij), s_i being the \
        node's occurrences; the count stays as the edge attribute "count". \
        --min-weight applies to the count, --top to the final weight.
        Formats: graphml (Gephi, networkx), gexf (Gephi), dot (Graphviz), pajek (.net), csv (edge list), \
        json (node-link), vosviewer (needs --output PREFIX: writes PREFIX_map.txt and PREFIX_network.txt), \
        vosviewer-json (VOSviewer's JSON map: items with positions, clusters, weights and scores, and links).
        --layout fr|drl adds x, y (igraph, fixed --seed), the Leiden cluster and centralities to every node; \
        --centrality the centralities alone; pajek then also writes PATH.clu and PATH_MEASURE.vec. \
        --slice N (needs --output PATH) writes one network per N-year period, PATH_FIRST-LAST.EXT; \
        with gexf, one dynamic GEXF whose spells play the periods on Gephi's timeline.
        """)

    @Argument(help: "citations, cocitation, coupling, authors, concepts or concept-work.") var kind: NetworkKind
    @Option(help: "graphml, gexf, dot, pajek, vosviewer, vosviewer-json, csv or json.") var format: GraphFormat = .graphml
    @Option(parsing: .unconditional, help: "Drop edges whose count is below this.") var minWeight: Int = 1
    @Option(parsing: .unconditional, help: "Keep only the N heaviest edges.") var top: Int?
    @Option(help: "Only documents published in these years: A..B, A.., ..B or A.") var year: YearFilter?
    @Option(help: "Only documents mentioning this concept (id, label or any spelling).") var concept: String?
    @Option(help: "association, cosine or jaccard (similarity networks).") var normalize: NormalizationChoice?
    @Option(help: "cocitation: works cited together in one document (default) or one sentence.") var unit: CocitationUnit?
    @Option(help: "Write to this file (for vosviewer: a prefix for PREFIX_map.txt and PREFIX_network.txt).")
    var output: String?
    @OptionGroup var indexOptions: IndexOptions
    @OptionGroup var lexicon: LexiconOptions
    @OptionGroup var analysis: GraphAnalysisOptions

    func validate() throws {
        if normalize != nil, !kind.isSimilarity {
            throw ValidationError("--normalize applies to cocitation, coupling, authors and concepts, not \(kind.rawValue)")
        }
        if format == .vosviewer, output == nil {
            throw ValidationError("--format vosviewer writes two files: give --output PREFIX")
        }
        try checkRange(top, "--top", 0...maximumCount)
        try checkRange(minWeight, "--min-weight", 0...Int(Int32.max))
        if let slice = analysis.slice {
            if slice < 1 { throw ValidationError("--slice must be at least 1") }
            if output == nil { throw ValidationError("--slice writes one file per period: give --output PATH") }
        }
        if unit != nil, kind != .cocitation { throw ValidationError("--unit applies to cocitation, not \(kind.rawValue)") }
    }

    func run() throws {
        let (index, conceptID) = try openIndex(indexOptions, resolving: concept, with: lexicon)
        let scope = DocumentScope(years: year?.range, concept: conceptID)
        if let slice = analysis.slice, let output {
            var slices = [(period: ClosedRange<Int>, graph: Graph)]()
            for period in try SlicedNetworks.scopes(index, within: scope, width: slice) {
                slices.append((period.years ?? 0...0, try network(index, scope: period)))
            }
            if format == .gexf { return try save(DynamicGEXFExporter().export(slices), to: output) }
            for (period, graph) in slices { try write(graph, to: SlicedNetworks.path(output, period: period)) }
            return
        }
        try write(network(index, scope: scope), to: output)
    }

    private func network(_ index: CorpusIndex, scope: DocumentScope) throws -> Graph {
        let request = NetworkRequest(kind: kind, scope: scope, minWeight: minWeight, top: top, normalization: normalize?.value,
                                     unit: unit ?? .document, analysis: analysis.analysis)
        return try analysing { try querying { try request.graph(index) } }
    }

    private func write(_ graph: Graph, to output: String?) throws {
        if let output {
            for file in format.files(graph, output: output) { try save(file.text, to: file.path) }
        } else {
            Printer.write(format.files(graph, output: nil).map(\.text).joined())
        }
    }

    private func save(_ text: String, to path: String) throws {
        do {
            try text.write(toFile: path, atomically: true, encoding: .utf8)
        } catch {
            throw CommandFailure("\(path): cannot write: \(error.localizedDescription)")
        }
    }
}

/// `--normalize` values, mapped onto the library's measures.
struct NormalizationChoice: ExpressibleByArgument {
    let value: Normalization

    init?(argument: String) {
        guard let value = Normalization(rawValue: argument.lowercased()) else { return nil }
        self.value = value
    }

    static var allValueStrings: [String] { Normalization.allCases.map(\.rawValue) }
}

extension YearFilter: ExpressibleByArgument {}
extension NetworkKind: ExpressibleByArgument {}
extension CocitationUnit: ExpressibleByArgument {}
extension GraphFormat: ExpressibleByArgument {}
