import BraudelAnalysis
import BraudelCitations
import BraudelDocuments
import Foundation
import GRDB

/// Computes the key of the work a citation (and its linked reference entry, if any) points to.
/// Supplied by the caller (BraudelCitations' `CitedWorkKey.storageKey`) so the index does not fix the rule; it must
/// give a citation and the reference it is linked to the same key whenever they name one work.
public typealias WorkKeyFunction = (InTextCitation, ReferenceEntry?) throws -> String


extension CorpusIndex {
    /// Stores one document's analysis, replacing any previous version of `file.path`, in ONE
    /// transaction: if anything fails (an SQLite error, an offset outside the text, `workKey`
    /// throwing) the index keeps exactly what it held before.
    public func write(_ analysis: DocumentAnalysis, file: FileStamp, workKey: WorkKeyFunction) throws {
        if let error = try write(batch: [(analysis, file)], workKey: workKey).first, let error { throw error }
    }

    /// Stores several analyses in one transaction, each document inside its own savepoint: a
    /// document that fails is rolled back alone (its previous version, if any, stays) and its
    /// error is returned in its slot; the others commit together. The full-text index, the
    /// whole-index counts and the work table are brought up to date once per batch, after the
    /// plain tables: one FTS5 insert instead of one per document, and no FTS5 savepoint around
    /// every row statement. Counts of replaced documents are subtracted before, those of what
    /// the paths hold afterwards (new versions, or old ones whose replacement failed) added after.
    ///
    /// With `settlingIdentities` false the DOIs of the batch keep their entries' own keys until
    /// ``settleWorkIdentities()``: a DOI cited across a large corpus has thousands of entries,
    /// and settling it after every batch made indexing quadratic. the corpus builder settles once
    /// per run, and marks the index unsettled meanwhile so that an interrupted run is finished
    /// by the next one.
    public func write(batch: [(analysis: DocumentAnalysis, file: FileStamp)], workKey: WorkKeyFunction,
                      settlingIdentities: Bool = true) throws -> [IndexError?] {
        let paths = batch.map(\.file.path)
        return try writing { db in
            var keys = Set<String>()
            for path in paths { keys.formUnion(try WorkTable.keys(ofDocumentsAt: [path], db)) }
            var dois = settlingIdentities ? try DOIIdentity.dois(ofDocumentsAt: paths, db) : []
            // Touch the FTS5 table only for documents being replaced: once a virtual table joins
            // the transaction, SQLite opens a savepoint on it around every later statement.
            let exists = try db.cachedStatement(sql: "SELECT 1 FROM document WHERE path = ?")
            for path in paths where try Bool.fetchOne(exists, arguments: [path]) == true {
                try SentenceSearch.remove(path: path, db)
            }
            try WholeIndexCounts.subtract(paths: paths, db)
            var written = WholeIndexDelta()
            var failed = [String]()
            let errors = try batch.map { item -> IndexError? in
                do {
                    var share: WholeIndexDelta.Document?
                    try db.inSavepoint {
                        try db.cachedStatement(sql: "DELETE FROM document WHERE path = ?").execute(arguments: [item.file.path])
                        let inserted = try DocumentWriter(db: db, analysis: item.analysis, file: item.file).insert(workKey: workKey)
                        keys.formUnion(inserted.keys)
                        share = inserted.counts
                        return .commit
                    }
                    if let share { written.add(share) }
                    return nil
                } catch let error as IndexError {
                    failed.append(item.file.path)
                    return error
                }
            }
            // Sentences of every path in the batch: the new versions, and the old versions of
            // documents whose replacement failed (their index entries were removed above).
            try SentenceSearch.add(paths: paths, db)
            // New versions are counted from their analyses; an old version whose replacement
            // failed (or a path written twice in one batch) is counted again from its rows.
            if Set(paths).count == paths.count {
                try written.write(db)
                try WholeIndexCounts.add(paths: failed, db)
            } else {
                try WholeIndexCounts.add(paths: paths, db)
            }
            if settlingIdentities {
                dois.formUnion(try DOIIdentity.dois(ofDocumentsAt: paths, db))
                keys.formUnion(try DOIIdentity.reconcile(dois, db))
            } else {
                try db.execute(sql: "INSERT OR REPLACE INTO meta(key, value) VALUES ('identities', 'unsettled')")
            }
            try WorkTable.refresh(keys: keys, db)
            return errors
        }
    }

