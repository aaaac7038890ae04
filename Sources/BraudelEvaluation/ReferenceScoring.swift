import BraudelAnalysis
import BraudelCitations

/// How many values of one kind were right out of those counted.
public struct Tally: Sendable, Codable, Equatable {
    public var correct = 0
    public var total = 0

    public init(correct: Int = 0, total: Int = 0) {
        self.correct = correct
        self.total = total
    }

    /// Share right; 1 when nothing was counted (no evidence of error).
    public var accuracy: Double { total == 0 ? 1 : Double(correct) / Double(total) }

    public static func + (a: Tally, b: Tally) -> Tally { Tally(correct: a.correct + b.correct, total: a.total + b.total) }

    mutating func count(_ right: Bool) {
        total += 1
        if right { correct += 1 }
    }
}

/// The fields of a reference entry the gold annotates, in report order.
public enum ReferenceField: String, CaseIterable, Sendable, Codable {
    case authors, year, title, container, volume, issue, pages, publisher, place, doi, url

    /// Authors, year and title are scored for every found entry; the publication details only
    /// where the gold or the tool gives them, so an entry without a DOI does not inflate the
    /// DOI accuracy by being absent on both sides.
    var alwaysScored: Bool { self == .authors || self == .year || self == .title }

    /// The field's value in an entry, folded for comparison (authors joined by "+").
    func value(_ entry: some ReferenceFieldValues) -> String? {
        let fold = GoldEvaluation.lettersAndDigits
        switch self {
        case .authors: return entry.authors.map(fold).joined(separator: "+")
        case .year: return entry.year
        case .title: return entry.title.map(fold)
        case .container: return entry.container.map(fold)
        case .volume: return entry.volume.map(fold)
        case .issue: return entry.issue.map(fold)
        case .pages: return entry.pages.map(fold)
        case .publisher: return entry.publisher.map(fold)
        case .place: return entry.place.map(fold)
        case .doi: return entry.doi.map(fold)
        case .url: return entry.url.map(fold)
        }
    }
}

/// The annotated fields, as both a gold entry and a parsed entry hold them.
protocol ReferenceFieldValues {
    var authors: [String] { get }
    var year: String? { get }
    var title: String? { get }
    var container: String? { get }
    var volume: String? { get }
    var issue: String? { get }
    var pages: String? { get }
    var publisher: String? { get }
    var place: String? { get }
    var doi: String? { get }
    var url: String? { get }
}

extension GoldAnnotations.Reference: ReferenceFieldValues {}
extension ReferenceEntry: ReferenceFieldValues {}

/// Reference fields and citation links of one document scored against its gold.
struct ReferenceScoring {
    var found = 0
    var fields: [ReferenceField: Tally] = [:]
    var links = Tally()
    var fieldErrors: [String] = []
    var linkErrors: [String] = []

    init(_ analysis: DocumentAnalysis, gold: GoldAnnotations) {
        let goldEntries = gold.references ?? []
        let pairs = Self.pairEntries(gold: goldEntries, predicted: analysis.references)
        found = pairs.count
        for (goldIndex, predictedIndex) in pairs.sorted(by: { $0.key < $1.key }) {
            scoreFields(goldEntries[goldIndex], analysis.references[predictedIndex])
        }
        var goldOfPredicted = [Int: Int]()
        for (goldIndex, predictedIndex) in pairs { goldOfPredicted[predictedIndex] = goldIndex }
        scoreLinks(analysis.citations, gold: gold, goldOfPredicted: goldOfPredicted)
    }

    /// Gold entry index → parsed entry index. An entry is found by its first author and year
    /// (the title decides between several); failing that, by year and title, so an entry whose
    /// authors were misread is still found and its authors scored wrong.
    static func pairEntries(gold: [GoldAnnotations.Reference], predicted: [ReferenceEntry]) -> [Int: Int] {
        var unused = Set(predicted.indices)
        var pairs = [Int: Int]()
        let firstAuthor = { (authors: [String]) in authors.first.map(GoldEvaluation.lettersAndDigits) ?? "" }
        let title = { (title: String?) in GoldEvaluation.lettersAndDigits(title ?? "") }
        let passes: [(GoldAnnotations.Reference, ReferenceEntry) -> Bool] = [
            { firstAuthor($0.authors) == firstAuthor($1.authors) && $0.year == $1.year },
            { $0.year == $1.year && !title($0.title).isEmpty && title($0.title) == title($1.title) },
        ]
        for matches in passes {
            for (goldIndex, entry) in gold.enumerated() where pairs[goldIndex] == nil {
                let candidates = unused.sorted().filter { matches(entry, predicted[$0]) }
                guard let chosen = candidates.first(where: { title(predicted[$0].title) == title(entry.title) })
                    ?? candidates.first else { continue }
                pairs[goldIndex] = chosen
                unused.remove(chosen)
            }
        }
        return pairs
    }

    private mutating func scoreFields(_ gold: GoldAnnotations.Reference, _ entry: ReferenceEntry) {
        for field in ReferenceField.allCases {
            let expected = field.value(gold), found = field.value(entry)
            guard field.alwaysScored || expected != nil || found != nil else { continue }
            let right = expected == found
            fields[field, default: Tally()].count(right)
            if !right {
                let label = (gold.authors.first ?? "?") + " " + (gold.year ?? "?")
                fieldErrors.append("\(label) \(field.rawValue): gold \(expected ?? "—") ≠ found \(found ?? "—")")
            }
        }
    }

    /// Gold citations are paired in order with parsed citations of the same authors and year;
    /// a paired citation's link is right when it names the parsed entry paired with the gold
    /// entry, or names none when the gold links none.
    private mutating func scoreLinks(_ citations: [InTextCitation], gold: GoldAnnotations, goldOfPredicted: [Int: Int]) {
        var queues = [String: [Int]]()
        for (index, citation) in citations.enumerated().reversed() {
            queues[GoldEvaluation.citationKey(citation.authors, citation.year), default: []].append(index)
        }
        for citation in gold.citations {
            let key = GoldEvaluation.citationKey(citation.authors, citation.year)
            guard let index = queues[key]?.popLast() else { continue }
            let predicted = citations[index].reference
            let right = citation.ref == nil ? predicted == nil : predicted.flatMap { goldOfPredicted[$0] } == citation.ref
            links.count(right)
            if !right {
                let target = predicted.map { goldOfPredicted[$0].map(String.init) ?? "unmatched entry \($0)" } ?? "none"
                linkErrors.append("\(key): gold ref \(citation.ref.map(String.init) ?? "none") ≠ linked \(target)")
            }
        }
    }
}
