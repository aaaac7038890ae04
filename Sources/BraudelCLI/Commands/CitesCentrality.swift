import BraudelAnalytics
import BraudelIndex
import BraudelNetworks
import BraudelReports
import Foundation

/// `cites --centrality`: each work's place in the document co-citation network of the corpus.
enum CitesCentrality {
    /// Degree, strength, betweenness and PageRank per work key (works cited with no other are absent).
    static func byWork(_ index: CorpusIndex) throws -> [String: NodeCentrality] {
        let graph = try querying { try NetworkSource(index: index, scope: DocumentScope(), minCount: 1, normalization: nil).graph(.cocitation) }
        let measures = try analysing { try Centralities(graph) }
        return Dictionary(graph.nodes.indices.map { (graph.nodes[$0].id, measures.node($0)) }, uniquingKeysWith: { first, _ in first })
    }
}

/// A cited work with its co-citation centralities.
struct CentralWorkRow: TabularRecord {
    var work: WorkRow
    /// Zero for a work never cited together with another.
    var measures: NodeCentrality

    init(_ work: CitedWork, measures: NodeCentrality?) {
        self.work = WorkRow(work)
        self.measures = measures ?? NodeCentrality(degree: 0, strength: 0, betweenness: 0, pagerank: 0)
    }

    func encode(to encoder: any Encoder) throws {
        try work.encode(to: encoder)
        try measures.encode(to: encoder)
    }

    static let columns = WorkRow.columns + ["degree", "strength", "betweenness", "pagerank"]
    var cells: [String] {
        work.cells + [String(measures.degree), String(format: "%g", measures.strength), String(format: "%.2f", measures.betweenness),
                      String(format: "%.4f", measures.pagerank)]
    }
}