    /// Settles the work key of every DOI against the whole index. Batches settle the DOIs they
    /// touch; a document without DOIs can still tip a choice, so a run ends with this pass and an
    /// index built in any order (or merged from shards) ends up the same.
    public func settleWorkIdentities() throws {
        try writing { db in
            try WorkTable.refresh(keys: try DOIIdentity.reconcile(try DOIIdentity.allDOIs(db), db), db)
            try db.execute(sql: "DELETE FROM meta WHERE key = 'identities'")
        }
    }

    /// Whether a run wrote documents without settling DOI identities (it was interrupted).
    public func hasUnsettledIdentities() throws -> Bool { try meta("identities") == "unsettled" }

    /// Removes documents and everything derived from them; works no longer cited anywhere go too.
    public func remove(paths: [String]) throws {
        guard !paths.isEmpty else { return }
        try writing { db in
            var keys = try WorkTable.keys(ofDocumentsAt: paths, db)
            let dois = try DOIIdentity.dois(ofDocumentsAt: paths, db)
            try WholeIndexCounts.subtract(paths: paths, db)
            let statement = try db.cachedStatement(sql: "DELETE FROM document WHERE path = ?")
            for path in paths {
                try SentenceSearch.remove(path: path, db)
                try statement.execute(arguments: [path])
            }
            keys.formUnion(try DOIIdentity.reconcile(dois, db))
            try WorkTable.refresh(keys: keys, db)
        }
    }
}

/// Inserts the rows of one document inside the caller's transaction.
struct DocumentWriter {
    let db: Database
    let analysis: DocumentAnalysis
    let file: FileStamp

    /// Stored keys with `CitedWorkKey.unifyingEtAl` applied; a key that is not a
    /// `CitedWorkKey` (a caller's own rule) is kept as it is.
    private static func unifyingEtAl(_ keys: [String]) -> [String] {
        let typed = keys.map { CitedWorkKey(storageKey: $0) }
        guard typed.allSatisfy({ $0 != nil }) else { return keys }
        return CitedWorkKey.unifyingEtAl(typed.compactMap { $0 }).map(\.storageKey)
    }

    /// Inserts everything and returns the work keys the document cites and its share of the
    /// whole-index counts.
    func insert(workKey: WorkKeyFunction) throws -> (keys: Set<String>, counts: WholeIndexDelta.Document) {
        let documentID = try insertDocument()
        var counts = WholeIndexDelta.Document(id: documentID, year: analysis.document.metadata.year,
                                              tokens: analysis.tokenCount, format: analysis.document.format.rawValue)
        counts.language = analysis.languages.language ?? "und"
        counts.metadataOrigins = metadataOrigins()
        try LibraryTable.insert(analysis, documentID: documentID, db)
        let sentenceIDs = try insertSentences(documentID, paragraphs: &counts.paragraphs)
        try insertMentions(documentID, sentenceIDs)
        counts.mentions = analysis.concepts.filter { !$0.inName }.map {
            ($0.concept, $0.label, analysis.layout.sentenceIndex(at: $0.start))
        }
        let citationKeys = Self.unifyingEtAl(try analysis.citations.map { citation in try workKey(citation, linkedReference(citation)) })
        var firstLinkedCitation = [Int: Int]()
        for (index, citation) in analysis.citations.enumerated().reversed() {
            if let reference = citation.reference { firstLinkedCitation[reference] = index }
        }
        let referenceKeys = try analysis.references.enumerated().map { index, entry in
            // A linked citation already fixed this work's key; reuse it so both sides agree.
            if let linked = firstLinkedCitation[index] { return citationKeys[linked] }
            return try workKey(Self.citation(standingFor: entry), entry)
        }
        let referenceIDs = try insertReferences(documentID, keys: referenceKeys)
        try insertCitations(documentID, sentenceIDs, referenceIDs, keys: citationKeys)
        counts.citations = citationKeys.count
        counts.linkedCitations = analysis.citations.filter { $0.reference != nil }.count
        counts.references = referenceKeys.count
        for key in referenceKeys { counts.works[key] = 0 }
        for key in citationKeys { counts.works[key, default: 0] += 1 }
        return (Set(citationKeys).union(referenceKeys), counts)
    }

