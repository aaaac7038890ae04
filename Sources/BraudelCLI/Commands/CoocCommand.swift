import ArgumentParser
import BraudelIndex
import Foundation

/// `braudel cooc`: concept pairs mentioned in the same sentence.
struct CoocCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "cooc",
        abstract: "Concept pairs co-occurring in a sentence, with counts and NPMI.",
        discussion: "NPMI (normalized pointwise mutual information, -1..1) is computed over all indexed sentences.")

    @Option(help: "Show the N most frequent pairs.") var top: Int = 20
    @Option(help: "Drop pairs seen fewer times.") var minCount: Int = 1
    @OptionGroup var indexOptions: IndexOptions
    @OptionGroup var output: FormatOptions

    func run() throws {
        let index = try openIndex(indexOptions)
        let pairs = try querying { try index.cooccurrence(top: top, minCount: minCount) }
        Printer.print(pairs.map(PairRow.init), as: output.format)
    }
}

/// A concept pair with its association measures.
struct PairRow: TabularRecord {
    var a: String
    var b: String
    var count: Int
    var countA: Int
    var countB: Int
    var pmi: Double
    var npmi: Double

    init(_ pair: ConceptPair) {
        a = pair.a
        b = pair.b
        count = pair.count
        countA = pair.countA
        countB = pair.countB
        pmi = pair.pmi
        npmi = pair.npmi
    }

    static let columns = ["concept a", "concept b", "count", "count a", "count b", "npmi"]
    var cells: [String] { [a, b, String(count), String(countA), String(countB), String(format: "%.3f", npmi)] }
}
