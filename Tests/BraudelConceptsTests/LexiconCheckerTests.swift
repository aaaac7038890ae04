import BraudelText
import Foundation
import Testing
@testable import BraudelConcepts

/// `lexicon check` findings, with the lines they point to.
@Suite struct LexiconCheckerTests {
    func report(_ name: String) -> LexiconReport { LexiconChecker.check(path: fixtures.appendingPathComponent(name).path) }

    func lines(_ report: LexiconReport, _ severity: LexiconFinding.Severity, containing text: String) -> [Int] {
        report.findings.filter { $0.severity == severity && $0.message.contains(text) }.compactMap(\.line)
    }

    @Test func everyProblemIsListedWithItsLine() {
        let found = report("check-problems.yaml")
        #expect(found.hasErrors)
        #expect(lines(found, .error, containing: "broader cycle: alpha → gamma → beta → alpha") == [4])
        #expect(lines(found, .error, containing: "unknown related concept 'omega'") == [7])
        #expect(lines(found, .error, containing: "unknown broader concept 'missing'") == [14])
        #expect(lines(found, .error, containing: "'Alpha' of 'delta' is also a spelling of 'alpha' (line 4)") == [14])
        #expect(lines(found, .error, containing: "folds to no word") == [17])
        #expect(lines(found, .error, containing: "forbid_after '* *' matches any words") == [19])
        #expect(lines(found, .warning, containing: "require_any '*'") == [19])
        #expect(lines(found, .warning, containing: "forbid_before 'market' is also a required word") == [19])
        #expect(lines(found, .error, containing: "'betas' of 'betas' is a generated form") == [26])
        #expect(lines(found, .error, containing: "duplicate concept id 'alpha' (first at line 4)") == [28])
        #expect(found.findings.filter { $0.severity == .error }.count == 8)
        #expect(found.findings.map(\.line) == found.findings.map(\.line).sorted { ($0 ?? 0) < ($1 ?? 0) })
    }

    @Test func windowBelowOneIsAnErrorWithLine() throws {
        let file = FileManager.default.temporaryDirectory.appendingPathComponent("window-\(UUID().uuidString).yaml")
        try "concepts:\n  - id: a\n    label: a\n    context:\n      window: 0\n".write(to: file, atomically: true, encoding: .utf8)
        defer { try? FileManager.default.removeItem(at: file) }
        let found = LexiconChecker.check(path: file.path)
        #expect(found.hasErrors && found.findings.count == 1)
        #expect(found.findings[0].line == 5 && found.findings[0].message.contains("window"))
    }

    @Test func cleanLexiconsCountConceptsAndSpellings() {
        let clean = report("clean-quanteda.yaml")
        #expect(clean.findings.isEmpty)
        #expect(clean.lexicon?.concepts.filter { !$0.abstract }.count == 2)
        #expect(clean.spellingCount == 4)
        let small = report("small-lexicon.yaml")
        #expect(!small.hasErrors)
    }

    @Test func importWarningsAreCheckWarnings() {
        let liwc = report("liwc-sample.dic")
        #expect(!liwc.hasErrors)
        #expect(lines(liwc, .warning, containing: "'work*'").contains(11))
        #expect(liwc.spellingCount == 7)
    }

    @Test func generatedFormClashIsAWarningAtTheLaterConcept() throws {
        let yaml = "concepts:\n  - id: core\n    label: cores\n  - id: kernel\n    label: core\n"
        let file = FileManager.default.temporaryDirectory.appendingPathComponent("clash-\(UUID().uuidString).yaml")
        try yaml.write(to: file, atomically: true, encoding: .utf8)
        defer { try? FileManager.default.removeItem(at: file) }
        let found = LexiconChecker.check(path: file.path)
        #expect(!found.hasErrors)
        #expect(lines(found, .warning, containing: "'coreses'").isEmpty)
        #expect(lines(found, .warning, containing: "'cores' (generated from 'core' of 'kernel') is already matched as 'core'") == [4])
    }

    @Test func unreadableFilesAreOneError() {
        let found = LexiconChecker.check(path: "/nonexistent/lexicon.yaml")
        #expect(found.hasErrors && found.lexicon == nil)
        #expect(found.findings.first?.description.hasPrefix("/nonexistent/lexicon.yaml: error: cannot read") == true)
    }
}

/// A case-sensitive concept lists spellings that differ only in case, and the checker lets it.
@Suite struct CaseSensitiveSpellingTests {
    @Test func spellingsDifferingOnlyInCaseAreNotDuplicatesOfACaseSensitiveConcept() throws {
        let yaml = """
        name: t
        version: 1
        concepts:
          - id: reorient
            label: ReOrient
            variants: [ReORIENT, Reorient]
            case_sensitive: true
          - id: other
            label: world party
            variants: [World Party, world party]
        """
        let findings = SpellingCheck(path: "t.yaml").run(try LexiconLoader.load(yaml: yaml, path: "t.yaml")).findings
        #expect(findings.count == 2, "World Party and world party repeat the label of a case-blind concept")
        #expect(findings.allSatisfy { $0.message.contains("is listed twice for 'other'") })
        let matcher = ConceptMatcher(lexicon: try LexiconLoader.load(yaml: yaml, path: "t.yaml"))
        let found = matcher.mentions(in: try Segmenter.segment("ReORIENT and ReOrient, but reorient the debate."))
        #expect(found.map(\.text) == ["ReORIENT", "ReOrient"])
    }
}
