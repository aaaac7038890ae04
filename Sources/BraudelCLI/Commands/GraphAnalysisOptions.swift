import ArgumentParser
import BraudelAnalytics
import BraudelIndex
import BraudelNetworks
import BraudelReports
import Foundation

/// `graph --layout`, `--centrality`, `--seed`: analysis written into the exported nodes; `--slice`.
struct GraphAnalysisOptions: ParsableArguments {
    /// `--layout` values; `none` leaves positions out.
    enum LayoutChoice: String, ExpressibleByArgument, CaseIterable { case fr, drl, none }

    @Option(help: "fr (Fruchterman–Reingold) or drl (large graphs): adds x, y, cluster (Leiden) and centralities.")
    var layout: LayoutChoice = .none
    @Flag(help: "Add degree, strength, betweenness and PageRank (and year) as node attributes.")
    var centrality = false
    @Option(help: "Seed of igraph's random generator (layout and clusters).") var seed: UInt = 1
    @Option(help: "One network per period of N years (needs --output).") var slice: Int?

    var requested: Bool { layout != .none || centrality }

    /// The graph with the requested measures; unchanged when none was asked for.
    func apply(_ graph: Graph, kind: NetworkKind, index: CorpusIndex, scope: DocumentScope) throws -> Graph {
        guard requested else { return graph }
        let method: LayoutMethod? = switch layout {
        case .fr: .fruchtermanReingold
        case .drl: .drl
        case .none: nil
        }
        let years = try ClustersCommand.Kind(rawValue: kind.rawValue).map { clusterKind in
            try querying { try ClusterReport.nodeYears(clusterKind.nodes, index: index, scope: scope) }
        }
        return try analysing {
            let partition = try method.map { _ in try Communities.detect(graph, options: CommunityOptions(seed: seed)) }
            let positions = try method.map { try GraphLayout.positions(graph, method: $0, seed: seed) }
            return GraphAnnotation.annotate(graph, partition: partition, positions: positions,
                                            centralities: try Centralities(graph), years: years)
        }
    }
}
