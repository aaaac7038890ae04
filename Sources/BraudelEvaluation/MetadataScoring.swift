import BraudelAnalysis
import BraudelDocuments
import BraudelText

/// How a document's recovered metadata compares with its gold: for each of title, authors and
/// year, whether the gold has one, whether the tool found it, and whether the tool claimed one
/// the document does not show (a navigation line taken as title, a publisher taken as author).
public struct MetadataScore: Sendable, Codable, Equatable {
    /// Documents whose gold has the field, and of those the ones recovered.
    public var titles = Tally()
    public var authors = Tally()
    public var years = Tally()
    /// The tool gave a value where the gold has none.
    public var spuriousTitles = 0
    public var spuriousAuthors = 0
    public var spuriousYears = 0
    /// One line per error, for `eval --verbose`.
    public var errors: [String] = []

    public init() {}

    public static func + (a: MetadataScore, b: MetadataScore) -> MetadataScore {
        var sum = MetadataScore()
        sum.titles = a.titles + b.titles
        sum.authors = a.authors + b.authors
        sum.years = a.years + b.years
        sum.spuriousTitles = a.spuriousTitles + b.spuriousTitles
        sum.spuriousAuthors = a.spuriousAuthors + b.spuriousAuthors
        sum.spuriousYears = a.spuriousYears + b.spuriousYears
        sum.errors = a.errors + b.errors
        return sum
    }

    /// Scores `found` against `gold`. A title counts when its folded letters and digits equal the
    /// gold's; authors when there are as many as the byline names and every gold surname ends
    /// one found name (or begins one written "Surname, Given"); the year when equal.
    init(found: DocumentMetadata, gold: GoldAnnotations.Metadata) {
        let foundTitle = found.title.map(GoldEvaluation.lettersAndDigits).flatMap { $0.isEmpty ? nil : $0 }
        if let title = gold.title {
            let right = foundTitle == GoldEvaluation.lettersAndDigits(title)
            titles.count(right)
            if !right { errors.append("title \(found.title.map { "\"\($0)\"" } ?? "missing"), gold \"\(title)\"") }
        } else if let title = found.title, foundTitle != nil {
            spuriousTitles += 1
            errors.append("spurious title \"\(title)\"")
        }
        if !gold.authors.isEmpty {
            let right = Self.sameAuthors(found.authors, gold.authors)
            authors.count(right)
            if !right { errors.append("authors \(found.authors), gold \(gold.authors)") }
        } else if !found.authors.isEmpty {
            spuriousAuthors += 1
            errors.append("spurious authors \(found.authors)")
        }
        if let year = gold.year {
            let right = found.year.map(String.init) == year
            years.count(right)
            if !right { errors.append("year \(found.year.map(String.init) ?? "missing"), gold \(year)") }
        } else if let year = found.year {
            spuriousYears += 1
            errors.append("spurious year \(year)")
        }
    }

    private static func sameAuthors(_ found: [String], _ gold: [String]) -> Bool {
        guard found.count == gold.count else { return false }
        let names = found.map(nameWords)
        return gold.allSatisfy { surname in
            let wanted = nameWords(surname)
            return names.contains { name in
                name.words.count >= wanted.words.count
                    && (name.commaForm ? Array(name.words.prefix(wanted.words.count)) == wanted.words
                                       : Array(name.words.suffix(wanted.words.count)) == wanted.words)
            }
        }
    }

    /// A name as folded words; "Surname, Given" keeps the surname first.
    private static func nameWords(_ name: String) -> (words: [String], commaForm: Bool) {
        let words = name.split(whereSeparator: { $0 == " " || $0 == "," })
            .map { GoldEvaluation.lettersAndDigits(String($0)) }.filter { !$0.isEmpty }
        return (words, name.contains(","))
    }
}
