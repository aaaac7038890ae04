import Foundation
import Testing

/// `braudel lexicon check|export` and imported lexicons used by the other commands.
@Suite struct LexiconCommandTests {
    static let conceptFixtures = CLIRunner.repository.appendingPathComponent("Tests/BraudelConceptsTests/Fixtures")
    let here = FileManager.default.temporaryDirectory

    @Test func checkOfTheBundledLexiconPasses() throws {
        let result = try CLIRunner.run(["lexicon", "check", CLIRunner.lexicon.path], in: here)
        #expect(result.status == 0, "\(result.stdout)\(result.stderr)")
        let last = result.stdout.split(separator: "\n").last.map(String.init) ?? ""
        #expect(last.hasPrefix("ok: 241 concepts, "), "\(result.stdout)")
        #expect(!result.stdout.contains(": error:"))
    }

    @Test func checkListsErrorsWithLinesAndExitsOne() throws {
        let bad = Self.conceptFixtures.appendingPathComponent("check-problems.yaml").path
        let clean = Self.conceptFixtures.appendingPathComponent("clean-quanteda.yaml").path
        let result = try CLIRunner.run(["lexicon", "check", clean, bad], in: here)
        #expect(result.status == 1)
        let lines = result.stdout.split(separator: "\n").map(String.init)
        #expect(lines.first == "\(clean): ok: 2 concepts, 4 spellings")
        #expect(lines.contains("\(bad):4: error: broader cycle: alpha → gamma → beta → alpha"))
        #expect(lines.contains("\(bad):28: error: duplicate concept id 'alpha' (first at line 4)"))
        #expect(lines.contains { $0.hasPrefix("\(bad):19: warning: context of 'zeta'") })
        #expect(lines.last == "\(bad): 8 error(s), 2 warning(s)")
        #expect(try CLIRunner.run(["lexicon", "check"], in: here).status == 2)
    }

    @Test func exportWritesSKOSThatReadsBack() throws {
        let export = try CLIRunner.run(["lexicon", "export", "--format", "skos"], in: here)
        #expect(export.status == 0, "\(export.stderr)")
        #expect(export.stdout.hasPrefix("<?xml version=\"1.0\" encoding=\"UTF-8\"?>"))
        #expect(export.stdout.contains("<skos:Concept rdf:about=\"urn:braudel:concept:semiperiphery\">"))
        let file = here.appendingPathComponent("export-\(UUID().uuidString).rdf")
        try export.stdout.write(to: file, atomically: true, encoding: .utf8)
        defer { try? FileManager.default.removeItem(at: file) }
        let check = try CLIRunner.run(["lexicon", "check", file.path], in: here)
        #expect(check.status == 0, "\(check.stdout)")
        #expect(check.stdout.split(separator: "\n").last?.hasPrefix("ok: 241 concepts, ") == true)
        #expect(try CLIRunner.run(["lexicon", "export", "--format", "owl"], in: here).status == 2)
    }

    @Test func importedDictionariesDriveAnalysis() throws {
        let essay = here.appendingPathComponent("essay-\(UUID().uuidString).txt")
        try "Free trade and tariffs.\n\nThe semi-peripheral zone grew; a good job, kind of.\n".write(to: essay, atomically: true, encoding: .utf8)
        defer { try? FileManager.default.removeItem(at: essay) }
        let analyzed = try CLIRunner.run(["analyze", essay.path, "--format", "json",
                                          "--lexicon", Self.conceptFixtures.appendingPathComponent("quanteda-dictionary.yml").path,
                                          "--lexicon", Self.conceptFixtures.appendingPathComponent("skos-thesaurus.rdf").path,
                                          "--lexicon", Self.conceptFixtures.appendingPathComponent("liwc-sample.dic").path], in: here)
        #expect(analyzed.status == 0, "\(analyzed.stderr)")
        let json = try JSONSerialization.jsonObject(with: Data(analyzed.stdout.utf8)) as? [String: Any]
        let concepts = (json?["concepts"] as? [[String: Any]] ?? []).compactMap { $0["concept"] as? String }
        #expect(concepts == ["economy.trade", "economy.trade", "semiperiphery", "posemo", "work", "posemo"])
        #expect(analyzed.stderr.contains("import warning(s); see `braudel lexicon check"))
    }
}
