import ArgumentParser
import BraudelConcepts
import BraudelReports
import Foundation

/// `braudel lexicon`: work on lexicon files themselves (export, check).
struct LexiconCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "lexicon",
        abstract: "Export or check lexicons (Braudel YAML, quanteda YAML, LIWC .dic, SKOS RDF/XML or Turtle).",
        subcommands: [LexiconExportCommand.self, LexiconCheckCommand.self])
}

/// Formats `lexicon export` writes.
enum LexiconExportFormat: String, ExpressibleByArgument, CaseIterable {
    case skos
}

/// `braudel lexicon export --format skos`: the lexicon as SKOS RDF/XML on stdout.
struct LexiconExportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "export",
        abstract: "Write the lexicon in another format (SKOS RDF/XML) to stdout.",
        discussion: "Context rules have no SKOS counterpart and are not written.")

    @Option(help: "Export format: skos.") var format: LexiconExportFormat = .skos
    @OptionGroup var lexicon: LexiconOptions

    func run() throws {
        let lexicon = try self.lexicon.load()
        switch format {
        case .skos: Printer.write(SKOSExporter.rdfXML(lexicon))
        }
    }
}

/// `braudel lexicon check FILE…`: every problem of each file with its line; exit 1 on errors.
struct LexiconCheckCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "check",
        abstract: "Validate lexicon files: duplicate spellings, broader cycles, unknown ids, rules that cannot match.",
        discussion: "Prints one line per finding (FILE:LINE: error|warning: …), then 'ok: N concepts, M spellings' for a file without errors. Exits 1 if any file has an error.")

    @Argument(help: ArgumentHelp("Lexicon files to check.", valueName: "file")) var files: [String]
    @OptionGroup var output: FormatOptions

    func validate() throws {
        guard !files.isEmpty else { throw ValidationError("name at least one lexicon file") }
    }

    func run() throws {
        if output.format != .table {
            let reports = files.map { LexiconChecker.check(path: $0) }
            Printer.print(reports.flatMap { $0.findings.map(FindingRecord.init) }, as: output.format)
            if reports.contains(where: \.hasErrors) { throw ExitCode.failure }
            return
        }
        var failed = false
        for file in files {
            let report = LexiconChecker.check(path: file)
            var out = report.findings.map { "\($0)\n" }.joined()
            if report.hasErrors {
                failed = true
                let errors = report.findings.filter { $0.severity == .error }.count
                out += "\(file): \(errors) error(s), \(report.findings.count - errors) warning(s)\n"
            } else if let lexicon = report.lexicon {
                let concepts = lexicon.concepts.filter { !$0.abstract }.count
                let warnings = report.findings.isEmpty ? "" : " (\(report.findings.count) warning(s))"
                out += "\(files.count > 1 ? file + ": " : "")ok: \(concepts) concepts, \(report.spellingCount) spellings\(warnings)\n"
            }
            Printer.write(out)
        }
        if failed { throw ExitCode.failure }
    }
}

