import Foundation
import Testing

/// `braudel cooc` and `braudel trends` on an index of the bundled corpus.
@Suite(.serialized) struct StatisticsCommandTests {
    let folder: URL

    init() throws {
        folder = try CLIRunner.scratchCopyOfCorpus()
        let indexed = try CLIRunner.run(["index", "corpus"], in: folder)
        #expect(indexed.status == 0, "\(indexed.stderr)")
    }

    /// Whether this build registers `braudel trends` (its tests are skipped, not passed, if not).
    /// (`trends --help` would print the root help with status 0 either way; the subcommand list tells.)
    static var trendsIsRegistered: Bool {
        let help = try? CLIRunner.run(["--help"], in: FileManager.default.temporaryDirectory)
        return help?.stdout.split(separator: "\n").contains { $0.trimmingCharacters(in: .whitespaces).hasPrefix("trends ") } ?? false
    }

    private func rows(_ arguments: [String]) throws -> [[String: Any]] {
        let result = try CLIRunner.run(arguments + ["--format", "json"], in: folder)
        #expect(result.status == 0, "\(arguments): \(result.stderr)")
        return (try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [[String: Any]]) ?? []
    }

    private func countsByPair(_ unit: String) throws -> [String: Int] {
        var counts = [String: Int]()
        for row in try rows(["cooc", "--unit", unit, "--top", "100000"]) {
            counts["\(row["concept_a"] as? String ?? "")+\(row["concept_b"] as? String ?? "")"] = row["count"] as? Int
        }
        return counts
    }

    /// Units holding each concept, read off the pairs.
    private func conceptUnits(_ unit: String) throws -> [String: Int] {
        var counts = [String: Int]()
        for row in try rows(["cooc", "--unit", unit, "--top", "100000"]) {
            counts[row["concept_a"] as? String ?? ""] = row["count_a"] as? Int
            counts[row["concept_b"] as? String ?? ""] = row["count_b"] as? Int
        }
        return counts
    }

