import GRDB

extension CorpusIndex {
    /// The sentence co-occurrence of concepts over the whole index from the whole-index counts
    /// (``WholeIndexCounts``), the same figures ``conceptSentences(scope:)`` gives row by row;
    /// nil when this connection reads mentions inside names, which the counts leave out.
    public func storedConceptPairs() throws -> ConceptPairCounts? {
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
            let order = try firstAppearances(of: paired, db)
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
    /// order of the nodes of a network counted from the rows. Reads documents in path order
    /// only until each concept has been met.
    private func firstAppearances(of concepts: Set<String>, _ db: Database) throws -> [String] {
        var order = [String]()
        var seen = Set<String>()
        guard !concepts.isEmpty else { return order }
        let rows = try String.fetchCursor(db, sql: """
            SELECT m.concept FROM document d CROSS JOIN sentence s ON s.document_id = d.id
            CROSS JOIN mention m ON m.sentence_id = s.id
            ORDER BY d.path, s.ordinal, m.concept
            """)
        while let concept = try rows.next() {
            guard concepts.contains(concept), seen.insert(concept).inserted else { continue }
            order.append(concept)
            if order.count == concepts.count { break }
        }
        return order
    }
}
