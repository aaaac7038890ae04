import ArgumentParser
import BraudelAnalytics
import BraudelConcepts
import BraudelIndex
import BraudelReports
import Foundation

/// `braudel trends CONCEPT…`: how often concepts are mentioned per 10,000 tokens, year by year.
struct TrendsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "trends",
        abstract: "Mentions of concepts per 10,000 tokens by document year, as a table or an SVG line chart.",
        discussion: """
        Each CONCEPT is a lexicon concept by id, label or any variant (as in `search`). The rate of \
        a year is the concept's mentions in that year's documents × 10,000 / those documents' tokens. \
        Documents without a year are left out (their number is noted on stderr).
        """)

    @Argument(help: "Concepts to follow (id, label or any spelling).") var concepts: [String]
    @Option(help: ArgumentHelp("Also write an SVG line chart to this file.", valueName: "file")) var svg: String?
    @Flag(help: "With --svg: shade each concept's bursts (as `bursts concepts` finds them).") var bursts = false
    @OptionGroup var indexOptions: IndexOptions
    @OptionGroup var lexicon: LexiconOptions
    @OptionGroup var names: NameOptions
    @OptionGroup var output: FormatOptions

    func validate() throws {
        guard !concepts.isEmpty else { throw ValidationError("name at least one concept") }
        if bursts && svg == nil { throw ValidationError("--bursts shades the chart: give --svg FILE") }
    }

    func run() throws {
        let (index, lexicon) = try openIndex(indexOptions, with: self.lexicon)
        try names.apply(to: index)
        let (rows, result, labels) = try querying { try CommandQueries(index: index, lexicon: lexicon).trends(concepts) }
        if result.undatedDocuments > 0 {
            Printer.note("braudel: note: \(result.undatedDocuments) document(s) without a year left out")
        }
        Printer.print(rows, as: output.format)
        if let svg { try writeChart(result, labels: labels, index: index, to: svg) }
    }

    private func writeChart(_ result: ConceptRates, labels: [String: String], index: CorpusIndex, to file: String) throws {
        var order = [String]()
        for rate in result.rates where !order.contains(rate.concept) { order.append(rate.concept) }
        let found = bursts ? try querying { try BurstReport.concepts(index, ids: order, detector: BurstDetector()) } : []
        let series = order.map { concept in
            LineChartSVG.Series(name: labels[concept] ?? concept, points: result.rates.filter { $0.concept == concept }
                .map { (x: Double($0.year), y: $0.perTenThousandTokens) },
                shaded: found.filter { $0.id == concept }.map { Double($0.burst.begin)...Double($0.burst.end) })
        }
        let chart = LineChartSVG(title: "Mentions per 10,000 tokens by year", xLabel: "Year",
                                 yLabel: "Mentions per 10,000 tokens", series: series)
        do {
            try Data(chart.render().utf8).write(to: URL(fileURLWithPath: file))
        } catch {
            throw CommandFailure("\(file): cannot write the chart (\(error.localizedDescription))")
        }
    }
}

