import GRDB

extension CorpusIndex {
    /// The most cited works: by number of citing documents, then in-text citations, then key.
    public func topCitedWorks(top: Int? = nil) throws -> [CitedWork] {
        try reading { db in
            let rows = try Row.fetchAll(db, sql: """
                SELECT w.key, w.authors, w.year, w.title, SUM(c.citations) AS citations,
                       COUNT(*) AS documents
                FROM work_citing c JOIN work w ON w.key = c.work_key
                GROUP BY w.key
                ORDER BY documents DESC, citations DESC, w.key
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

    /// Document → work edges of the citation network, by document path then work key.
    public func citationEdges() throws -> [CitationEdge] {
        try reading { db in
            try Row.fetchAll(db, sql: """
                SELECT d.path, d.title, w.key, w.authors, w.year, w.title AS work_title,
                       MAX(c.citations, 1) AS count
                FROM work_citing c
                JOIN document d ON d.id = c.document_id
                JOIN work w ON w.key = c.work_key
                ORDER BY d.path, w.key
                """).map { row in
                CitationEdge(path: row["path"], title: row["title"], work: row["key"],
                             workLabel: Self.workLabel(row), count: row["count"])
            }
        }
    }

    /// Pairs of works cited by the same documents, with how many documents cite both and
    /// Salton's cosine (both / √(citing a × citing b)); most co-cited first. Computed in SQL as a
    /// self-join of `work_citing` on the document.
    public func cocitationPairs(minCount: Int = 1) throws -> [CocitationPair] {
        try reading { db in
            let labels = try Self.workLabels(db)
            return try Row.fetchAll(db, sql: """
                WITH citing AS (SELECT work_key, COUNT(*) AS n FROM work_citing GROUP BY work_key),
                     pair AS (
                        SELECT x.work_key AS a, y.work_key AS b, COUNT(*) AS documents
                        FROM work_citing x
                        JOIN work_citing y ON y.document_id = x.document_id AND x.work_key < y.work_key
                        GROUP BY x.work_key, y.work_key HAVING COUNT(*) >= ?)
                SELECT pair.a, pair.b, pair.documents, ca.n AS n_a, cb.n AS n_b
                FROM pair JOIN citing ca ON ca.work_key = pair.a JOIN citing cb ON cb.work_key = pair.b
                ORDER BY pair.documents DESC, pair.a, pair.b
                """, arguments: [max(1, minCount)]).map { row in
                let a: String = row["a"], b: String = row["b"], documents: Int = row["documents"]
                return CocitationPair(a: a, aLabel: labels[a] ?? a, b: b, bLabel: labels[b] ?? b, documents: documents,
                                      cosine: Self.cosine(documents, row["n_a"], row["n_b"]))
            }
        }
    }

    /// Pairs of documents citing the same works (bibliographic coupling), with the number of
    /// shared works and Salton's cosine over each document's cited works; most shared first.
    public func couplingPairs(minCount: Int = 1) throws -> [CouplingPair] {
        try reading { db in
            try Row.fetchAll(db, sql: """
                WITH cites AS (SELECT document_id, COUNT(*) AS n FROM work_citing GROUP BY document_id),
                     pair AS (
                        SELECT x.document_id AS a, y.document_id AS b, COUNT(*) AS works
                        FROM work_citing x
                        JOIN work_citing y ON y.work_key = x.work_key AND x.document_id < y.document_id
                        GROUP BY x.document_id, y.document_id HAVING COUNT(*) >= ?)
                SELECT da.path AS a, da.title AS a_title, db.path AS b, db.title AS b_title, pair.works,
                       ca.n AS n_a, cb.n AS n_b
                FROM pair
                JOIN document da ON da.id = pair.a JOIN document db ON db.id = pair.b
                JOIN cites ca ON ca.document_id = pair.a JOIN cites cb ON cb.document_id = pair.b
                """, arguments: [max(1, minCount)]).map { row in
                let a: String = row["a"], b: String = row["b"], works: Int = row["works"]
                // Document ids follow indexing order; report each pair with paths in order.
                let (first, second) = a < b ? (a, b) : (b, a)
                let (firstTitle, secondTitle): (String?, String?) = a < b
                    ? (row["a_title"], row["b_title"]) : (row["b_title"], row["a_title"])
                return CouplingPair(a: first, aTitle: firstTitle, b: second, bTitle: secondTitle, works: works,
                                    cosine: Self.cosine(works, row["n_a"], row["n_b"]))
            }.sorted { ($1.works, $0.a, $0.b) < ($0.works, $1.a, $1.b) }
        }
    }

    private static func cosine(_ shared: Int, _ a: Int, _ b: Int) -> Double {
        a > 0 && b > 0 ? Double(shared) / (Double(a) * Double(b)).squareRoot() : 0
    }

    /// Display labels of all works, computed once per query rather than once per pair.
    private static func workLabels(_ db: Database) throws -> [String: String] {
        var labels = [String: String]()
        for row in try Row.fetchAll(db, sql: "SELECT key, authors, year, title AS work_title FROM work") {
            labels[row["key"]] = workLabel(row)
        }
        return labels
    }

    private static func workLabel(_ row: Row) -> String {
        WorkLabel.make(key: row["key"], authors: JSONStrings.decode(row["authors"]),
                       year: row["year"], title: row["work_title"])
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
