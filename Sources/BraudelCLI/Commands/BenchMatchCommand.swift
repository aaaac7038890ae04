import ArgumentParser
import BraudelAnalysis
import BraudelCitations
import BraudelConcepts
import BraudelText
import Foundation

/// `braudel bench-match --lexicon A --lexicon B FILES…` (hidden): concept matching alone, one
/// thread. Each file is read, cleaned and segmented once, untimed; then every lexicon's matcher
/// runs over the same segmented text and only that is timed, so lexicons of different sizes
/// are compared on identical work.
struct BenchMatchCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "bench-match",
        abstract: "Benchmark: concept matching alone, per lexicon (one thread, JSON).",
        shouldDisplay: false)

    @Option(name: .customLong("lexicon"), help: ArgumentHelp("A lexicon file (repeatable).", valueName: "file"))
    var lexicons: [String] = []
    @Option(parsing: .unconditional, help: "Largest file to read, in bytes.") var maxFileSize: Int = defaultMaxFileSize
    @Argument(help: "Files or folders.") var paths: [String]

    func run() throws {
        let loaded = try lexiconsToCompare()
        let matchers = loaded.map { ConceptMatcher(lexicon: $0.lexicon) }
        // The reader cleans with the first lexicon's spellings, as `braudel index` would.
        let reader = Analyzer(lexicon: loaded[0].lexicon)
        var timings = [Double](repeating: 0, count: matchers.count)
        var mentions = [Int](repeating: 0, count: matchers.count)
        var bytes = 0, tokens = 0
        var prepareSeconds = 0.0
        for path in try benchFiles(paths) {
            let start = ContinuousClock.now
            let document = try readFailingCleanly { try reader.read(fileAt: path, maxBytes: maxFileSize) }
            let segmented = try readFailingCleanly { try Segmenter.segment(document.text) }
            // The reference list is left out of matching, as the analyzer does.
            let section = document.bibliography.isEmpty ? ReferenceListParser.parse(segmented.scalars).section : nil
            prepareSeconds += seconds(since: start)
            for (index, matcher) in matchers.enumerated() {
                let matchStart = ContinuousClock.now
                mentions[index] += matcher.mentions(in: segmented, excluding: section).count
                timings[index] += seconds(since: matchStart)
            }
            bytes += ((try? FileManager.default.attributesOfItem(atPath: path))?[.size] as? NSNumber)?.intValue ?? 0
            tokens += segmented.tokens.count
        }
        let results = zip(loaded, zip(timings, mentions)).map { entry, timing in
            MatchBenchResult(lexicon: entry.path, concepts: entry.lexicon.concepts.filter { !$0.abstract }.count,
                             seconds: timing.0, mentions: timing.1)
        }
        let report = MatchBenchReport(bytes: bytes, tokens: tokens, prepareSeconds: prepareSeconds, lexicons: results)
        Printer.printJSON(report)
    }

    private func lexiconsToCompare() throws -> [(path: String, lexicon: Lexicon)] {
        let paths = lexicons.isEmpty ? [try LexiconOptions.defaultLexiconPath()] : lexicons
        return try paths.map { path in
            do {
                return (path, try LexiconFiles.load(path: path).lexicon)
            } catch let error as LexiconError {
                throw CommandFailure("\(error)")
            }
        }
    }
}

/// What `bench-match` prints: the input, the untimed preparation, and each lexicon's timing.
struct MatchBenchReport: Encodable {
    var bytes: Int
    var tokens: Int
    /// Reading, cleaning, segmenting and finding the reference list (not timed per lexicon).
    var prepareSeconds: Double
    var lexicons: [MatchBenchResult]
}

/// One lexicon's matcher over the whole input.
struct MatchBenchResult: Encodable {
    var lexicon: String
    /// Concepts the matcher looks for (abstract grouping concepts excluded).
    var concepts: Int
    var seconds: Double
    var mentions: Int
}
