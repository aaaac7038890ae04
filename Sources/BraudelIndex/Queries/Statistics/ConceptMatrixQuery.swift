import GRDB

/// Mentions of one concept in one document, with the document's year and token count.
public struct DocumentConceptMentions: Sendable, Hashable {
    public var path: String
    public var year: Int?
    public var tokens: Int
    public var concept: String
    public var mentions: Int
}

/// One indexed document's path, year and token count: the rows of a document × concept matrix.
public struct DocumentSize: Sendable, Hashable {
    public var path: String
    public var year: Int?
    public var tokens: Int
}

extension CorpusIndex {
    /// Concept mentions per document (the `mention` view: names left out unless included),
    /// by path, then mentions, most first.
    public func conceptCountsByDocument() throws -> [DocumentConceptMentions] {
        try reading { db in
            try Row.fetchAll(db, sql: """
                SELECT d.path, d.year, d.token_count, m.concept, COUNT(*) AS mentions
                FROM mention m JOIN document d ON d.id = m.document_id
                GROUP BY m.document_id, m.concept
                ORDER BY d.path, mentions DESC, m.concept
                """).map {
                DocumentConceptMentions(path: $0["path"], year: $0["year"], tokens: $0["token_count"], concept: $0["concept"],
                                     mentions: $0["mentions"])
            }
        }
    }

    /// Every document's path, year and tokens, by path (documents without mentions included).
    public func documentSizes() throws -> [DocumentSize] {
        try reading { db in
            try Row.fetchAll(db, sql: "SELECT path, year, token_count FROM document ORDER BY path").map {
                DocumentSize(path: $0["path"], year: $0["year"], tokens: $0["token_count"])
            }
        }
    }
}
