import BraudelConcepts
import BraudelDocuments
import Foundation
import Testing
@testable import BraudelAnalysis
@testable import BraudelEvaluation

/// How `braudel eval` decides that a document's title, authors and year were recovered.
@Suite struct MetadataScoringTests {
    private func gold(_ json: String) throws -> GoldAnnotations.Metadata {
        try JSONDecoder().decode(GoldAnnotations.Metadata.self, from: Data(json.utf8))
    }

    @Test func titleComparesFoldedLettersAndDigits() throws {
        let score = MetadataScore(found: DocumentMetadata(title: "The Long Twentieth-Century"),
                                  gold: try gold(#"{"title": "The long twentieth century", "authors": []}"#))
        #expect(score.titles == Tally(correct: 1, total: 1))
        let cut = MetadataScore(found: DocumentMetadata(title: "The Long Twentieth Century"),
                                gold: try gold(#"{"title": "The Long Twentieth Century: Money and Power", "authors": []}"#))
        #expect(cut.titles == Tally(correct: 0, total: 1))
    }

    @Test func authorsMatchSurnamesInEitherNameOrder() throws {
        let byline = try gold(#"{"title": null, "authors": ["Chase-Dunn", "de Sousa Santos"]}"#)
        let given = MetadataScore(found: DocumentMetadata(authors: ["Christopher Chase-Dunn", "Boaventura de Sousa Santos"]), gold: byline)
        #expect(given.authors == Tally(correct: 1, total: 1))
        let inverted = MetadataScore(found: DocumentMetadata(authors: ["Chase-Dunn, Christopher", "de Sousa Santos, B."]), gold: byline)
        #expect(inverted.authors == Tally(correct: 1, total: 1))
        let missingOne = MetadataScore(found: DocumentMetadata(authors: ["Christopher Chase-Dunn"]), gold: byline)
        #expect(missingOne.authors == Tally(correct: 0, total: 1))
        let givenNameOnly = MetadataScore(found: DocumentMetadata(authors: ["Christopher", "Boaventura"]), gold: byline)
        #expect(givenNameOnly.authors == Tally(correct: 0, total: 1))
    }

    @Test func valuesWhereTheGoldHasNoneAreSpurious() throws {
        let none = try gold(#"{"title": null, "authors": [], "year": null}"#)
        let score = MetadataScore(found: DocumentMetadata(title: "Download as PDF", authors: ["Verso Books"], year: 1994), gold: none)
        #expect(score.titles.total == 0 && score.authors.total == 0 && score.years.total == 0)
        #expect(score.spuriousTitles == 1 && score.spuriousAuthors == 1 && score.spuriousYears == 1)
        #expect(score.errors.count == 3)
    }

    @Test func yearMustEqualTheGold() throws {
        let dated = try gold(#"{"title": null, "authors": [], "year": "2011"}"#)
        #expect(MetadataScore(found: DocumentMetadata(year: 2011), gold: dated).years == Tally(correct: 1, total: 1))
        #expect(MetadataScore(found: DocumentMetadata(year: 1994), gold: dated).years == Tally(correct: 0, total: 1))
    }

    @Test func conceptsOutsideTheScopeAreNotScored() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("braudel-scope-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder.appendingPathComponent("gold"), withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        try "The core states of the world-economy drew surplus from the periphery.\n"
            .write(to: folder.appendingPathComponent("a.txt"), atomically: true, encoding: .utf8)
        try #"{"concepts_scope": ["core"], "concepts": [{"concept": "core", "text": "core"}], "citations": []}"#
            .write(to: folder.appendingPathComponent("gold/a.txt.json"), atomically: true, encoding: .utf8)
        let lexicon = try LexiconLoader.load(path: repository.appendingPathComponent("lexicons/world-systems.yaml").path)
        let evaluation = try CorpusEvaluation.run(corpus: folder.path, goldFolder: folder.path + "/gold",
                                                  analyzer: Analyzer(lexicon: lexicon))
        // world-economy and periphery are tagged too, but the gold annotated only core.
        #expect(evaluation.concepts.truePositives == 1)
        #expect(evaluation.concepts.falsePositives == 0)
        #expect(Set(evaluation.conceptsByID.keys) == ["core"])
    }
}