    /// "field:origin" for the title, authors and year: the library entry's record of each when one
    /// matched, else "document" for a value the document row holds (see `WholeIndexCounts`).
    private func metadataOrigins() -> [String] {
        let metadata = analysis.document.metadata
        let sources = analysis.metadataSources
        let matched = analysis.library != nil
        let origins: [(String, String?)] = [
            ("title", matched ? sources.title?.rawValue : metadata.title == nil ? nil : "document"),
            ("authors", matched ? sources.authors?.rawValue : metadata.authors.isEmpty ? nil : "document"),
            ("year", matched ? sources.year?.rawValue : metadata.year == nil ? nil : "document"),
        ]
        return origins.compactMap { field, origin in origin.map { "\(field):\($0)" } }
    }

    private func insertDocument() throws -> Int64 {
        let document = analysis.document
        // Not a cached statement: a cached one keeps its bindings, and so a copy of the whole
        // text, until the next document is written.
        try db.makeStatement(sql: """
            INSERT INTO document(path, hash, size, mtime, format, title, authors, year, text,
                                 token_count, indexed_at, language, languages)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
            """).execute(arguments: [
                file.path, file.hash, file.size, file.mtime, document.format.rawValue,
                document.metadata.title, JSONStrings.encode(document.metadata.authors),
                document.metadata.year, document.text, analysis.tokenCount,
                Date().timeIntervalSince1970, analysis.languages.language,
                JSONStrings.encode(analysis.languages.languages),
            ])
        return db.lastInsertedRowID
    }

    /// Inserts the sentences, keeping the segmenter's ordinals. Blank "sentences" (the paragraph
    /// breaks ICU reports as sentences of their own) are skipped: they hold no words, and counting
    /// them would dilute every per-sentence probability. One is kept only if a mention or citation
    /// points into it, so every row has its sentence.
    /// `paragraphs` receives the paragraph number of each stored sentence, by ordinal.
    private func insertSentences(_ documentID: Int64, paragraphs: inout [Int: Int]) throws -> [Int64?] {
        let statement = try RowInserter(db, sql: """
            INSERT INTO sentence(document_id, ordinal, start, "end", text, paragraph) VALUES (?, ?, ?, ?, ?, ?)
            """)
        let breaks = ParagraphMap.paragraphBreaks(in: analysis.document.text)
        let layout = analysis.layout
        let referenced = Set((analysis.concepts.map(\.start) + analysis.citations.map(\.start))
            .map(layout.sentenceIndex(at:)))
        var ids = [Int64?]()
        ids.reserveCapacity(layout.sentences.count)
        var slicer = OrderedSlicer(analysis.document.text, count: layout.characterCount)
        for (ordinal, sentence) in layout.sentences.enumerated() {
            let text = slicer.slice(sentence.start, sentence.end)
            let blank = !text.unicodeScalars.contains { !$0.properties.isWhitespace }
            guard !blank || referenced.contains(ordinal) else {
                ids.append(nil)
                continue
            }
            let paragraph = ParagraphNumbers.number(sentenceText: text, start: sentence.start, breaks: breaks)
            paragraphs[ordinal] = paragraph
            ids.append(try statement.insert([
                .integer(documentID), BoundValue(ordinal), BoundValue(sentence.start), BoundValue(sentence.end),
                .text(text), BoundValue(paragraph),
            ]))
        }
        return ids
    }

    private func insertMentions(_ documentID: Int64, _ sentenceIDs: [Int64?]) throws {
        let statement = try RowInserter(db, sql: """
            INSERT INTO mention_all(document_id, sentence_id, concept, label, text, start, "end", in_name)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?)
            """)
        for mention in analysis.concepts {
            try checkSpan(mention.start, mention.end, what: "concept mention '\(mention.text)'")
            try statement.insert([
                .integer(documentID), BoundValue(sentenceID(at: mention.start, sentenceIDs)), .text(mention.concept),
                .text(mention.label), .text(mention.text), BoundValue(mention.start), BoundValue(mention.end),
                .integer(mention.inName ? 1 : 0),
            ])
        }
    }

