import GRDB

/// A concept present in a sentence that holds an in-text citation: the evidence cluster labels of
/// cited works are drawn from.
public struct CitingSentenceConcept: Codable, Sendable, Hashable {
    public var sentence: Int64
    public var concept: String
}

/// How many sentences of a document mention a concept.
public struct DocumentConceptCount: Codable, Sendable, Hashable {
    public var path: String
    public var concept: String
    public var sentences: Int
}

/// A document's year and size in sentences, for cluster years and label baselines.
public struct DocumentProfile: Codable, Sendable, Hashable {
    public var path: String
    public var year: Int?
    public var sentences: Int
}

extension CorpusIndex {
    /// Distinct (sentence, concept) pairs of the sentences in scope that cite a work, by sentence
    /// then concept.
    public func citingSentenceConcepts(scope: DocumentScope = DocumentScope()) throws -> [CitingSentenceConcept] {
        let filter = Self.scopeFilter(scope, column: "c.document_id")
        return try reading { db in
            try Row.fetchAll(db, sql: """
                SELECT DISTINCT m.sentence_id, m.concept
                FROM mention m
                WHERE m.sentence_id IN (SELECT c.sentence_id FROM citation c WHERE \(filter.sql))
                ORDER BY m.sentence_id, m.concept
                """, arguments: filter.arguments).map {
                CitingSentenceConcept(sentence: $0["sentence_id"], concept: $0["concept"])
            }
        }
    }

    /// Sentences per (document, concept) in scope, by path then concept.
    public func documentConceptCounts(scope: DocumentScope = DocumentScope()) throws -> [DocumentConceptCount] {
        let filter = Self.scopeFilter(scope, column: "m.document_id")
        return try reading { db in
            try Row.fetchAll(db, sql: """
                SELECT d.path, m.concept, COUNT(DISTINCT m.sentence_id) AS sentences
                FROM mention m JOIN document d ON d.id = m.document_id
                WHERE \(filter.sql)
                GROUP BY d.path, m.concept
                ORDER BY d.path, m.concept
                """, arguments: filter.arguments).map {
                DocumentConceptCount(path: $0["path"], concept: $0["concept"], sentences: $0["sentences"])
            }
        }
    }

    /// Year and sentence count of every document in scope, by path.
    public func documentProfiles(scope: DocumentScope = DocumentScope()) throws -> [DocumentProfile] {
        let filter = Self.scopeFilter(scope, column: "d.id")
        return try reading { db in
            try Row.fetchAll(db, sql: """
                SELECT d.path, d.year, (SELECT COUNT(*) FROM sentence s WHERE s.document_id = d.id) AS sentences
                FROM document d WHERE \(filter.sql) ORDER BY d.path
                """, arguments: filter.arguments).map {
                DocumentProfile(path: $0["path"], year: $0["year"], sentences: $0["sentences"])
            }
        }
    }

    /// Publication year of every work whose year begins with four digits ("1974", "1974a"), by key.
    public func workYears() throws -> [String: Int] {
        try reading { db in
            var years = [String: Int]()
            let rows = try Row.fetchCursor(db, sql: "SELECT key, year FROM work WHERE year IS NOT NULL")
            while let row = try rows.next() {
                let text: String = row["year"]
                if let year = Int(text.prefix(4)), text.prefix(4).allSatisfy(\.isNumber) { years[row["key"]] = year }
            }
            return years
        }
    }
}
