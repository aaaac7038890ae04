import BraudelText
import Foundation
import GRDB

extension CorpusIndex {
    /// Sentences satisfying `query`, ranked by the BM25 score of its words (best first) and, for
    /// sentences no word of the query scores, in document order after them. `concepts` maps a
    /// concept id of the query to the ids it stands for (e.g. with narrower concepts); an id not
    /// in it stands for itself. `limit` nil returns all.
    public func search(_ query: SearchQuery, expanding concepts: [String: [String]] = [:],
                       limit: Int? = nil) throws -> [QueryHit] {
        try matching(query.text) {
            try reading { db in
                let authors = try Self.authorDocuments(query.expression.authorNames, db)
                var compiler = SearchQuerySQL(concepts: concepts, authorDocuments: authors)
                let nearFilter = ConceptNearFilter(concepts: concepts)
                for near in query.expression.conceptNears {
                    compiler.nearSentences[near] = try nearFilter.sentences(near, compiler: compiler, db)
                }
                var hits = try Self.rankedSentences(query.expression, compiler: compiler, limit: limit, db)
                try Self.highlight(&hits, query.expression, concepts: concepts, db)
                return hits.map(\.hit)
            }
        }
    }

    /// Runs a full-text query, reporting SQLite's rejection of it as a bad query, not a failure.
    func matching<T>(_ query: String, _ body: () throws -> T) throws -> T {
        do {
            return try body()
        } catch IndexError.database(_, let reason) where reason.contains("fts5") {
            throw IndexError.badQuery(query: query, reason: reason)
        }
    }

    /// A hit with the row fields highlighting needs.
    private struct Located {
        var id: Int64
        var sentenceStart: Int
        var hit: QueryHit

        /// From a row of id, start, path, title, year, ordinal, text and (if ranked) score.
        init(row: Row) {
            id = row["id"]
            sentenceStart = row["start"]
            hit = QueryHit(path: row["path"], title: row["title"], year: row["year"], sentence: row["ordinal"],
                           text: row["text"], score: row.hasColumn("score") ? row["score"] : nil, spans: [])
        }
    }

    private static func rankedSentences(_ expression: SearchExpression, compiler: SearchQuerySQL,
                                        limit: Int?, _ db: Database) throws -> [Located] {
        if case .concept(let id) = expression, (compiler.concepts[id] ?? [id]).count == 1 {
            return try conceptSentences((compiler.concepts[id] ?? [id])[0], limit: limit, db)
        }
        let (setSQL, setArguments) = compiler.select(expression)
        let rankTerms = expression.positiveTerms.compactMap { term -> String? in
            if case .concept = term { return nil }
            return SearchQuerySQL.ftsExpression(term)
        }
        var arguments = setArguments
        // Both sets are MATERIALIZED: left to itself SQLite may push the join key into the BM25
        // subquery and rerun the FTS5 match once per hit (20 s for a common word on 75k sentences).
        var ranking = "ranked(id, score) AS (SELECT NULL, NULL WHERE 0)"
        if !rankTerms.isEmpty {
            ranking = """
                ranked(id, score) AS MATERIALIZED (
                    SELECT rowid, bm25(sentence_fts) FROM sentence_fts WHERE sentence_fts MATCH ?)
                """
            arguments += [rankTerms.joined(separator: " OR ")]
        }
        arguments += [limit ?? -1]
        let sql = """
            WITH hit(id) AS MATERIALIZED (\(setSQL)), \(ranking)
            SELECT s.id, s.start, d.path, d.title, d.year, s.ordinal, s.text, ranked.score
            FROM hit JOIN sentence s ON s.id = hit.id JOIN document d ON d.id = s.document_id
            LEFT JOIN ranked ON ranked.id = hit.id
            ORDER BY ranked.score IS NULL, ranked.score, d.path, s.ordinal
            LIMIT ?
            """
        return try Row.fetchAll(db, sql: sql, arguments: arguments).map(Located.init(row:))
    }

