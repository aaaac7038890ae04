import GRDB

extension CorpusIndex {
    /// The sentence co-occurrence of concepts over the whole index from the whole-index counts
    /// (``WholeIndexCounts``), the same figures ``conceptSentences(scope:)`` gives row by row;
    /// nil when this connection reads mentions inside names, which the counts leave out.
    public func storedConceptPairs() throws -> ConceptPairCounts? {
        try storedConceptPairs(scanLimit: Self.firstMentionScanLimit)
    }

    /// ``storedConceptPairs()`` with the node order's scan cut after `scanLimit` mention rows.
    func storedConceptPairs(scanLimit: Int) throws -> ConceptPairCounts? {
        guard !readsNameMentions else { return nil }
        return try reading { db in
            let sentenceUnit = WholeIndexCounts.sentenceUnit, allYears = WholeIndexCounts.allYears
            let sentences = try Int.fetchOne(db, sql: "SELECT IFNULL(SUM(units), 0) FROM unit_year WHERE unit = ?",
                                             arguments: [sentenceUnit]) ?? 0
            var totals = [String: Int]()
            for row in try Row.fetchAll(db, sql: "SELECT concept, units FROM unit_concept_year WHERE unit = ? AND year = ?",
                                        arguments: [sentenceUnit, allYears]) {
                totals[row["concept"]] = row["units"]
            }
            let rows = try Row.fetchAll(db, sql: "SELECT a, b, units FROM unit_pair_year WHERE unit = ? AND year = ?",
                                        arguments: [sentenceUnit, allYears])
            var paired = Set<String>()
            for row in rows {
                paired.insert(row["a"])
                paired.insert(row["b"])
            }
            var labels = [String: String]()
            for row in try Row.fetchAll(db, sql: "SELECT concept, MIN(label) AS label FROM concept_year GROUP BY concept") {
                labels[row["concept"]] = row["label"]
            }
            let order = try firstAppearances(of: paired, scanLimit: scanLimit, db)
            var position = [String: Int]()
            for (number, concept) in order.enumerated() { position[concept] = number }
            return ConceptPairCounts(
                sentences: sentences,
                concepts: order.map { ConceptTotal(concept: $0, label: labels[$0] ?? $0, sentences: totals[$0] ?? 0) },
                pairs: rows.compactMap { row in
                    guard let a = position[row["a"]], let b = position[row["b"]] else { return nil }
                    return ConceptPairCount(a: a, b: b, sentences: row["units"])
                })
        }
    }

    /// `concepts` in order of first mention, by document path, sentence and concept id: the
    /// order of the nodes of a network counted from the rows. Reads mentions in that order for a
    /// bounded prefix, which meets the frequent concepts (through `mention_sentence` by name: left
    /// to itself, SQLite builds an automatic index over every mention for the view's `in_name`
    /// test, 2.9 s at 1 GB); each concept not met there (a rare one,
    /// whose first mention may lie anywhere) is looked up through the concept index, and all are
    /// sorted by the same key, so the order is the full scan's without reading every mention.
    private func firstAppearances(of concepts: Set<String>, scanLimit: Int, _ db: Database) throws -> [String] {
        guard !concepts.isEmpty else { return [] }
        var first = [String: FirstMention]()
        let rows = try Row.fetchCursor(db, sql: """
            SELECT d.path, s.ordinal, m.concept FROM document d CROSS JOIN sentence s ON s.document_id = d.id
            CROSS JOIN mention_all m INDEXED BY mention_sentence ON m.sentence_id = s.id AND m.in_name = 0
            ORDER BY d.path, s.ordinal, m.concept LIMIT ?
            """, arguments: [scanLimit])
        while let row = try rows.next() {
            let concept: String = row[2]
            guard concepts.contains(concept), first[concept] == nil else { continue }
            first[concept] = FirstMention(path: row[0], ordinal: row[1], concept: concept)
            if first.count == concepts.count { break }
        }
        for concept in concepts where first[concept] == nil {
            if let row = try Row.fetchOne(db, sql: """
                SELECT d.path, s.ordinal FROM mention_all m
                CROSS JOIN sentence s ON s.id = m.sentence_id CROSS JOIN document d ON d.id = s.document_id
                WHERE m.concept = ? AND m.in_name = 0 ORDER BY d.path, s.ordinal LIMIT 1
                """, arguments: [concept]) {
                first[concept] = FirstMention(path: row[0], ordinal: row[1], concept: concept)
            }
        }
        return first.values.sorted().map(\.concept)
    }

    /// Mention rows read in path order before the rest of the concepts are looked up one by one.
    static let firstMentionScanLimit = 200_000
}

/// Where a concept is first mentioned, ordered as the rows of a network are read.
private struct FirstMention: Comparable {
    var path: String
    var ordinal: Int
    var concept: String

    /// SQLite's byte order on text (UTF-8), not Swift's Unicode-normalized comparison.
    static func < (a: FirstMention, b: FirstMention) -> Bool {
        if !a.path.utf8.elementsEqual(b.path.utf8) { return a.path.utf8.lexicographicallyPrecedes(b.path.utf8) }
        if a.ordinal != b.ordinal { return a.ordinal < b.ordinal }
        return a.concept.utf8.lexicographicallyPrecedes(b.concept.utf8)
    }
}
