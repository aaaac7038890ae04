import BraudelCitations
import BraudelIndex
import BraudelMeasures
import BraudelNetworks

/// The networks on offer.
public enum NetworkKind: String, CaseIterable, Sendable {
    case citations, cocitation, coupling, authors, concepts
    case conceptWork = "concept-work"

    /// Networks whose edges count shared occurrences, and so can be normalized.
    public var isSimilarity: Bool { [.cocitation, .coupling, .authors, .concepts].contains(self) }
}

/// What "cited together" means in the co-citation network.
public enum CocitationUnit: String, CaseIterable, Sendable { case document, sentence }

/// The file formats a network is written in.
public enum GraphFormat: String, CaseIterable, Sendable {
    case graphml, gexf, dot, pajek, vosviewer, csv, json
    case vosviewerJSON = "vosviewer-json"

    /// The files `graph` writes for `output` (VOSviewer: a map and a network file beside the
    /// prefix, a trailing ".txt" dropped; Pajek: the `.net` with its `.clu` and `.vec` companions
    /// when the nodes carry clusters and measures; every other format: one file, or standard
    /// output when `output` is nil).
    public func files(_ graph: Graph, output: String?) -> [(path: String, text: String)] {
        let exporter: any GraphExporter
        switch self {
        case .graphml: exporter = GraphMLExporter()
        case .gexf: exporter = GEXFExporter()
        case .dot: exporter = DOTExporter()
        case .pajek: exporter = PajekExporter()
        case .csv: exporter = CSVEdgeListExporter()
        case .json: exporter = JSONNodeLinkExporter()
        case .vosviewerJSON: exporter = VOSviewerJSONExporter()
        case .vosviewer:
            let prefix = output.map { $0.hasSuffix(".txt") ? String($0.dropLast(4)) : $0 } ?? "braudel"
            return [(prefix + "_map.txt", VOSviewerExporter().map(graph)),
                    (prefix + "_network.txt", VOSviewerExporter().network(graph))]
        }
        guard self == .pajek, let output else { return [(output ?? "-", exporter.export(graph))] }
        return [(output, exporter.export(graph))] + Self.pajekCompanions(graph, netPath: output)
    }
}

extension GraphFormat {
    /// Pajek's companions of `PATH.net`: `PATH.clu` (clusters) and one `PATH_MEASURE.vec` per
    /// numeric measure present.
    static func pajekCompanions(_ graph: Graph, netPath: String) -> [(path: String, text: String)] {
        let base = netPath.hasSuffix(".net") ? String(netPath.dropLast(4)) : netPath
        let names = Set(graph.nodeAttributeNames)
        var files = [(path: String, text: String)]()
        if names.contains("cluster") { files.append((base + ".clu", PajekExporter().partition(graph))) }
        for measure in ["x", "y", "degree", "strength", "betweenness", "pagerank", "year"] where names.contains(measure) {
            files.append(("\(base)_\(measure).vec", PajekExporter().vector(graph, attribute: measure)))
        }
        return files
    }
}

/// Draws each kind of network from the index, within one scope.
public struct NetworkSource {
    public let index: CorpusIndex
    public let scope: DocumentScope
    public let minCount: Int
    public let normalization: Normalization?
    public var unit: CocitationUnit
    /// The caller keeps only the heaviest `top` edges: similarity networks with count weights
    /// then count only the pairs that can make that cut (``SimilarityNetwork``).
    public var top: Int?

    public init(index: CorpusIndex, scope: DocumentScope, minCount: Int, normalization: Normalization?,
                unit: CocitationUnit = .document, top: Int? = nil) {
        self.index = index
        self.scope = scope
        self.minCount = minCount
        self.normalization = normalization
        self.unit = unit
        self.top = top
    }

    /// The network of `kind` over the scope.
    public func graph(_ kind: NetworkKind) throws -> Graph {
        switch kind {
        case .citations:
            return CitationNetwork.build(edges: try index.workOccurrences(scope: scope).filter { $0.citations >= minCount }.map {
                CitationLink(document: $0.path, documentLabel: $0.title ?? displayPath($0.path),
                             work: $0.work, workLabel: $0.workLabel, count: $0.citations)
            })
        case .cocitation where unit == .sentence:
            return similarity(try index.workSentences(scope: scope).map {
                Occurrence(group: String($0.sentence), item: $0.work, itemLabel: $0.workLabel)
            }, nodeType: "work")
        case .cocitation:
            return similarity(try index.workOccurrences(scope: scope).map {
                Occurrence(group: $0.path, item: $0.work, itemLabel: $0.workLabel)
            }, nodeType: "work")
        case .coupling:
            return similarity(try index.workOccurrences(scope: scope).map {
                Occurrence(group: $0.work, item: $0.path, itemLabel: $0.title ?? displayPath($0.path))
            }, nodeType: "document")
        case .authors:
            return similarity(try index.workOccurrences(scope: scope).map(Self.authorOccurrence), nodeType: "author")
        case .concepts:
            if scope == DocumentScope(), let counts = try index.storedConceptPairs() {
                var shared = [UInt64: Int]()
                for pair in counts.pairs { shared[SimilarityCounts.pairKey(pair.a, pair.b)] = pair.sentences }
                return SimilarityNetwork.build(
                    counts: SimilarityCounts(items: counts.concepts.map { ($0.concept, $0.label) },
                                             totals: counts.concepts.map(\.sentences), shared: shared),
                    nodeType: "concept", minCount: minCount, normalization: normalization, groupTotal: counts.sentences)
            }
            let sentences = try index.conceptSentences(scope: scope)
            return SimilarityNetwork.build(occurrences: sentences.occurrences.map {
                Occurrence(group: String($0.sentence), item: $0.concept, itemLabel: $0.label)
            }, nodeType: "concept", minCount: minCount, normalization: normalization, groupTotal: sentences.sentences,
               top: top)
        case .conceptWork:
            return ConceptWorkNetwork.build(links: try index.conceptWorkPairs(scope: scope, minCount: minCount).map {
                ConceptWorkLink(concept: $0.concept, conceptLabel: $0.conceptLabel, work: $0.work,
                                workLabel: $0.workLabel, sentences: $0.sentences)
            }, minCount: minCount)
        }
    }

    private func similarity(_ occurrences: [Occurrence], nodeType: String) -> Graph {
        SimilarityNetwork.build(occurrences: occurrences, nodeType: nodeType, minCount: minCount,
                                normalization: normalization, top: top)
    }

    /// A cited work's first author as a node: keyed by the work key's author part (already
    /// folded, so "Wallerstein" and "WALLERSTEIN" meet), labelled as written.
    public static func authorOccurrence(_ row: WorkOccurrence) -> Occurrence {
        let keyAuthor = CitedWorkKey(storageKey: row.work)?.firstAuthor ?? row.work
        return Occurrence(group: row.path, item: authorNode(work: row.work), itemLabel: row.firstAuthor ?? keyAuthor)
    }

    /// The author node id of a work key (cluster labels map citing sentences to author nodes).
    public static func authorNode(work: String) -> String {
        "author:" + (CitedWorkKey(storageKey: work)?.firstAuthor ?? work)
    }
}