    /// The sentences mentioning one concept in document order, read straight from the mention
    /// index document by document: nothing is sorted or materialized, so the first page comes
    /// back in milliseconds however large the index (the general plan sorted every hit). The
    /// table is named for its index hint; like the `mention` view it leaves names out.
    private static func conceptSentences(_ concept: String, limit: Int?, _ db: Database) throws -> [Located] {
        let rows = try Row.fetchCursor(db, sql: """
            SELECT m.sentence_id AS id, s.start, d.path, d.title, d.year, s.ordinal, s.text
            FROM document d CROSS JOIN mention_all m INDEXED BY mention_concept CROSS JOIN sentence s
            WHERE m.document_id = d.id AND m.concept = ? AND m.in_name = 0 AND s.id = m.sentence_id
            ORDER BY d.path, m.start
            """, arguments: [concept])
        var hits = [Located]()
        var last: Int64?
        while let row = try rows.next() {
            let id: Int64 = row["id"]
            guard id != last else { continue }   // several mentions in one sentence
            last = id
            if let limit, hits.count >= limit { break }
            hits.append(Located(row: row))
        }
        return hits
    }

    /// Ids of documents with an author containing each name, ignoring case and diacritics.
    private static func authorDocuments(_ names: [String], _ db: Database) throws -> [String: [Int64]] {
        guard !names.isEmpty else { return [:] }
        let documents = try Row.fetchAll(db, sql: "SELECT id, authors FROM document ORDER BY id").map { row in
            (id: row["id"] as Int64, authors: JSONStrings.decode(row["authors"]).map(TermFolding.fold))
        }
        var result = [String: [Int64]]()
        for name in names {
            let needle = TermFolding.fold(name)
            result[name] = documents.filter { $0.authors.contains { $0.contains(needle) } }.map(\.id)
        }
        return result
    }

    /// Fills each hit's spans: mentions of the query's concepts and occurrences of its words.
    private static func highlight(_ hits: inout [Located], _ expression: SearchExpression,
                                  concepts: [String: [String]], _ db: Database) throws {
        let terms = expression.positiveTerms
        let conceptIDs = terms.flatMap { term -> [String] in
            guard case .concept(let id) = term else { return [] }
            return concepts[id] ?? [id]
        }
        var mentionSpans = [Int64: [QuerySpan]]()
        if !conceptIDs.isEmpty && !hits.isEmpty {
            let sql = """
                SELECT sentence_id, start, "end" FROM mention
                WHERE sentence_id IN (\(hits.map { String($0.id) }.joined(separator: ",")))
                  AND concept IN (\(databaseQuestionMarks(count: conceptIDs.count)))
                """
            for row in try Row.fetchAll(db, sql: sql, arguments: StatementArguments(conceptIDs)) {
                mentionSpans[row["sentence_id"], default: []].append(QuerySpan(start: row["start"], end: row["end"]))
            }
        }
        let locators = terms.compactMap(TermLocator.init)
        for index in hits.indices {
            let scalars = Array(hits[index].hit.text.unicodeScalars)
            let offset = hits[index].sentenceStart
            var spans = (mentionSpans[hits[index].id] ?? []).map {
                QuerySpan(start: max(0, $0.start - offset), end: min(scalars.count, $0.end - offset))
            }
            for locator in locators { spans += locator.spans(in: scalars) }
            hits[index].hit.spans = QuerySpan.merged(spans)
        }
    }
}

extension QuerySpan {
    /// Sorted, with overlapping or touching spans joined and empty ones dropped.
    static func merged(_ spans: [QuerySpan]) -> [QuerySpan] {
        var result = [QuerySpan]()
        for span in spans.sorted(by: { ($0.start, $0.end) < ($1.start, $1.end) }) where span.start < span.end {
            if let last = result.last, span.start <= last.end {
                result[result.count - 1].end = max(last.end, span.end)
            } else {
                result.append(span)
            }
        }
        return result
    }
}
