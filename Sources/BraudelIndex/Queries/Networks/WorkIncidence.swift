import GRDB

/// The document–work incidence of a scope with documents and works numbered, read in one pass
/// over `work_citing`: the rows of ``CorpusIndex/workOccurrences(scope:)`` as pairs of integers,
/// without a path, title or label per row. Co-citation, coupling and author networks count
/// their pairs over these numbers and ask for labels only for the nodes they keep.
public struct WorkIncidence: Sendable {
    /// A document in scope.
    public struct Document: Sendable, Hashable {
        public var path: String
        public var title: String?
    }

    /// A document (position in `documents`) citing a work (position in `works`).
    public struct Link: Sendable, Hashable {
        public var document: Int32
        public var work: Int32
    }

    /// The documents in scope, in path order.
    public var documents: [Document]
    /// The cited works' keys, in key order.
    public var works: [String]
    /// Every (document, work) pair once, by document then work: the order of `workOccurrences`.
    public var links: [Link]
}

/// What a network shows of a cited work.
public struct WorkNodeDetails: Sendable, Hashable {
    public var label: String
    /// The first author as written, nil when unknown.
    public var firstAuthor: String?
}

extension CorpusIndex {
    /// The document–work incidence of the scope (see ``WorkIncidence``).
    public func workIncidence(scope: DocumentScope = DocumentScope()) throws -> WorkIncidence {
        let documentFilter = Self.scopeFilter(scope, column: "id")
        return try reading { db in
            var documents = [WorkIncidence.Document]()
            var documentNumber = [Int64: Int32]()
            for row in try Row.fetchAll(db, sql: "SELECT id, path, title FROM document WHERE \(documentFilter.sql) ORDER BY path",
                                        arguments: documentFilter.arguments) {
                documentNumber[row["id"]] = Int32(documents.count)
                documents.append(WorkIncidence.Document(path: row["path"], title: row["title"]))
            }
            var workNumber = [String: Int32]()
            var keys = [String]()
            var links = [WorkIncidence.Link]()
            let rows = try Row.fetchCursor(db, sql: """
                SELECT c.document_id, c.work_key FROM work_citing c JOIN work w ON w.key = c.work_key
                """)
            while let row = try rows.next() {
                guard let document = documentNumber[row[0]] else { continue }
                let key: String = row[1]
                let work = workNumber[key] ?? Int32(keys.count)
                if work == Int32(keys.count) {
                    workNumber[key] = work
                    keys.append(key)
                }
                links.append(WorkIncidence.Link(document: document, work: work))
            }
            // Works renumbered in SQLite's key order (UTF-8 bytes), links sorted as the rows of
            // `workOccurrences` come.
            let order = keys.indices.sorted { keys[$0].utf8.lexicographicallyPrecedes(keys[$1].utf8) }
            var renumbered = [Int32](repeating: 0, count: keys.count)
            for (new, old) in order.enumerated() { renumbered[old] = Int32(new) }
            for index in links.indices { links[index].work = renumbered[Int(links[index].work)] }
            links.sort { ($0.document, $0.work) < ($1.document, $1.work) }
            return WorkIncidence(documents: documents, works: order.map { keys[$0] }, links: links)
        }
    }

    /// Labels and first authors of the works with these keys, in the same order.
    public func workNodeDetails(keys: [String]) throws -> [WorkNodeDetails] {
        try reading { db in
            let statement = try db.cachedStatement(sql: """
                SELECT key, authors, year, title AS work_title, first_author FROM work WHERE key = ?
                """)
            return try keys.map { key in
                guard let row = try Row.fetchOne(statement, arguments: [key]) else { return WorkNodeDetails(label: key) }
                return WorkNodeDetails(label: Self.networkWorkLabel(row), firstAuthor: row["first_author"])
            }
        }
    }
}

extension WorkNodeDetails {
    init(label: String) { self.init(label: label, firstAuthor: nil) }
}
