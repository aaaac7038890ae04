import ArgumentParser
import BraudelDocuments
import BraudelText
import Foundation

/// `braudel bench-icu FILES…` (hidden): ICU word breaking alone over the raw text of files, on
/// one thread. `scripts/bench` divides Braudel's analysis throughput by this ceiling.
struct BenchICUCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "bench-icu",
        abstract: "Benchmark: ICU word breaking alone over the files' raw text (one thread, JSON).",
        shouldDisplay: false)

    @Argument(help: "Files or folders.") var paths: [String]

    func run() throws {
        let files = try benchFiles(paths)
        var breaker = WordBreaker()
        var bytes = 0, units = 0, boundaries = 0
        var decodeSeconds = 0.0, icuSeconds = 0.0
        for path in files {
            let data = try readFailingCleanly { try Data(contentsOf: URL(fileURLWithPath: path)) }
            // Decoding to UTF-16 is timed apart: the ceiling is the break iterator itself.
            let decodeStart = ContinuousClock.now
            let text = Array(String(decoding: data, as: UTF8.self).utf16)
            decodeSeconds += seconds(since: decodeStart)
            let icuStart = ContinuousClock.now
            boundaries += try readFailingCleanly { try text.withUnsafeBufferPointer { try breaker.boundaryCount($0) } }
            icuSeconds += seconds(since: icuStart)
            bytes += data.count
            units += text.count
        }
        let report = ICUBenchReport(files: files.count, bytes: bytes, utf16Units: units, boundaries: boundaries,
                                    seconds: icuSeconds, decodeSeconds: decodeSeconds)
        Printer.printJSON(report)
    }
}

/// What `bench-icu` prints: input size and the time spent in ICU.
struct ICUBenchReport: Encodable {
    var files: Int
    var bytes: Int
    var utf16Units: Int
    var boundaries: Int
    /// Seconds inside the word break iterator only.
    var seconds: Double
    /// Seconds turning UTF-8 into the UTF-16 that ICU reads (not part of `seconds`).
    var decodeSeconds: Double
}

/// The files below the given paths, as `braudel index` would list them.
func benchFiles(_ paths: [String]) throws -> [String] {
    try paths.flatMap { root in try readFailingCleanly { try CorpusWalker().files(under: root) } }
}

/// Seconds elapsed since `start`, as a Double.
func seconds(since start: ContinuousClock.Instant) -> Double {
    let elapsed = ContinuousClock.now - start
    return Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) / 1e18
}
