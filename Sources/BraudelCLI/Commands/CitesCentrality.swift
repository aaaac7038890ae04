import BraudelAnalytics
import BraudelIndex
import BraudelNetworks
import Foundation

/// `cites --centrality`: each work's place in the document co-citation network of the corpus.
enum CitesCentrality {
    /// Degree, strength, betweenness and PageRank per work key (works cited with no other are absent).
    static func byWork(_ index: CorpusIndex) throws -> [String: (degree: Int, strength: Double, betweenness: Double, pagerank: Double)] {
        let graph = try querying { try NetworkSource(index: index, scope: DocumentScope(), minCount: 1, normalization: nil).graph(.cocitation) }
        let measures = try analysing { try Centralities(graph) }
        var byWork = [String: (degree: Int, strength: Double, betweenness: Double, pagerank: Double)]()
        for (offset, node) in graph.nodes.enumerated() {
            byWork[node.id] = (measures.degree[offset], measures.strength[offset], measures.betweenness[offset], measures.pagerank[offset])
        }
        return byWork
    }
}

/// A cited work with its co-citation centralities.
struct CentralWorkRow: TabularRecord {
    var work: WorkRow
    var degree: Int
    var strength: Double
    var betweenness: Double
    var pagerank: Double

    init(_ work: CitedWork, measures: (degree: Int, strength: Double, betweenness: Double, pagerank: Double)?) {
        self.work = WorkRow(work)
        degree = measures?.degree ?? 0
        strength = measures?.strength ?? 0
        betweenness = measures?.betweenness ?? 0
        pagerank = measures?.pagerank ?? 0
    }

    enum CodingKeys: String, CodingKey { case degree, strength, betweenness, pagerank }

    func encode(to encoder: any Encoder) throws {
        try work.encode(to: encoder)
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(degree, forKey: .degree)
        try container.encode(strength, forKey: .strength)
        try container.encode(betweenness, forKey: .betweenness)
        try container.encode(pagerank, forKey: .pagerank)
    }

    static let columns = WorkRow.columns + ["degree", "strength", "betweenness", "pagerank"]
    var cells: [String] {
        work.cells + [String(degree), String(format: "%g", strength), String(format: "%.2f", betweenness), String(format: "%.4f", pagerank)]
    }
}
