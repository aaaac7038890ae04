import BraudelAnalysis
import BraudelText
import Foundation

/// Hand annotations of one document, read from `corpus/gold/<file name>.json`.
public struct GoldAnnotations: Decodable, Sendable {
    /// A concept mention: concept id and its text as written (line breaks joined).
    public struct Mention: Decodable, Sendable {
        public var concept: String
        public var text: String
    }
    /// An in-text citation: surnames as written, year as written, and the index of the
    /// reference entry it cites (nil: not in the list).
    public struct Citation: Decodable, Sendable {
        public var authors: [String]
        public var year: String
        public var ref: Int?
    }
    /// A reference-list entry with the fields the parser must find; publication details are
    /// present only where the entry prints them.
    public struct Reference: Decodable, Sendable {
        public var authors: [String]
        public var year: String?
        public var title: String?
        public var container: String?
        public var volume: String?
        public var issue: String?
        public var pages: String?
        public var publisher: String?
        public var place: String?
        public var doi: String?
        public var url: String?
    }

    /// The document's own title, byline surnames and publication year, as a reader finds them
    /// (null title or year, empty authors: the document shows none).
    public struct Metadata: Decodable, Sendable {
        public var title: String?
        public var authors: [String]
        public var year: String?
    }

    public var concepts: [Mention]
    public var citations: [Citation]
    public var references: [Reference]?
    public var metadata: Metadata?
    /// When present, only these concepts were annotated: predictions of others are not scored.
    public var conceptsScope: [String]?

    enum CodingKeys: String, CodingKey {
        case concepts, citations, references, metadata
        case conceptsScope = "concepts_scope"
    }
}

/// Precision and recall counts for one kind of annotation.
public struct Score: Sendable, Codable {
    public var truePositives = 0
    public var falsePositives = 0
    public var falseNegatives = 0

    public init() {}

    public var precision: Double { Score.ratio(truePositives, truePositives + falsePositives) }
    public var recall: Double { Score.ratio(truePositives, truePositives + falseNegatives) }
    public var f1: Double { precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall) }

    public static func + (a: Score, b: Score) -> Score {
        var sum = Score()
        sum.truePositives = a.truePositives + b.truePositives
        sum.falsePositives = a.falsePositives + b.falsePositives
        sum.falseNegatives = a.falseNegatives + b.falseNegatives
        return sum
    }

    private static func ratio(_ a: Int, _ b: Int) -> Double { b == 0 ? 1 : Double(a) / Double(b) }

    /// Compares two multisets of keys: each key counts as often as it occurs.
    static func compare(predicted: [String], gold: [String]) -> (Score, missed: [String], spurious: [String]) {
        var remaining = [String: Int]()
        for key in gold { remaining[key, default: 0] += 1 }
        var score = Score()
        var spurious = [String]()
        for key in predicted {
            if let left = remaining[key], left > 0 {
                remaining[key] = left - 1
                score.truePositives += 1
            } else {
                score.falsePositives += 1
                spurious.append(key)
            }
        }
        let missed = remaining.flatMap { Array(repeating: $0.key, count: $0.value) }.sorted()
        score.falseNegatives = missed.count
        return (score, missed, spurious)
    }
}

/// The result of comparing one document's analysis with its gold annotations.
public struct DocumentEvaluation: Sendable {
    public var path: String
    public var concepts: Score
    public var conceptsByID: [String: Score]
    public var citations: Score
    /// Reference entries of the gold found (same first author and year, or same year and title).
    public var referencesFound: Int
    public var referencesInGold: Int
    /// Entries the parser found in the document, right or wrong.
    public var referencesPredicted: Int
    /// Per field, the found entries whose value equals the gold's (see `ReferenceField`).
    public var referenceFields: [ReferenceField: Tally]
    /// Gold citations paired with a parsed one whose link is right.
    public var links: Tally
    public var missedConcepts: [String]
    public var spuriousConcepts: [String]
    public var missedCitations: [String]
    public var spuriousCitations: [String]
    public var referenceFieldErrors: [String]
    public var linkErrors: [String]
    /// Title, authors and year against the gold's; nil when the gold file has no metadata.
    public var metadata: MetadataScore?

    /// All reference fields together.
    public var referenceFieldTally: Tally { referenceFields.values.reduce(Tally(), +) }
}

/// Scores analyses against gold annotations with multiset precision and recall.
public enum GoldEvaluation {
    /// Loads the gold file of a document.
    public static func loadGold(at url: URL) throws -> GoldAnnotations {
        try JSONDecoder().decode(GoldAnnotations.self, from: Data(contentsOf: url))
    }

    /// Compares `analysis` with `gold`.
    public static func evaluate(_ analysis: DocumentAnalysis, gold: GoldAnnotations) -> DocumentEvaluation {
        let conceptKey = { (concept: String, text: String) in concept + "|" + lettersAndDigits(text) }
        let scope = gold.conceptsScope.map(Set.init)
        let predictedConcepts = analysis.concepts.filter { scope?.contains($0.concept) ?? true }
            .map { conceptKey($0.concept, $0.text) }
        let goldConcepts = gold.concepts.map { conceptKey($0.concept, $0.text) }
        let (conceptScore, missedConcepts, spuriousConcepts) = Score.compare(predicted: predictedConcepts, gold: goldConcepts)
        var byID = [String: Score]()
        for id in Set(analysis.concepts.map(\.concept)).union(gold.concepts.map(\.concept)) where scope?.contains(id) ?? true {
            let p = predictedConcepts.filter { $0.hasPrefix(id + "|") }
            let g = goldConcepts.filter { $0.hasPrefix(id + "|") }
            byID[id] = Score.compare(predicted: p, gold: g).0
        }
        let (citationScore, missedCitations, spuriousCitations) = Score.compare(
            predicted: analysis.citations.map { citationKey($0.authors, $0.year) },
            gold: gold.citations.map { citationKey($0.authors, $0.year) })
        let references = ReferenceScoring(analysis, gold: gold)
        return DocumentEvaluation(
            path: analysis.document.path, concepts: conceptScore, conceptsByID: byID, citations: citationScore,
            referencesFound: references.found, referencesInGold: gold.references?.count ?? 0,
            referencesPredicted: analysis.references.count, referenceFields: references.fields,
            links: references.links, missedConcepts: missedConcepts, spuriousConcepts: spuriousConcepts,
            missedCitations: missedCitations, spuriousCitations: spuriousCitations,
            referenceFieldErrors: references.fieldErrors, linkErrors: references.linkErrors,
            metadata: gold.metadata.map { MetadataScore(found: analysis.document.metadata, gold: $0) })
    }

    /// A citation's identity for scoring: folded surnames and the year as written, lowercased.
    static func citationKey(_ authors: [String], _ year: String) -> String {
        authors.map(lettersAndDigits).joined(separator: "+") + "|" + year.lowercased()
    }

    /// Folded letters and digits only: compares spellings across hyphen, space and case.
    static func lettersAndDigits(_ text: String) -> String {
        let folded = Folding.fold(text)
        return String(String.UnicodeScalarView(folded.unicodeScalars.filter {
            $0.properties.isAlphabetic || $0.properties.numericType != nil
        }))
    }
}
