import ArgumentParser
import BraudelIndex
import BraudelNetworks

/// `braudel graph TYPE`: networks for Gephi, VOSviewer, Graphviz and spreadsheets.
struct GraphCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "graph",
        abstract: "Export a citation, co-citation or concept network.",
        discussion: """
        citations: document → cited work, weighted by citation count (directed).
        cocitation: works cited together in a document, weighted by the number of such documents.
        concepts: concepts co-occurring in a sentence, weighted by count (with NPMI).
        Formats: graphml (Gephi, networkx), dot (Graphviz), csv (edge list), json (node-link).
        """)

    /// The networks on offer.
    enum Kind: String, ExpressibleByArgument, CaseIterable { case citations, cocitation, concepts }
    /// The export formats on offer.
    enum Format: String, ExpressibleByArgument, CaseIterable { case graphml, dot, csv, json }

    @Argument(help: "citations, cocitation or concepts.") var kind: Kind
    @Option(help: "graphml, dot, csv or json.") var format: Format = .graphml
    @Option(help: "Drop edges lighter than this.") var minWeight: Int = 1
    @OptionGroup var indexOptions: IndexOptions

    func run() throws {
        let index = try openIndex(indexOptions)
        let graph: Graph = try querying {
            switch kind {
            case .citations:
                return CitationNetwork.build(edges: try index.citationEdges().filter { $0.count >= minWeight }.map {
                    CitationLink(document: $0.path, documentLabel: $0.title ?? displayPath($0.path),
                                 work: $0.work, workLabel: $0.workLabel, count: $0.count)
                })
            case .cocitation:
                return CocitationNetwork.build(pairs: try index.cocitationPairs(minCount: minWeight).map {
                    CocitationLink(a: $0.a, aLabel: $0.aLabel, b: $0.b, bLabel: $0.bLabel, weight: $0.documents)
                }, minWeight: minWeight)
            case .concepts:
                return ConceptNetwork.build(pairs: try index.cooccurrence(top: nil, minCount: minWeight).map {
                    ConceptLink(a: $0.a, aLabel: $0.aLabel, b: $0.b, bLabel: $0.bLabel, count: $0.count, npmi: $0.npmi)
                }, minCount: minWeight)
            }
        }
        let exporter: any GraphExporter
        switch format {
        case .graphml: exporter = GraphMLExporter()
        case .dot: exporter = DOTExporter()
        case .csv: exporter = CSVEdgeListExporter()
        case .json: exporter = JSONNodeLinkExporter()
        }
        Printer.write(exporter.export(graph))
    }
}
