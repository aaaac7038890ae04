import GRDB

/// One document as the explorer shows it: its metadata, the cleaned text every offset refers
/// to, and what was found in it (concept mentions, citations with their entry and work, the
/// reference list).
public struct DocumentDetail: Sendable, Hashable {
    public var path: String
    public var format: String
    public var title: String?
    public var authors: [String]
    public var year: Int?
    public var tokens: Int
    public var text: String
    public var mentions: [Mention]
    public var citations: [Citation]
    public var references: [Reference]
    /// The sentence asked for (a search hit's), so a viewer can show it in place; nil when none was.
    public var focus: Sentence?

    /// A sentence: its ordinal in the document and its scalar offsets into ``text``.
    public struct Sentence: Sendable, Hashable {
        public var ordinal: Int
        public var start: Int
        public var end: Int
    }

    /// A concept mention: scalar offsets into ``text``.
    public struct Mention: Sendable, Hashable {
        public var concept: String
        public var label: String
        public var start: Int
        public var end: Int
    }

    /// An in-text citation: scalar offsets into ``text``, the entry it is linked to and its work.
    public struct Citation: Sendable, Hashable {
        public var text: String
        public var start: Int
        public var end: Int
        public var reference: Int?
        public var work: String
    }

    /// A reference-list entry (``ordinal`` is its place in the list, 0-based).
    public struct Reference: Sendable, Hashable {
        public var id: Int
        public var ordinal: Int
        public var raw: String
        public var work: String
    }
}

/// A cited work with where it is cited and what is cited beside it.
public struct WorkDetail: Sendable, Hashable {
    public var key: String
    public var authors: [String]
    public var year: String?
    public var title: String?
    public var doi: String?
    public var citing: [CitingSentence]
    public var cocited: [CocitedWork]

    /// A sentence citing the work.
    public struct CitingSentence: Sendable, Hashable {
        public var path: String
        public var year: Int?
        public var sentence: Int
        public var citation: String
        public var text: String
    }

    /// A work cited in the same documents, with the number of such documents.
    public struct CocitedWork: Sendable, Hashable {
        public var key: String
        public var label: String
        public var documents: Int
    }
}

extension CorpusIndex {
    /// The document stored under `path` (as indexed, absolute), nil when there is none; with
    /// `sentence`, that sentence's place in the text as ``DocumentDetail/focus``.
    public func documentDetail(path: String, sentence: Int? = nil) throws -> DocumentDetail? {
        try reading { db in
            guard let row = try Row.fetchOne(db, sql: """
                SELECT id, path, format, title, authors, year, token_count, text FROM document WHERE path = ?
                """, arguments: [path]) else { return nil }
            let id: Int64 = row["id"]
            // Mentions through the document's sentences: `mention` has no index on document_id.
            let mentions = try Row.fetchAll(db, sql: """
                SELECT m.concept, m.label, m.start, m."end" FROM sentence s JOIN mention m ON m.sentence_id = s.id
                WHERE s.document_id = ? ORDER BY m.start
                """, arguments: [id]).map {
                DocumentDetail.Mention(concept: $0["concept"], label: $0["label"], start: $0["start"], end: $0["end"])
            }
            let citations = try Row.fetchAll(db, sql: """
                SELECT text, start, "end", reference_id, work_key FROM citation WHERE document_id = ? ORDER BY start
                """, arguments: [id]).map {
                DocumentDetail.Citation(text: $0["text"], start: $0["start"], end: $0["end"],
                                        reference: $0["reference_id"], work: $0["work_key"])
            }
            let references = try Row.fetchAll(db, sql: """
                SELECT id, ordinal, raw, work_key FROM reference WHERE document_id = ? ORDER BY ordinal
                """, arguments: [id]).map {
                DocumentDetail.Reference(id: $0["id"], ordinal: $0["ordinal"], raw: $0["raw"], work: $0["work_key"])
            }
            let focus = try sentence.flatMap { ordinal in
                try Row.fetchOne(db, sql: """
                    SELECT start, "end" FROM sentence WHERE document_id = ? AND ordinal = ?
                    """, arguments: [id, ordinal]).map {
                    DocumentDetail.Sentence(ordinal: ordinal, start: $0["start"], end: $0["end"])
                }
            }
            return DocumentDetail(path: row["path"], format: row["format"], title: row["title"],
                                  authors: JSONStrings.decode(row["authors"]), year: row["year"],
                                  tokens: row["token_count"], text: row["text"], mentions: mentions,
                                  citations: citations, references: references, focus: focus)
        }
    }

    /// The work stored under `key`, with at most `limit` citing sentences and `top` co-cited
    /// works; nil when there is no such work.
    public func workDetail(key: String, limit: Int, top: Int) throws -> WorkDetail? {
        try reading { db in
            guard let row = try Row.fetchOne(db, sql: "SELECT key, authors, year, title FROM work WHERE key = ?",
                                             arguments: [key]) else { return nil }
            let doi = try String.fetchOne(db, sql: """
                SELECT doi FROM reference WHERE work_key = ? AND doi IS NOT NULL ORDER BY id LIMIT 1
                """, arguments: [key])
            let citing = try Row.fetchAll(db, sql: """
                SELECT d.path, d.year, s.ordinal, c.text AS citation, s.text
                FROM citation c JOIN sentence s ON s.id = c.sentence_id JOIN document d ON d.id = c.document_id
                WHERE c.work_key = ? ORDER BY d.path, s.ordinal, c.start LIMIT ?
                """, arguments: [key, limit]).map {
                WorkDetail.CitingSentence(path: $0["path"], year: $0["year"], sentence: $0["ordinal"],
                                          citation: $0["citation"], text: $0["text"])
            }
            // The documents citing or listing the work, then what else they cite or list: index
            // lookups only (the `work_citing` view would be grouped whole first).
            let cocited = try Row.fetchAll(db, sql: """
                WITH citing(document_id) AS (
                    SELECT document_id FROM citation WHERE work_key = ?1
                    UNION SELECT document_id FROM reference WHERE work_key = ?1),
                pairs(work_key, document_id) AS (
                    SELECT work_key, document_id FROM citation WHERE document_id IN citing
                    UNION SELECT work_key, document_id FROM reference WHERE document_id IN citing)
                SELECT w.key, w.authors, w.year, w.title, COUNT(*) AS documents
                FROM pairs p JOIN work w ON w.key = p.work_key
                WHERE p.work_key <> ?1 GROUP BY w.key ORDER BY documents DESC, w.key LIMIT ?2
                """, arguments: [key, top]).map { row in
                let key: String = row["key"]
                return WorkDetail.CocitedWork(key: key, label: WorkLabel.make(key: key, authors: JSONStrings.decode(row["authors"]),
                                                                              year: row["year"], title: row["title"]),
                                              documents: row["documents"])
            }
            return WorkDetail(key: row["key"], authors: JSONStrings.decode(row["authors"]), year: row["year"],
                              title: row["title"], doi: doi, citing: citing, cocited: cocited)
        }
    }
}
