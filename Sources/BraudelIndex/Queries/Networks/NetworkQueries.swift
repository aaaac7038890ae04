import GRDB

extension CorpusIndex {
    /// Every (document, cited work) pair in scope with the work's label and first author, by path
    /// then key. The networks of documents, works and authors are all drawn from these rows.
    public func workOccurrences(scope: DocumentScope = DocumentScope()) throws -> [WorkOccurrence] {
        let filter = Self.scopeFilter(scope, column: "c.document_id")
        return try reading { db in
            try Row.fetchAll(db, sql: """
                SELECT d.path, d.title, w.key, w.authors, w.year, w.title AS work_title, w.first_author,
                       MAX(c.citations, 1) AS count
                FROM work_citing c
                JOIN document d ON d.id = c.document_id
                JOIN work w ON w.key = c.work_key
                WHERE \(filter.sql)
                ORDER BY d.path, w.key
                """, arguments: filter.arguments).map { row in
                WorkOccurrence(path: row["path"], title: row["title"], work: row["key"],
                               workLabel: Self.networkWorkLabel(row), firstAuthor: row["first_author"],
                               citations: row["count"])
            }
        }
    }

    /// The distinct (sentence, cited work) pairs of the in-text citations in scope, by document
    /// path, sentence and key — never by row id, which depends on the order documents were
    /// indexed in, so that a graph is byte-identical however its index was built: works cited
    /// together in one sentence, the unit of sentence-level co-citation.
    /// Works a document only lists in its references belong to no sentence and are left out.
    public func workSentences(scope: DocumentScope = DocumentScope()) throws -> [WorkSentenceOccurrence] {
        let filter = Self.scopeFilter(scope, column: "c.document_id")
        return try reading { db in
            try Row.fetchAll(db, sql: """
                SELECT DISTINCT c.sentence_id, w.key, w.authors, w.year, w.title AS work_title, d.path, s.ordinal
                FROM citation c JOIN work w ON w.key = c.work_key
                JOIN sentence s ON s.id = c.sentence_id JOIN document d ON d.id = s.document_id
                WHERE \(filter.sql)
                ORDER BY d.path, s.ordinal, w.key
                """, arguments: filter.arguments).map { row in
                WorkSentenceOccurrence(sentence: row["sentence_id"], work: row["key"], workLabel: Self.networkWorkLabel(row))
            }
        }
    }

    /// The distinct (sentence, concept) pairs of the documents in scope, by document path,
    /// sentence and concept (not row id, as above),
    /// with the number of sentences in scope (the denominator of co-occurrence probabilities).
    public func conceptSentences(scope: DocumentScope = DocumentScope()) throws -> ConceptSentences {
        let mentionFilter = Self.scopeFilter(scope, column: "m.document_id")
        let sentenceFilter = Self.scopeFilter(scope, column: "document_id")
        return try reading { db in
            let total = try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM sentence WHERE \(sentenceFilter.sql)",
                                         arguments: sentenceFilter.arguments) ?? 0
            let rows = try Row.fetchAll(db, sql: """
                WITH label AS (SELECT concept, MIN(label) AS label FROM mention GROUP BY concept)
                SELECT DISTINCT m.sentence_id, m.concept, label.label, d.path, s.ordinal
                FROM mention m JOIN label ON label.concept = m.concept
                JOIN sentence s ON s.id = m.sentence_id JOIN document d ON d.id = s.document_id
                WHERE \(mentionFilter.sql)
                ORDER BY d.path, s.ordinal, m.concept
                """, arguments: mentionFilter.arguments)
            return ConceptSentences(sentences: total, occurrences: rows.map {
                ConceptOccurrence(sentence: $0["sentence_id"], concept: $0["concept"], label: $0["label"])
            })
        }
    }

    /// Concept × cited work pairs: a pair counts each sentence in scope that mentions the concept
    /// and holds an in-text citation of the work. Heaviest first, then by concept and key.
    public func conceptWorkPairs(scope: DocumentScope = DocumentScope(), minCount: Int = 1) throws -> [ConceptWorkPair] {
        let filter = Self.scopeFilter(scope, column: "c.document_id")
        return try reading { db in
            try Row.fetchAll(db, sql: """
                WITH label AS (SELECT concept, MIN(label) AS label FROM mention GROUP BY concept),
                     pair AS (
                        SELECT m.concept, c.work_key, COUNT(DISTINCT c.sentence_id) AS sentences
                        FROM citation c JOIN mention m ON m.sentence_id = c.sentence_id
                        WHERE \(filter.sql)
                        GROUP BY m.concept, c.work_key HAVING COUNT(DISTINCT c.sentence_id) >= ?)
                SELECT pair.concept, label.label AS concept_label, pair.sentences,
                       w.key, w.authors, w.year, w.title AS work_title
                FROM pair JOIN label ON label.concept = pair.concept JOIN work w ON w.key = pair.work_key
                ORDER BY pair.sentences DESC, pair.concept, w.key
                """, arguments: filter.arguments + [max(1, minCount)]).map { row in
                ConceptWorkPair(concept: row["concept"], conceptLabel: row["concept_label"], work: row["key"],
                                workLabel: Self.networkWorkLabel(row), sentences: row["sentences"])
            }
        }
    }

    /// A SQL condition on a document id column restricting it to the scope, with its arguments.
    static func scopeFilter(_ scope: DocumentScope, column: String) -> (sql: String, arguments: StatementArguments) {
        var conditions = [String]()
        var arguments = StatementArguments()
        if let years = scope.years {
            conditions.append("year BETWEEN ? AND ?")
            arguments += [years.lowerBound, years.upperBound]
        }
        if let concept = scope.concept {
            conditions.append("id IN (SELECT document_id FROM mention WHERE concept = ?)")
            arguments += [concept]
        }
        guard !conditions.isEmpty else { return ("1", arguments) }
        return ("\(column) IN (SELECT id FROM document WHERE \(conditions.joined(separator: " AND ")))", arguments)
    }

    static func networkWorkLabel(_ row: Row) -> String {
        WorkLabel.make(key: row["key"], authors: JSONStrings.decode(row["authors"]),
                       year: row["year"], title: row["work_title"])
    }
}
