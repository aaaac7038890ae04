import Foundation
import Testing

/// The hidden benchmark subcommands that scripts/bench drives: they print JSON and stay out of
/// `braudel --help`.
@Suite struct BenchCommandsTests {
    func json(_ text: String) throws -> [String: Any] {
        try #require(JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any])
    }

    @Test func benchICUReportsBytesAndBoundariesOfRawFiles() throws {
        let name = try #require(CLIRunner.corpusFiles.first { $0.hasSuffix(".txt") })
        let path = CLIRunner.corpus.appendingPathComponent(name).path
        let result = try CLIRunner.run(["bench-icu", path], in: FileManager.default.temporaryDirectory)
        #expect(result.status == 0, "\(result.stderr)")
        let report = try json(result.stdout)
        let size = try FileManager.default.attributesOfItem(atPath: path)[.size] as? NSNumber
        #expect(report["files"] as? Int == 1)
        #expect(report["bytes"] as? Int == size?.intValue)
        #expect((report["boundaries"] as? Int ?? 0) > 1000)
        #expect((report["seconds"] as? Double ?? -1) >= 0)
    }

    @Test func benchMatchTimesEachLexiconOnTheSameText() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("braudel-bench-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let small = folder.appendingPathComponent("one.yaml")
        try "name: one\nconcepts:\n  - id: hegemony\n    label: hegemony\n".write(to: small, atomically: true, encoding: .utf8)
        let samples = CLIRunner.corpusFiles.map { CLIRunner.corpus.appendingPathComponent($0).path }
        let result = try CLIRunner.run(["bench-match", "--lexicon", CLIRunner.lexicon.path, "--lexicon", small.path]
                                       + samples, in: folder)
        #expect(result.status == 0, "\(result.stderr)")
        let report = try json(result.stdout)
        let lexicons = try #require(report["lexicons"] as? [[String: Any]])
        #expect(lexicons.count == 2)
        #expect(lexicons[1]["concepts"] as? Int == 1)
        let full = lexicons[0]["mentions"] as? Int ?? 0, one = lexicons[1]["mentions"] as? Int ?? 0
        #expect(one > 0 && full > one)
        #expect((report["bytes"] as? Int ?? 0) > 100_000)
    }

    @Test func benchCommandsAreHiddenFromHelp() throws {
        let help = try CLIRunner.run(["--help"], in: FileManager.default.temporaryDirectory)
        #expect(help.status == 0)
        #expect(help.stdout.contains("index"))
        #expect(!help.stdout.contains("bench-icu") && !help.stdout.contains("bench-match"))
    }
}
