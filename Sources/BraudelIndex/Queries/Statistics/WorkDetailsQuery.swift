import GRDB

/// A cited work's publication details, from the fullest reference entry listing it.
public struct WorkDetails: Sendable, Hashable {
    public var container: String?
    public var volume: String?
    public var issue: String?
    public var pages: String?
    public var publisher: String?
    public var place: String?
    public var doi: String?
    public var url: String?
}

extension CorpusIndex {
    /// Details of the works `keys`, each from the entry with a DOI first, then the most details.
    public func workDetails(keys: [String]) throws -> [String: WorkDetails] {
        guard !keys.isEmpty else { return [:] }
        return try reading { db in
            var details = [String: WorkDetails]()
            let rows = try Row.fetchAll(db, sql: """
                SELECT work_key, container, volume, issue, pages, publisher, place, doi, url FROM reference
                WHERE work_key IN (\(databaseQuestionMarks(count: keys.count)))
                ORDER BY work_key, doi IS NULL, (container IS NULL) + (volume IS NULL) + (pages IS NULL) + (publisher IS NULL), id
                """, arguments: StatementArguments(keys))
            for row in rows {
                let key: String = row["work_key"]
                guard details[key] == nil else { continue }
                details[key] = WorkDetails(container: row["container"], volume: row["volume"], issue: row["issue"],
                                           pages: row["pages"], publisher: row["publisher"], place: row["place"],
                                           doi: row["doi"], url: row["url"])
            }
            return details
        }
    }
}
