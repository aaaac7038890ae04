import BraudelIndex

/// One document's metadata and the source of each value (`stats --metadata`): `sidecar` for the
/// researcher's library, `document` for what the document itself says; every key present.
public struct DocumentMetadataRow: TabularRecord {
    public var row: DocumentMetadataSources
    public init(_ row: DocumentMetadataSources) { self.row = row }

    public static let columns = [
        "path", "title", "title_source", "authors", "authors_source", "year", "year_source", "container", "doi",
        "language", "keywords", "matched_by", "score", "sidecar", "entry_line", "entry_key",
    ]
    public var cells: [String] {
        [displayPath(row.path), row.title ?? "", row.titleSource ?? "", Cell.json(row.authors), row.authorsSource ?? "",
         Cell.int(row.year), row.yearSource ?? "", row.container ?? "", row.doi ?? "", row.language ?? "",
         Cell.json(row.keywords), row.matchedBy ?? "", Cell.exact(row.score), row.sidecar.map(displayPath) ?? "",
         Cell.int(row.entryLine), row.entryKey ?? ""]
    }
    public static let tableColumns = ["path", "title_source", "authors_source", "year", "year_source", "matched_by", "entry_key"]
    public var tableCells: [String] {
        [displayPath(row.path), row.titleSource ?? "", row.authorsSource ?? "", Cell.int(row.year), row.yearSource ?? "",
         row.matchedBy ?? "", row.entryKey ?? ""]
    }

    public enum Keys: String, CodingKey {
        case path, title, titleSource, authors, authorsSource, year, yearSource, container, doi, language, keywords
        case matchedBy, score, sidecar, entryLine, entryKey
    }
    public func encode(to encoder: Encoder) throws {
        var c = encoder.container(keyedBy: Keys.self)
        try c.encode(displayPath(row.path), forKey: .path)
        try c.encode(row.title, forKey: .title)
        try c.encode(row.titleSource, forKey: .titleSource)
        try c.encode(row.authors, forKey: .authors)
        try c.encode(row.authorsSource, forKey: .authorsSource)
        try c.encode(row.year, forKey: .year)
        try c.encode(row.yearSource, forKey: .yearSource)
        try c.encode(row.container, forKey: .container)
        try c.encode(row.doi, forKey: .doi)
        try c.encode(row.language, forKey: .language)
        try c.encode(row.keywords, forKey: .keywords)
        try c.encode(row.matchedBy, forKey: .matchedBy)
        try c.encode(row.score, forKey: .score)
        try c.encode(row.sidecar.map(displayPath), forKey: .sidecar)
        try c.encode(row.entryLine, forKey: .entryLine)
        try c.encode(row.entryKey, forKey: .entryKey)
    }
}
