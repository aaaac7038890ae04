import BraudelEvaluation
import BraudelReports
import BraudelAnalysis
import Foundation

/// The citation side of `braudel eval`: in-text citations, reference entries and their fields,
/// and links, in one value that prints as a table or as JSON.
struct CitationEvalReport: Encodable {
    struct Citations: Encodable {
        var truePositives: Int
        var falsePositives: Int
        var falseNegatives: Int
        var precision: Double
        var recall: Double
        var f1: Double
    }
    struct References: Encodable {
        var gold: Int
        var predicted: Int
        var found: Int
        var recall: Double
    }
    struct Accuracy: Encodable {
        var correct: Int
        var total: Int
        var accuracy: Double

        init(_ tally: Tally) {
            correct = tally.correct
            total = tally.total
            accuracy = tally.accuracy
        }
    }

    var documents: Int
    var citations: Citations
    var references: References
    /// Per field, in `ReferenceField` order (JSON keys are sorted anyway).
    var fields: [String: Accuracy]
    var fieldsOverall: Accuracy
    var links: Accuracy

    init(_ evaluation: CorpusEvaluation) {
        let score = evaluation.citations
        documents = evaluation.documents.count
        citations = Citations(truePositives: score.truePositives, falsePositives: score.falsePositives,
                              falseNegatives: score.falseNegatives, precision: score.precision,
                              recall: score.recall, f1: score.f1)
        references = References(gold: evaluation.referencesInGold, predicted: evaluation.referencesPredicted,
                                found: evaluation.referencesFound, recall: evaluation.referenceRecall)
        let tallies = evaluation.referenceFields
        var fields = [String: Accuracy]()
        for field in ReferenceField.allCases { fields[field.rawValue] = Accuracy(tallies[field] ?? Tally()) }
        self.fields = fields
        fieldsOverall = Accuracy(tallies.values.reduce(Tally(), +))
        links = Accuracy(evaluation.links)
    }

    /// One row per measure: what was counted, how many right, the rate.
    var rows: [MeasureRow] {
        var rows = [
            MeasureRow(measure: "in-text citations P", right: citations.truePositives,
                       counted: citations.truePositives + citations.falsePositives, value: citations.precision),
            MeasureRow(measure: "in-text citations R", right: citations.truePositives,
                       counted: citations.truePositives + citations.falseNegatives, value: citations.recall),
            MeasureRow(measure: "in-text citations F1", right: nil, counted: nil, value: citations.f1),
            MeasureRow(measure: "reference entries found", right: references.found, counted: references.gold,
                       value: references.recall),
        ]
        for field in ReferenceField.allCases {
            let tally = fields[field.rawValue]!
            rows.append(MeasureRow(measure: "field " + field.rawValue, right: tally.correct, counted: tally.total,
                                   value: tally.accuracy))
        }
        rows.append(MeasureRow(measure: "fields (all)", right: fieldsOverall.correct, counted: fieldsOverall.total,
                               value: fieldsOverall.accuracy))
        rows.append(MeasureRow(measure: "links", right: links.correct, counted: links.total, value: links.accuracy))
        return rows
    }
}

/// One measure of the citation report.
struct MeasureRow: TabularRecord {
    var measure: String
    var right: Int?
    var counted: Int?
    var value: Double

    static let columns = ["measure", "right", "counted", "value"]
    var cells: [String] {
        [measure, right.map(String.init) ?? "", counted.map(String.init) ?? "", String(format: "%.3f", value)]
    }
}