    private func insertReferences(_ documentID: Int64, keys: [String]) throws -> [Int64] {
        let statement = try RowInserter(db, sql: """
            INSERT INTO reference(document_id, ordinal, authors, year, title, raw, work_key,
                                  container, volume, issue, pages, publisher, place, doi, url)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
            """)
        var ids = [Int64]()
        for (ordinal, entry) in analysis.references.enumerated() {
            ids.append(try statement.insert([
                .integer(documentID), BoundValue(ordinal), .text(JSONStrings.encode(entry.authors)),
                BoundValue(entry.year), BoundValue(entry.title), .text(entry.raw), .text(keys[ordinal]),
                BoundValue(entry.container), BoundValue(entry.volume), BoundValue(entry.issue), BoundValue(entry.pages),
                BoundValue(entry.publisher), BoundValue(entry.place), BoundValue(entry.doi), BoundValue(entry.url),
            ]))
        }
        return ids
    }

    private func insertCitations(
        _ documentID: Int64, _ sentenceIDs: [Int64?], _ referenceIDs: [Int64], keys: [String]
    ) throws {
        let statement = try RowInserter(db, sql: """
            INSERT INTO citation(document_id, sentence_id, authors, et_al, year, text, start, "end",
                                 narrative, locator, reference_id, work_key)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
            """)
        for (index, citation) in analysis.citations.enumerated() {
            try checkSpan(citation.start, citation.end, what: "citation '\(citation.text)'")
            let referenceID = try citation.reference.map { position in
                guard referenceIDs.indices.contains(position) else {
                    throw IndexError.invalidAnalysis(document: file.path, reason:
                        "citation '\(citation.text)' links reference \(position) of \(referenceIDs.count)")
                }
                return referenceIDs[position]
            }
            try statement.insert([
                .integer(documentID), BoundValue(sentenceID(at: citation.start, sentenceIDs)),
                .text(JSONStrings.encode(citation.authors)), BoundValue(citation.etAl), .text(citation.year),
                .text(citation.text), BoundValue(citation.start), BoundValue(citation.end),
                BoundValue(citation.narrative), BoundValue(citation.locator), BoundValue(referenceID), .text(keys[index]),
            ])
        }
    }

    /// The sentence row holding an offset. Derived from the offset (the contract) rather than
    /// trusted from a stage's own sentence number.
    private func sentenceID(at offset: Int, _ sentenceIDs: [Int64?]) -> Int64? {
        sentenceIDs[analysis.layout.sentenceIndex(at: offset)]
    }

    private func checkSpan(_ start: Int, _ end: Int, what: String) throws {
        let count = analysis.layout.characterCount
        guard start >= 0, start <= end, end <= count else {
            throw IndexError.invalidAnalysis(document: file.path, reason:
                "\(what) at \(start)..<\(end) lies outside the text of \(count) characters")
        }
    }

    private func linkedReference(_ citation: InTextCitation) -> ReferenceEntry? {
        guard let index = citation.reference, analysis.references.indices.contains(index) else { return nil }
        return analysis.references[index]
    }

    /// A citation-shaped view of an uncited reference entry, so the one key function serves both.
    static func citation(standingFor entry: ReferenceEntry) -> InTextCitation {
        InTextCitation(authors: entry.authors, year: entry.year ?? "n.d.", text: entry.raw,
                       start: entry.start, end: entry.end, narrative: false, locator: nil, reference: nil)
    }
}

/// Cuts a text at increasing scalar offsets by walking one index forward, instead of rebuilding
/// each slice scalar by scalar (which dominated the cost of writing sentences).
struct OrderedSlicer {
    private let scalars: String.UnicodeScalarView
    private var index: String.UnicodeScalarView.Index
    private let count: Int
    private var offset = 0

    /// `count` is the text's number of scalars (known to the caller; costly to recount).
    init(_ text: String, count: Int) {
        scalars = text.unicodeScalars
        index = scalars.startIndex
        self.count = count
    }

    /// The text between two scalar offsets; `start` must not be below the previous call's `end`.
    mutating func slice(_ start: Int, _ end: Int) -> String {
        advance(to: start)
        let lower = index
        advance(to: end)
        return String(scalars[lower..<index])
    }

    private mutating func advance(to target: Int) {
        if target < offset {
            index = scalars.startIndex
            offset = 0
        }
        let step = min(target, count) - offset
        guard step > 0 else { return }
        index = scalars.index(index, offsetBy: step)
        offset += step
    }
}
