import ArgumentParser
import BraudelIndex
import BraudelReports
import Foundation

/// `braudel matrix`: the document × concept (or year × concept) matrix for R and Python.
struct MatrixCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "matrix",
        abstract: "Write the document × concept (or year × concept) matrix for R or Python.",
        discussion: """
        --format csv prints a wide table (first column `row`: the document path or year; one \\
        column per concept mentioned). --format mtx writes PREFIX.mtx (Matrix Market, one row per \\
        document or year), PREFIX.rows.txt and PREFIX.cols.txt (one name a line, in matrix order). \\
        In R: Matrix::readMM, then quanteda::as.dfm; in Python: scipy.io.mmread or pandas.read_csv. \\
        Concept words inside journal and institute names are left out unless --include-names.
        """)

    enum Format: String, ExpressibleByArgument, CaseIterable { case csv, mtx }
    enum By: String, ExpressibleByArgument, CaseIterable { case document, year }
    enum Weight: String, ExpressibleByArgument, CaseIterable { case count, per10k }

    @Option(help: "Rows: one per document, or one per publication year (documents without a year left out).")
    var by: By = .document
    @Option(help: "Cells: mention counts, or mentions per 10,000 tokens of the row.") var weight: Weight = .count
    @Option(help: "csv (wide table on stdout, or PREFIX.csv) or mtx (Matrix Market files; needs --output).")
    var format: Format = .csv
    @Option(help: ArgumentHelp("Write PREFIX.csv, or PREFIX.mtx with PREFIX.rows.txt and PREFIX.cols.txt.", valueName: "prefix"))
    var output: String?
    @OptionGroup var indexOptions: IndexOptions
    @OptionGroup var names: NameOptions

    func validate() throws {
        if format == .mtx && output == nil { throw ValidationError("--format mtx writes three files: give --output PREFIX") }
    }

    func run() throws {
        let index = try openIndex(indexOptions)
        try names.apply(to: index)
        var matrix = ConceptMatrix(documents: try querying { try index.documentSizes() },
                                   counts: try querying { try index.conceptCountsByDocument() },
                                   by: ConceptMatrix.Rows(rawValue: by.rawValue) ?? .document,
                                   weight: ConceptMatrix.Weight(rawValue: weight.rawValue) ?? .count)
        if by == .document { matrix.rowNames = displayPaths(matrix.rowNames) }
        if matrix.undated > 0 { Printer.note("\(matrix.undated) document(s) without a year left out") }
        switch (format, output) {
        case (.csv, nil):
            Printer.write(matrix.csv())
        case (.csv, let prefix?):
            try write(matrix.csv(), to: prefix + ".csv")
        case (.mtx, let prefix):
            let prefix = prefix ?? "matrix"
            try write(matrix.matrixMarket(), to: prefix + ".mtx")
            try write(matrix.rowNames.joined(separator: "\n") + "\n", to: prefix + ".rows.txt")
            try write(matrix.columnNames.joined(separator: "\n") + "\n", to: prefix + ".cols.txt")
        }
    }

    private func write(_ text: String, to path: String) throws {
        do {
            try text.write(toFile: path, atomically: true, encoding: .utf8)
        } catch {
            throw CommandFailure("\(path): cannot write: \(error.localizedDescription)")
        }
    }
}
