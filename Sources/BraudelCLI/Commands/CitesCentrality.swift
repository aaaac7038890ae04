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
