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

    /// The library's analysis for these options.
    var analysis: NetworkAnalysis {
        let method: LayoutMethod? = switch layout {
        case .fr: .fruchtermanReingold
        case .drl: .drl
        case .none: nil
        }
        return NetworkAnalysis(layout: method, centrality: centrality, seed: seed)
    }
}
