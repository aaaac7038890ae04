import ArgumentParser
import BraudelAnalytics
import BraudelIndex
import BraudelNetworks
import BraudelReports
import Foundation

/// `braudel clusters KIND`: communities of a network with their size, members, years and labels.
struct ClustersCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "clusters",
        abstract: "Cluster a co-citation, coupling, author or concept network and label each cluster.",
        discussion: """
        The network is the one `graph` builds with the same filters. Clusters come from igraph's \
        Leiden (modularity, or CPM with --method leiden-cpm, where --resolution is the density a \
        cluster must exceed) or Louvain, with a fixed seed, so the same index gives the same clusters. \
        Each cluster is labelled by the concepts most over-represented (log-likelihood ratio) in the \
        sentences citing its works or authors, or in the sentences of its documents; a concept \
        cluster by its most frequent concepts. mean year: of its works (coupling: documents). \
        --format json prints {"modularity", "clusters": [{"id", "size", "label", "labels", \
        "mean_year", "nodes"}]}.
        """)

    /// The networks that can be clustered: the undirected similarity networks of `graph`.
    enum Kind: String, ExpressibleByArgument, CaseIterable {
        case cocitation, coupling, authors, concepts

        var graphKind: NetworkKind {
            switch self {
            case .cocitation: .cocitation
            case .coupling: .coupling
            case .authors: .authors
            case .concepts: .concepts
            }
        }
    }

    @Argument(help: "cocitation, coupling, authors or concepts.") var kind: Kind
    @Option(help: "leiden, leiden-cpm or louvain.") var method: MethodChoice = MethodChoice(value: .leiden)
    @Option(help: "Resolution: γ for modularity (1 = plain modularity), the density threshold for CPM.")
    var resolution: Double = 1
    @Option(help: "Seed of igraph's random generator.") var seed: UInt = 1
    @Option(help: "Show at most N nodes per cluster in the table.") var show: Int = 5
    @Option(help: "Drop edges whose count is below this.") var minWeight: Int = 1
    @Option(help: "Keep only the N heaviest edges.") var top: Int?
    @Option(help: "Only documents published in these years: A..B, A.., ..B or A.") var year: YearFilter?
    @Option(help: "Only documents mentioning this concept (id, label or any spelling).") var concept: String?
    @Option(help: "association, cosine or jaccard.") var normalize: NormalizationChoice?
    @Option(help: "cocitation: works cited together in one document (default) or one sentence.")
    var unit: CocitationUnit?
    @Option(help: "Cluster each period of N years separately and link each cluster to the previous period's.")
    var slice: Int?
    @OptionGroup var indexOptions: IndexOptions
    @OptionGroup var lexicon: LexiconOptions
    @OptionGroup var output: FormatOptions

    func validate() throws {
        if let top, top < 0 { throw ValidationError("--top must not be negative") }
        if !(resolution > 0) { throw ValidationError("--resolution must be positive") }
        if show < 1 { throw ValidationError("--show must be at least 1") }
        if let slice, slice < 1 { throw ValidationError("--slice must be at least 1") }
        if unit != nil, kind != .cocitation { throw ValidationError("--unit applies to cocitation, not \(kind.rawValue)") }
    }

    func run() throws {
        let (index, conceptID) = try openIndex(indexOptions, resolving: concept, with: lexicon)
        let scope = DocumentScope(years: year?.range, concept: conceptID)
        if let slice {
            let slices = try SlicedNetworks.scopes(index, within: scope, width: slice).map { ($0, try clustered(index, scope: $0)) }
            try printSlices(slices)
            return
        }
        let (partition, clusters) = try clustered(index, scope: scope)
        switch output.format {
        case .json:
            Printer.printJSON(ClusterListing(modularity: partition.modularity, clusters: clusters.map(ClusterRecord.init)))
        case .table, .csv:
            // The partition's quality heads the table; CSV stays one header and its rows.
            if output.format == .table { Printer.write("modularity \(String(format: "%.4f", partition.modularity)), \(clusters.count) clusters\n\n") }
            Printer.print(clusters.map { ClusterRow($0, show: show) }, as: output.format, maxCellWidth: 80)
        }
    }
}

extension ClustersCommand {
    /// The network of `scope`, its partition and its cluster summaries.
    func clustered(_ index: CorpusIndex, scope: DocumentScope) throws -> (Partition, [ClusterSummary]) {
        let request = ClusterRequest(
            network: NetworkRequest(kind: kind.graphKind, scope: scope, minWeight: minWeight, top: top,
                                    normalization: normalize?.value, unit: unit ?? .document),
            options: CommunityOptions(method: method.value, resolution: resolution, seed: seed))
        return try querying { try analysing { try request.run(index) } }
    }

    /// One row per cluster per slice, each linked to the previous slice's cluster it carries over.
    func printSlices(_ slices: [(scope: DocumentScope, result: (Partition, [ClusterSummary]))]) throws {
        var records = [SliceRecord]()
        var previous = [Set<String>]()
        for (scope, (partition, clusters)) in slices {
            let current = clusters.map { Set($0.nodes.map(\.id)) }
            let links = ClusterLink.link(previous: previous, current: current)
            records.append(SliceRecord(begin: scope.years?.lowerBound ?? 0, end: scope.years?.upperBound ?? 0,
                                       modularity: partition.modularity,
                                       clusters: zip(clusters, links).map { SlicedClusterRecord(cluster: ClusterRecord($0), link: $1) }))
            previous = current
        }
        switch output.format {
        case .json: Printer.printJSON(["slices": records])
        case .table, .csv:
            let rows = records.flatMap { slice in slice.clusters.map { SlicedClusterRow(slice: slice, cluster: $0, show: show) } }
            Printer.print(rows, as: output.format, maxCellWidth: 80)
        }
    }
}

/// Runs igraph work, reporting its failure as one line.
func analysing<T>(_ body: () throws -> T) throws -> T {
    do {
        return try body()
    } catch let error as AnalyticsError {
        throw CommandFailure(error.description)
    }
}

/// `--method` values.
struct MethodChoice: ExpressibleByArgument {
    let value: CommunityMethod

    init(value: CommunityMethod) { self.value = value }

    init?(argument: String) {
        guard let value = CommunityMethod(rawValue: argument.lowercased()) else { return nil }
        self.value = value
    }

    static var allValueStrings: [String] { CommunityMethod.allCases.map(\.rawValue) }
    var defaultValueDescription: String { value.rawValue }
}
