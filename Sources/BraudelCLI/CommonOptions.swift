import ArgumentParser
import BraudelConcepts
import BraudelReports
import BraudelIndex
import BraudelLibrary
import Foundation

/// `--index PATH`: the SQLite index every query command reads.
struct IndexOptions: ParsableArguments {
    @Option(name: .long, help: ArgumentHelp("The index file.", valueName: "path"))
    var index: String = "braudel.sqlite"
    @Option(name: .long, help: ArgumentHelp("Longest a query may run, in seconds, before it is stopped (queries only).", valueName: "seconds"))
    var timeout: Double = 120
}

/// `--include-names` and `--lang`: which mentions the statistics count. Concept words inside
/// proper names (journal and institute names) are left out by default; `--lang fr` keeps only
/// documents identified as French.
struct NameOptions: ParsableArguments {
    @Flag(name: .long, help: "Also count concept words inside journal, institute and centre names.")
    var includeNames = false
    @Option(name: .long, help: ArgumentHelp("Count only documents in this language (en, fr, es, pt, de, …).", valueName: "code"))
    var lang: String?

    /// Applies the choice to an opened index.
    func apply(to index: CorpusIndex) throws {
        try querying { try index.scopeMentions(includeNames: includeNames, language: lang?.lowercased()) }
    }

    func validate() throws {
        if let lang, let problem = LanguageCode.problem(lang) { throw ValidationError(problem) }
    }
}

/// `--format`: table for people (default), json or csv for programs.
struct FormatOptions: ParsableArguments {
    @Option(name: .long, help: "Output format: table, json or csv.")
    var format: OutputFormat = .table
}

/// `--format` of the commands that list works or documents: the three record formats, or a
/// bibliography (BibTeX, RIS, CSL-JSON) for a reference manager.
struct ListingFormatOptions: ParsableArguments {
    enum Choice: String, ExpressibleByArgument, CaseIterable {
        case table, json, csv, bibtex, ris, csljson
    }

    @Option(name: .long, help: "Output format: table, json, csv, or a bibliography: bibtex, ris, csljson.")
    var format: Choice = .table

    /// The record format, or nil for a bibliography.
    var records: OutputFormat? { OutputFormat(rawValue: format.rawValue) }
    /// The bibliography format, or nil for records.
    var bibliography: BibliographyFormat? { BibliographyFormat(rawValue: format.rawValue) }
}

/// `--lexicon FILE` (repeatable): the concept lexicons; defaults to the bundled world-systems one.
struct LexiconOptions: ParsableArguments {
    @Option(name: .customLong("lexicon"),
            help: ArgumentHelp(
                "A lexicon file (repeatable): Braudel or quanteda YAML, LIWC .dic, SKOS RDF/XML or Turtle. "
                    + "Default: $BRAUDEL_LEXICON, else lexicons/world-systems.yaml in the working folder, "
                    + "else beside the braudel executable's checkout, else PREFIX/share/braudel/lexicons/.",
                valueName: "file"))
    var lexicons: [String] = []

    /// Loads the named lexicons, or the bundled default, in any format `LexiconFiles` reads
    /// (Braudel or quanteda YAML, LIWC .dic, SKOS RDF/XML or Turtle); what an import had to give up is
    /// summed up in one note (the details are in `braudel lexicon check`).
    func load() throws -> Lexicon {
        let paths = lexicons.isEmpty ? [try Self.defaultLexiconPath()] : lexicons
        do {
            let imported = try paths.map { try LexiconFiles.load(path: $0) }
            for (path, lexicon) in zip(paths, imported) where !lexicon.warnings.isEmpty {
                Printer.note("\(path): \(lexicon.warnings.count) import warning(s); see `braudel lexicon check \(path)`")
            }
            return Lexicon.merged(imported.map(\.lexicon))
        } catch let error as LexiconError {
            throw CommandFailure("\(error)")
        }
    }

    /// $BRAUDEL_LEXICON, then lexicons/ in the working folder, then beside the executable's
    /// checkout (.build/<config>/braudel → ../../lexicons) or install prefix (share/braudel).
    static func defaultLexiconPath() throws -> String {
        let name = "world-systems.yaml"
        var candidates = [String]()
        if let env = ProcessInfo.processInfo.environment["BRAUDEL_LEXICON"], !env.isEmpty { candidates.append(env) }
        candidates.append(FileManager.default.currentDirectoryPath + "/lexicons/" + name)
        let executable = URL(fileURLWithPath: CommandLine.arguments[0]).resolvingSymlinksInPath().deletingLastPathComponent()
        candidates.append(executable.appendingPathComponent("../../lexicons/\(name)").standardizedFileURL.path)
        candidates.append(executable.appendingPathComponent("../../../lexicons/\(name)").standardizedFileURL.path)
        candidates.append(executable.appendingPathComponent("../share/braudel/lexicons/\(name)").standardizedFileURL.path)
        if let found = candidates.first(where: { FileManager.default.fileExists(atPath: $0) }) { return found }
        throw CommandFailure("no lexicon found (looked for lexicons/\(name)); pass --lexicon FILE or set BRAUDEL_LEXICON")
    }
}

/// Whether progress lines may be drawn: only when stderr is a terminal.
var stderrIsTerminal: Bool { isatty(STDERR_FILENO) == 1 }

/// Numeric options are checked against a stated range before any work starts, so a negative
/// count or a value big enough to overflow offsets is a usage error, not a trap or a silent 0.
func checkRange(_ value: Int?, _ option: String, _ range: ClosedRange<Int>) throws {
    guard let value, !range.contains(value) else { return }
    let upper = range.upperBound == Int.max ? "" : " and \(range.upperBound)"
    let bounds = upper.isEmpty ? "at least \(range.lowerBound)" : "between \(range.lowerBound)\(upper)"
    throw ValidationError("\(option) must be \(bounds) (got \(value))")
}

/// The largest count any `--top`/`--limit` may ask for.
let maximumCount = 100_000_000
