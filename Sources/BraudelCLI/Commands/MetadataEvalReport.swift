import BraudelAnalysis
import BraudelEvaluation
import BraudelReports

/// The metadata side of `braudel eval`: for title, authors and year, the documents whose gold
/// shows one, how many the tool recovered, and how many values it claimed where the gold has none.
struct MetadataEvalReport: Encodable {
    struct Field: Encodable {
        var recovered: Int
        var documents: Int
        var rate: Double
        var spurious: Int

        init(_ tally: Tally, spurious: Int) {
            recovered = tally.correct
            documents = tally.total
            rate = tally.accuracy
            self.spurious = spurious
        }
    }

    var documents: Int
    var title: Field
    var authors: Field
    var year: Field

    init(_ evaluation: CorpusEvaluation) {
        let score = evaluation.metadata
        documents = evaluation.documentsWithMetadata
        title = Field(score.titles, spurious: score.spuriousTitles)
        authors = Field(score.authors, spurious: score.spuriousAuthors)
        year = Field(score.years, spurious: score.spuriousYears)
    }

    /// One row per field.
    var rows: [MetadataRow] {
        [("title", title), ("authors", authors), ("year", year)].map {
            MetadataRow(field: $0.0, recovered: $0.1.recovered, documents: $0.1.documents, rate: $0.1.rate,
                        spurious: $0.1.spurious)
        }
    }
}

/// One field of the metadata report.
struct MetadataRow: TabularRecord {
    var field: String
    var recovered: Int
    var documents: Int
    var rate: Double
    var spurious: Int

    static let columns = ["field", "recovered", "documents", "rate", "spurious"]
    var cells: [String] {
        [field, String(recovered), String(documents), String(format: "%.3f", rate), String(spurious)]
    }
}