    @Test func widerUnitsHoldEveryPairOfNarrowerOnes() throws {
        let sentence = try countsByPair("sentence"), paragraph = try countsByPair("paragraph")
        let document = try countsByPair("document")
        #expect(!sentence.isEmpty)
        // Two concepts in one sentence share its paragraph and document; not the other way round.
        #expect(Set(sentence.keys).isSubset(of: paragraph.keys) && Set(paragraph.keys).isSubset(of: document.keys))
        #expect(paragraph.count > sentence.count && document.count > paragraph.count)
        #expect(document.values.allSatisfy { $0 <= CLIRunner.corpusFiles.count })
        // A concept is in at least as many sentences as paragraphs, and paragraphs as documents.
        let inSentences = try conceptUnits("sentence"), inParagraphs = try conceptUnits("paragraph")
        let inDocuments = try conceptUnits("document")
        for (concept, count) in inSentences { #expect((inParagraphs[concept] ?? 0) <= count, "\(concept)") }
        for (concept, count) in inParagraphs { #expect((inDocuments[concept] ?? 0) <= count, "\(concept)") }
        let units = try ["sentence", "paragraph", "document"].map {
            try rows(["cooc", "--unit", $0, "--top", "1"]).first?["units"] as? Int ?? 0
        }
        #expect(units[0] > units[1] && units[1] > units[2] && units[2] == CLIRunner.corpusFiles.count)
    }

    @Test func reportedMeasuresFollowFromTheCounts() throws {
        let pairs = try rows(["cooc", "--unit", "paragraph", "--top", "50", "--sort", "g2"])
        #expect(pairs.count == 50)
        var previous = Double.infinity
        for pair in pairs {
            let n = Double(pair["units"] as? Int ?? 0), ab = Double(pair["count"] as? Int ?? 0)
            let a = Double(pair["count_a"] as? Int ?? 0), b = Double(pair["count_b"] as? Int ?? 0)
            let observed = [ab, a - ab, b - ab, n - a - b + ab]
            let expected = [a * b / n, a * (n - b) / n, (n - a) * b / n, (n - a) * (n - b) / n]
            let g2 = 2 * zip(observed, expected).reduce(0.0) { $0 + ($1.0 > 0 ? $1.0 * log($1.0 / $1.1) : 0) }
            let g2Reported = pair["g2"] as? Double ?? -1
            #expect(abs(g2Reported - g2) < 1e-9)
            #expect(g2Reported <= previous)
            previous = g2Reported
            #expect(abs((pair["expected"] as? Double ?? 0) - expected[0]) < 1e-9)
            #expect(abs((pair["log_dice"] as? Double ?? 0) - (14 + log2(2 * ab / (a + b)))) < 1e-9)
            #expect(abs((pair["pmi"] as? Double ?? 0) - log2(ab / expected[0])) < 1e-9)
        }
    }

    @Test func partnersOfOneConceptAndCountsByYear() throws {
        let partners = try rows(["cooc", "--concept", "semi-peripheral", "--top", "100"])
        #expect(!partners.isEmpty)
        #expect(partners.allSatisfy { $0["concept_a"] as? String == "semiperiphery" })
        let byYear = try rows(["cooc", "--unit", "document", "--by", "year", "--top", "100000"])
        #expect(byYear.contains { $0["year"] is Int } && byYear.contains { $0["year"] is NSNull })
        var summed = [String: Int]()
        for row in byYear { summed["\(row["concept_a"] as? String ?? "")+\(row["concept_b"] as? String ?? "")", default: 0] += row["count"] as? Int ?? 0 }
        #expect(summed == (try countsByPair("document")))
        let csv = try CLIRunner.run(["cooc", "--top", "2", "--format", "csv"], in: folder)
        #expect(csv.stdout.hasPrefix("concept_a,concept_b,unit,window,count,count_a,count_b,units,expected,pmi,npmi,g2,dice,log_dice\r\n"))
        let unknown = try CLIRunner.run(["cooc", "--concept", "no-such-concept"], in: folder)
        #expect(unknown.status == 1 && unknown.stderr.contains("no-such-concept"))
        #expect(try CLIRunner.run(["cooc", "--unit", "chapter"], in: folder).status == 2)
    }

    @Test func windowsCountNearbyMentionsOverTheCorpusTokens() throws {
        let stats = try CLIRunner.run(["stats", "--format", "json"], in: folder)
        let tokens = (try JSONSerialization.jsonObject(with: Data(stats.stdout.utf8)) as? [String: Any])?["tokens"] as? Int
        let narrow = try rows(["cooc", "--window", "3", "--top", "100000"])
        let wide = try rows(["cooc", "--window", "15", "--top", "100000"])
        #expect(!narrow.isEmpty && wide.count > narrow.count)
        #expect(narrow.allSatisfy { $0["unit"] as? String == "window" && $0["window"] as? Int == 3 && $0["units"] as? Int == tokens })
        var wideCounts = [String: Int]()
        for row in wide { wideCounts["\(row["concept_a"] as? String ?? "")+\(row["concept_b"] as? String ?? "")"] = row["count"] as? Int }
        for row in narrow {
            let key = "\(row["concept_a"] as? String ?? "")+\(row["concept_b"] as? String ?? "")"
            #expect((wideCounts[key] ?? 0) >= (row["count"] as? Int ?? 0), "\(key)")
            let expected = 6 * Double(row["count_a"] as? Int ?? 0) * Double(row["count_b"] as? Int ?? 0) / Double(tokens ?? 1)
            #expect(abs((row["expected"] as? Double ?? 0) - expected) < 1e-9)
        }
        #expect(try CLIRunner.run(["cooc", "--unit", "window"], in: folder).status == 2)
        #expect(try CLIRunner.run(["cooc", "--unit", "paragraph", "--window", "5"], in: folder).status == 2)
        #expect(try CLIRunner.run(["cooc", "--window", "0"], in: folder).status == 2)
    }

    @Test(.enabled(if: trendsIsRegistered)) func trendsGiveRatesPerYearAndASVGChart() throws {
        let result = try CLIRunner.run(["trends", "core", "semi-peripheral", "--format", "json", "--svg", "chart.svg"], in: folder)
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stderr.contains("without a year left out"))
        let rates = (try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [[String: Any]]) ?? []
        let core = rates.filter { $0["concept"] as? String == "core" }
        let semi = rates.filter { $0["concept"] as? String == "semiperiphery" }
        #expect(!core.isEmpty && core.count == semi.count)
        let years = core.compactMap { $0["year"] as? Int }
        #expect(years == years.sorted() && Set(years).count == years.count)
        for rate in rates {
            let expected = Double(rate["mentions"] as? Int ?? 0) * 10_000 / Double(rate["tokens"] as? Int ?? 1)
            #expect(abs((rate["per_ten_thousand_tokens"] as? Double ?? -1) - expected) < 1e-9)
        }
        #expect(core.contains { ($0["mentions"] as? Int ?? 0) > 0 })

        let summary = try svgSummary(folder.appendingPathComponent("chart.svg"))
        #expect(summary.hasPrefix("svg paths=2 "), "\(summary)")
        for year in [years.first!, years.last!] { #expect(summary.contains("|\(year)|"), "\(summary)") }
        #expect(summary.contains("|core|") && summary.contains("|semiperiphery|"))
        let unknown = try CLIRunner.run(["trends", "core", "no-such-concept"], in: folder)
        #expect(unknown.status == 1 && unknown.stderr.contains("no-such-concept"))
    }

    /// Parses the SVG with Python's XML parser (an independent reader): "svg paths=N |text|text|…".
    private func svgSummary(_ file: URL) throws -> String {
        let script = """
            import sys, xml.etree.ElementTree as E
            root = E.parse(sys.argv[1]).getroot()
            ns = '{http://www.w3.org/2000/svg}'
            texts = [t.text or '' for t in root.iter(ns + 'text')]
            print(root.tag.replace(ns, '') + ' paths=' + str(len(list(root.iter(ns + 'path')))) + ' |' + '|'.join(texts) + '|')
            """
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["python3", "-c", script, file.path]
        let out = Pipe(), err = Pipe()
        process.standardOutput = out
        process.standardError = err
        try process.run()
        let data = out.fileHandleForReading.readDataToEndOfFile()
        let errors = err.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        #expect(process.terminationStatus == 0, "\(String(decoding: errors, as: UTF8.self))")
        return String(decoding: data, as: UTF8.self).trimmingCharacters(in: .whitespacesAndNewlines)
    }
}
