import BraudelAnalysis
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

    /// Share of gold reference entries found (same first author and year, or year and title).
    public var referenceRecall: Double {
        let gold = referencesInGold
        return gold == 0 ? 1 : Double(referencesFound) / Double(gold)
    }

    public var referencesInGold: Int { documents.reduce(0) { $0 + $1.referencesInGold } }
    public var referencesFound: Int { documents.reduce(0) { $0 + $1.referencesFound } }
    public var referencesPredicted: Int { documents.reduce(0) { $0 + $1.referencesPredicted } }

    /// Per-field tallies over all found entries.
    public var referenceFields: [ReferenceField: Tally] {
        var total = [ReferenceField: Tally]()
        for document in documents {
            for (field, tally) in document.referenceFields { total[field] = (total[field] ?? Tally()) + tally }
        }
        return total
    }

    /// Share of reference fields right among found entries, all eleven fields together.
    public var referenceFieldAccuracy: Double { documents.reduce(Tally()) { $0 + $1.referenceFieldTally }.accuracy }

    /// Title, author and year recovery over the documents whose gold gives metadata.
    public var metadata: MetadataScore { documents.compactMap(\.metadata).reduce(MetadataScore(), +) }

    /// Documents whose gold gives metadata.
    public var documentsWithMetadata: Int { documents.filter { $0.metadata != nil }.count }

    /// Links of the gold citations paired with a parsed citation.
    public var links: Tally { documents.reduce(Tally()) { $0 + $1.links } }
}
