import ArgumentParser
import BraudelAnalytics
import BraudelIndex
import BraudelReports
import Foundation

/// `braudel bursts concepts|works`: Kleinberg bursts over publication years.
struct BurstsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "bursts",
        abstract: "Concepts or cited works whose use bursts in some years (Kleinberg, as in CiteSpace).",
        discussion: """
        concepts: mentions per year against the year's tokens. works: documents citing the work \
        per year against all (document, work) citations of that year. Years are those of the \
        citing documents; undated documents are left out. A burst is a run of years better \
        explained by a rate twice the item's overall rate (--scale); --gamma is the price of \
        entering a burst (higher: fewer, longer bursts). Strength is how much likelier the burst \
        state makes those years (log-likelihood); strongest first.
        """)

    enum Kind: String, ExpressibleByArgument, CaseIterable { case concepts, works }

    @Argument(help: "concepts or works.") var kind: Kind
    @Option(help: "Price of entering a burst (γ).") var gamma: Double = 1
    @Option(help: "Burst rate as a multiple of the base rate (s).") var scale: Double = 2
    @Option(help: "Leave out bursts weaker than this.") var minStrength: Double = 0
    @Option(help: "Show the N strongest bursts.") var top: Int?
    @OptionGroup var indexOptions: IndexOptions
    @OptionGroup var output: FormatOptions

    func validate() throws {
        if !(gamma >= 0) { throw ValidationError("--gamma must not be negative") }
        if !(scale > 1) { throw ValidationError("--scale must be above 1") }
        if let top, top < 1 { throw ValidationError("--top must be at least 1") }
    }

    func run() throws {
        let index = try openIndex(indexOptions)
        let detector = BurstDetector(scale: scale, gamma: gamma)
        let bursts = try querying {
            switch kind {
            case .concepts: try BurstReport.concepts(index, detector: detector, minStrength: minStrength)
            case .works: try BurstReport.works(index, detector: detector, minStrength: minStrength)
            }
        }
        Printer.print(bursts.prefix(top ?? bursts.count).map(BurstRow.init), as: output.format, maxCellWidth: 70)
    }
}
