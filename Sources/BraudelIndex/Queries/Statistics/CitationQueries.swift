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

    /// The paths of the documents citing each work, in path order (SQLite's byte order). The
    /// paths are read in one scan of the `document(path)` index, not from each citing document's
    /// row: a row holds its document's text, so the top works' tens of thousands of citing
    /// documents were as many page reads (0.5 s at 100 MB).
    private static func citingPaths(keys: [String], _ db: Database) throws -> [String: [String]] {
        guard !keys.isEmpty else { return [:] }
        var citing = [String: [Int64]]()
        let rows = try Row.fetchCursor(db, sql: """
            SELECT work_key, document_id FROM work_citing WHERE work_key IN (\(databaseQuestionMarks(count: keys.count)))
            """, arguments: StatementArguments(keys))
        while let row = try rows.next() { citing[row[0], default: []].append(row[1]) }
        var pathOf = [Int64: String]()
        let documents = try Row.fetchCursor(db, sql: "SELECT id, path FROM document")
        while let row = try documents.next() { pathOf[row[0]] = row[1] }
        return citing.mapValues { ids in
            ids.compactMap { pathOf[$0] }.sorted { $0.utf8.lexicographicallyPrecedes($1.utf8) }
        }
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
