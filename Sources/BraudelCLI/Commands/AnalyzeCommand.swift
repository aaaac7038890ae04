import ArgumentParser
import BraudelReports
import BraudelAnalysis
import BraudelLibrary
import Foundation

/// `braudel analyze FILE`: concepts, citations and references of one file, without an index.
struct AnalyzeCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "analyze",
        abstract: "Analyze one file: concept mentions, in-text citations and its reference list.",
        discussion: """
        With --format json prints one JSON object: document (path, format, title, authors, year, tokens, \
        sentences, metadata_sources, library), concepts, citations and references, every key always present (null when \
        unknown); offsets are Unicode scalar offsets into the text `braudel text FILE` prints. \
        Metadata from a library (BibTeX, RIS or CSL-JSON beside the file, or --metadata) wins over \
        what the document says; metadata_sources tells which gave each value.
        """)

    @OptionGroup var input: InputFileOptions
    @OptionGroup var lexicon: LexiconOptions
    @OptionGroup var output: FormatOptions
    @Option(name: .customLong("metadata"), help: ArgumentHelp(
        "A BibTeX, RIS or CSL-JSON file of metadata to match the file against; repeatable.", valueName: "FILE"))
    var metadataFiles: [String] = []

    func run() throws {
        let analyzer = Analyzer(lexicon: try lexicon.load())
        let document = try input.read(with: analyzer)
        var analysis = try readFailingCleanly { try analyzer.analyze(document) }
        let folders = document.path == "-" ? [] : [(document.path as NSString).deletingLastPathComponent]
        let library = MetadataLibrary.load(files: metadataFiles, roots: folders)
        for error in library.errors { Printer.warn(error.description) }
        if !library.isEmpty { analysis.applyLibrary(LibraryMatcher(library)) }
        let report = AnalysisReport(analysis)
        switch output.format {
        case .json:
            Printer.printJSON(report)
        case .csv:
            Printer.print(rows(report), as: .csv)
        case .table:
            let meta = report.document
            Printer.write("""
                \(meta.path) [\(meta.format)] \(meta.title ?? "(untitled)")\(meta.year.map { " (\($0))" } ?? "")
                \(meta.tokens) tokens, \(meta.sentences) sentences, \(report.concepts.count) concept mentions, \
                \(report.citations.count) citations, \(report.references.count) references\n\n
                """)
            Printer.print(rows(report), as: .table)
        }
    }

    /// One row per finding, for the table and CSV forms.
    private func rows(_ report: AnalysisReport) -> [FindingRow] {
        report.concepts.map {
            FindingRow(kind: "concept", key: $0.concept, text: $0.text, start: $0.start, end: $0.end, detail: $0.label)
        } + report.citations.map {
            FindingRow(kind: "citation", key: ($0.authors + ($0.etAl ? ["et al."] : [])).joined(separator: ", ") + " " + $0.year,
                       text: $0.text, start: $0.start, end: $0.end,
                       detail: $0.reference.map { "→ reference \($0)" } ?? "unlinked")
        } + report.references.enumerated().map { index, entry in
            FindingRow(kind: "reference", key: "\(index): " + entry.authors.joined(separator: ", ") + " " + (entry.year ?? "n.y."),
                       text: entry.title ?? entry.raw, start: entry.start, end: entry.end, detail: "")
        }
    }
}

