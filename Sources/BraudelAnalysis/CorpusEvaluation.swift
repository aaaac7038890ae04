import BraudelDocuments
import Foundation

/// Scores a whole annotated corpus: every file of `corpus` with a gold file
/// `gold/<file name>.json` is analyzed and compared.
public struct CorpusEvaluation: Sendable {
    public var documents: [DocumentEvaluation]

    /// Analyzes and scores every annotated document under `corpus`.
    public static func run(corpus: String, goldFolder: String, analyzer: Analyzer) throws -> CorpusEvaluation {
        var documents = [DocumentEvaluation]()
        for path in try CorpusWalker().files(under: corpus) {
            let goldURL = URL(fileURLWithPath: goldFolder).appendingPathComponent(URL(fileURLWithPath: path).lastPathComponent + ".json")
            guard FileManager.default.fileExists(atPath: goldURL.path) else { continue }
            let gold = try GoldEvaluation.loadGold(at: goldURL)
            let analysis = try analyzer.analyze(fileAt: path, maxBytes: Int.max)
            documents.append(GoldEvaluation.evaluate(analysis, gold: gold))
        }
        return CorpusEvaluation(documents: documents)
    }

    public var concepts: Score { documents.reduce(Score()) { $0 + $1.concepts } }
    public var citations: Score { documents.reduce(Score()) { $0 + $1.citations } }

    /// Scores per concept id, over all documents.
    public var conceptsByID: [String: Score] {
        var total = [String: Score]()
        for document in documents { for (id, score) in document.conceptsByID { total[id] = (total[id] ?? Score()) + score } }
        return total
    }

    /// Share of gold reference entries found (same first author and year).
    public var referenceRecall: Double {
        let gold = documents.reduce(0) { $0 + $1.referencesInGold }
        return gold == 0 ? 1 : Double(documents.reduce(0) { $0 + $1.referencesFound }) / Double(gold)
    }

    /// Share of fields (authors, year, title) right among found reference entries.
    public var referenceFieldAccuracy: Double {
        let total = documents.reduce(0) { $0 + $1.referenceFieldsTotal }
        return total == 0 ? 1 : Double(documents.reduce(0) { $0 + $1.referenceFieldsCorrect }) / Double(total)
    }
}
