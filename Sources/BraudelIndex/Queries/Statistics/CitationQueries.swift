import GRDB

extension CorpusIndex {
    /// The most cited works: by number of citing documents, then in-text citations, then key
    /// (read down the `work_total_rank` index of the whole-index counts).
    public func topCitedWorks(top: Int? = nil) throws -> [CitedWork] {
        try reading { db in
            let rows = try Row.fetchAll(db, sql: """
                SELECT w.key, w.authors, w.year, w.title, t.citations, t.documents
                FROM work_total t JOIN work w ON w.key = t.work_key
                ORDER BY t.documents DESC, t.citations DESC, t.work_key
                LIMIT ?
                """, arguments: [top ?? -1])
            let paths = try Self.citingPaths(keys: rows.map { $0["key"] }, db)
            return rows.map { row in
                let key: String = row["key"]
                let authors = JSONStrings.decode(row["authors"])
                return CitedWork(key: key, label: WorkLabel.make(key: key, authors: authors,
                                                                 year: row["year"], title: row["title"]),
                                 authors: authors, year: row["year"], title: row["title"],
                                 citations: row["citations"], documents: row["documents"],
                                 paths: paths[key] ?? [])
            }
        }
    }

    private static func citingPaths(keys: [String], _ db: Database) throws -> [String: [String]] {
        guard !keys.isEmpty else { return [:] }
        var paths = [String: [String]]()
        let rows = try Row.fetchAll(db, sql: """
            SELECT c.work_key, d.path FROM work_citing c JOIN document d ON d.id = c.document_id
            WHERE c.work_key IN (\(databaseQuestionMarks(count: keys.count)))
            ORDER BY d.path
            """, arguments: StatementArguments(keys))
        for row in rows { paths[row["work_key"], default: []].append(row["path"]) }
        return paths
    }
}

/// A cited work's display label: "Chase-Dunn and Hall 1997, Rise and Demise".
enum WorkLabel {
    static func make(key: String, authors: [String], year: String?, title: String?) -> String {
        let names: String
        switch authors.count {
        case 0: names = ""
        case 1: names = authors[0]
        case 2: names = "\(authors[0]) and \(authors[1])"
        default: names = "\(authors[0]) et al."
        }
        let head = [names, year ?? ""].filter { !$0.isEmpty }.joined(separator: " ")
        guard !head.isEmpty else { return title ?? key }
        guard let title, !title.isEmpty else { return head }
        return "\(head), \(title)"
    }
}
