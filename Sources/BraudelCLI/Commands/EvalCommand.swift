import BraudelEvaluation
import ArgumentParser
import BraudelReports
import BraudelAnalysis
import BraudelDocuments
import Foundation

/// `braudel eval`: precision and recall against hand-annotated gold files.
struct EvalCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "eval",
        abstract: "Measure concept and citation precision/recall against gold annotations (development tool).",
        discussion: """
        Every file of CORPUS with a gold file GOLD/<file name>.json is analyzed and compared. \
        Gold format: {"concepts": [{"concept", "text"}], "citations": [{"authors", "year", "ref"}], \
        "references": [{"authors", "year", "title", "container", "volume", "issue", "pages", \
        "publisher", "place", "doi", "url"}], "metadata": {"title", "authors", "year"}, \
        "concepts_scope": [concept ids]} ("ref": index of the cited entry or null; \
        publication fields only where the entry prints them; "metadata" gives the document's own \
        title, byline surnames and year, null or empty where it shows none; "concepts_scope", when \
        present, says only those concepts were annotated, so only they are scored). \
        --only citations prints in-text citation precision/recall/F1, reference entries found, \
        per-field and overall field accuracy, and link accuracy (of the gold citations paired \
        with a found citation, the share linked to the right entry, or rightly to none). \
        --only metadata prints, for title, authors and year, the documents whose gold shows one, \
        how many were recovered, and how many values were claimed where the gold has none.
        """,
        shouldDisplay: false)

    /// What `--only` restricts the report to.
    enum Scope: String, ExpressibleByArgument, CaseIterable {
        case concepts, citations, metadata
    }

    @Argument(help: "The annotated corpus folder.") var corpus: String = "corpus"
    @Option(help: "Folder of gold files (default: CORPUS/gold).") var gold: String?
    @Option(help: "Report only concepts, only citations (with references and links), or only document metadata.")
    var only: Scope?
    @Flag(help: "List every missed and spurious annotation.") var verbose = false
    @OptionGroup var lexicon: LexiconOptions
    @OptionGroup var output: FormatOptions

    func run() throws {
        let loaded = try lexicon.load()
        let analyzer = Analyzer(lexicon: loaded)
        let evaluation = try readFailingCleanly {
            try CorpusEvaluation.run(corpus: corpus, goldFolder: gold ?? corpus + "/gold", analyzer: analyzer)
        }
        guard !evaluation.documents.isEmpty else { throw CommandFailure("\(corpus): no documents with gold files") }
        switch only {
        case .citations:
            let report = CitationEvalReport(evaluation)
            if output.format == .json { Printer.printJSON(report) } else { Printer.print(report.rows, as: output.format) }
        case .concepts:
            Printer.print(conceptRows(evaluation, ambiguous: loaded.ambiguousConceptIDs), as: output.format)
        case .metadata:
            let report = MetadataEvalReport(evaluation)
            if output.format == .json { Printer.printJSON(report) } else { Printer.print(report.rows, as: output.format) }
        case nil:
            var rows = conceptRows(evaluation, ambiguous: loaded.ambiguousConceptIDs)
            rows.append(ScoreRow(scope: "citations (all)", score: evaluation.citations))
            Printer.print(rows, as: output.format)
            if output.format == .table {
                Printer.write(String(format: "references: %.3f of gold entries found, field accuracy %.3f, links %.3f; %d documents\n",
                                     evaluation.referenceRecall, evaluation.referenceFieldAccuracy,
                                     evaluation.links.accuracy, evaluation.documents.count))
                if evaluation.documentsWithMetadata > 0 {
                    let report = MetadataEvalReport(evaluation)
                    Printer.write(String(format: "metadata: titles %d of %d, authors %d of %d, years %d of %d (spurious %d/%d/%d)\n",
                                         report.title.recovered, report.title.documents, report.authors.recovered,
                                         report.authors.documents, report.year.recovered, report.year.documents,
                                         report.title.spurious, report.authors.spurious, report.year.spurious))
                }
            }
        }
        if verbose { reportErrors(evaluation) }
    }

    private func conceptRows(_ evaluation: CorpusEvaluation, ambiguous: Set<String>) -> [ScoreRow] {
        var rows = evaluation.conceptsByID.sorted { $0.key < $1.key }.map { ScoreRow(scope: "concept:" + $0.key, score: $0.value) }
        rows.append(ScoreRow(scope: "concepts (all)", score: evaluation.concepts))
        rows.append(ScoreRow(scope: "concepts with context rules", score: evaluation.conceptScore(of: ambiguous)))
        return rows
    }

    private func reportErrors(_ evaluation: CorpusEvaluation) {
        for document in evaluation.documents {
            let name = CorpusWalker.display(document.path)
            if only == nil || only == .concepts {
                for key in document.missedConcepts { Printer.note("\(name): missed concept \(key)") }
                for key in document.spuriousConcepts { Printer.note("\(name): spurious concept \(key)") }
            }
            if only == nil || only == .metadata {
                for error in document.metadata?.errors ?? [] { Printer.note("\(name): metadata \(error)") }
            }
            if only == nil || only == .citations {
                for key in document.missedCitations { Printer.note("\(name): missed citation \(key)") }
                for key in document.spuriousCitations { Printer.note("\(name): spurious citation \(key)") }
                for error in document.referenceFieldErrors { Printer.note("\(name): reference \(error)") }
                for error in document.linkErrors { Printer.note("\(name): link \(error)") }
            }
        }
    }
}

/// Precision, recall and F1 of one scope.
struct ScoreRow: TabularRecord {
    var scope: String
    var truePositives: Int
    var falsePositives: Int
    var falseNegatives: Int
    var precision: Double
    var recall: Double
    var f1: Double

    init(scope: String, score: Score) {
        self.scope = scope
        truePositives = score.truePositives
        falsePositives = score.falsePositives
        falseNegatives = score.falseNegatives
        precision = score.precision
        recall = score.recall
        f1 = score.f1
    }

    static let columns = ["scope", "tp", "fp", "fn", "precision", "recall", "f1"]
    var cells: [String] {
        [scope, String(truePositives), String(falsePositives), String(falseNegatives),
         String(format: "%.3f", precision), String(format: "%.3f", recall), String(format: "%.3f", f1)]
    }
}
