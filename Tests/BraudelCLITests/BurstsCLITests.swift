import Foundation
import Testing

/// `braudel bursts` on the corpus: each concept's bursts equal the exhaustive Python reference on
/// the series `trends` reports (mentions and tokens per year).
@Suite(.serialized) final class BurstsCLITests {
    let folder: URL

    init() throws {
        folder = try CLIRunner.scratchCopyOfCorpus()
        let indexed = try CLIRunner.run(["index", "corpus"], in: folder)
        #expect(indexed.status == 0, "\(indexed.stderr)")
    }

    deinit { try? FileManager.default.removeItem(at: folder) }

    func json(_ arguments: [String]) throws -> [[String: Any]] {
        let result = try CLIRunner.run(arguments + ["--format", "json"], in: folder)
        #expect(result.status == 0, "\(arguments): \(result.stderr)")
        return try #require(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [[String: Any]])
    }

    @Test(.enabled(if: CLIGraphFormats.networkxAvailable, "python3 is not installed"), arguments: [0.5, 1.0])
    func conceptBurstsEqualTheReferenceOnTheTrendSeries(gamma: Double) throws {
        let bursts = try json(["bursts", "concepts", "--gamma", String(gamma)])
        #expect(!bursts.isEmpty)
        var reported = [String: [[Double]]]()
        for row in bursts {
            let numbers = ["begin", "end", "strength"].compactMap { (row[$0] as? NSNumber)?.doubleValue }
            reported[row["id"] as? String ?? "", default: []].append(numbers)
        }
        // Concepts with bursts and a few without, each series as `trends` reports it.
        let concepts = Array(reported.keys.sorted().prefix(6)) + ["core", "periphery", "world-system"]
        var series = [[[Int]]]()
        for concept in concepts {
            let years = try json(["trends", concept]).sorted { ($0["year"] as? Int ?? 0) < ($1["year"] as? Int ?? 0) }
            series.append(years.map { [$0["year"] as? Int ?? 0, $0["mentions"] as? Int ?? 0, $0["tokens"] as? Int ?? 0] })
        }
        let request = try JSONSerialization.data(withJSONObject: ["s": 2.0, "gamma": gamma, "series": series] as [String: Any])
        let script = CLIRunner.repository.appendingPathComponent("Tests/BraudelAnalyticsTests/Reference/kleinberg_reference.py").path
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["python3", script]
        let input = Pipe(), output = Pipe()
        process.standardInput = input
        process.standardOutput = output
        try process.run()
        input.fileHandleForWriting.write(request)
        try input.fileHandleForWriting.close()
        let data = output.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        let reference = try #require(try JSONSerialization.jsonObject(with: data) as? [[[Double]]])
        for (concept, expected) in zip(concepts, reference) {
            let ours = (reported[concept] ?? []).sorted { $0[0] < $1[0] }
            #expect(ours.map { Array($0.prefix(2)) } == expected.map { Array($0.prefix(2)) }, "\(concept)")
            for (a, b) in zip(ours, expected) { #expect(abs(a[2] - b[2]) < 1e-9, "\(concept)") }
        }
    }

    @Test func strongerThresholdsKeepASubset() throws {
        let all = try json(["bursts", "concepts"])
        let strong = try json(["bursts", "concepts", "--min-strength", "3"])
        #expect(!strong.isEmpty && strong.count < all.count)
        #expect(strong.allSatisfy { ($0["strength"] as? Double ?? 0) >= 3 })
        let strengths = all.compactMap { $0["strength"] as? Double }
        #expect(strengths == strengths.sorted(by: >))
        #expect(try CLIRunner.run(["bursts", "concepts", "--scale", "1"], in: folder).status == 2)
        #expect(try CLIRunner.run(["bursts", "works"], in: folder).status == 0)
    }

    @Test func trendChartShadesEachBurstOfItsConcepts() throws {
        let bursts = try json(["bursts", "concepts"])
        let chosen = Array(bursts.prefix(2).compactMap { $0["id"] as? String })
        #expect(chosen.count == 2)
        let svg = folder.appendingPathComponent("trends.svg")
        let result = try CLIRunner.run(["trends"] + chosen + ["--svg", svg.path, "--bursts"], in: folder)
        #expect(result.status == 0, "\(result.stderr)")
        let text = try String(contentsOf: svg, encoding: .utf8)
        let expected = bursts.filter { chosen.contains($0["id"] as? String ?? "") }.compactMap { $0["label"] as? String }.sorted()
        let shaded = text.components(separatedBy: "<title>").dropFirst()
            .compactMap { part in part.range(of: " burst</title>").map { String(part[..<$0.lowerBound]) } }
            .filter { !$0.contains("<") }
        #expect(shaded.sorted() == expected)
        #expect(try CLIRunner.run(["trends", "core", "--bursts"], in: folder).status == 2)
    }
}
