import BraudelCitations
import Foundation
import GRDB

/// One identity per work across documents when reference entries carry a DOI: every entry with
/// the same DOI, and the citations linked to them, take one key — the entries' own fingerprint
/// (surname, year, title) that most entries of the index share, counting the DOI's entries and
/// entries without any DOI, so that documents listing the work without a DOI meet it there
/// (ties: the greatest key, which prefers a print year to an earlier online-first year). The
/// rule depends only on which entries the index holds, never on the order documents were
/// written in, so an index built at once and one merged from shards agree.
enum DOIIdentity {
    /// Normalized DOIs of the reference entries of the documents at `paths`.
    static func dois(ofDocumentsAt paths: [String], _ db: Database) throws -> Set<String> {
        let statement = try db.cachedStatement(sql: """
            SELECT reference.doi FROM reference JOIN document ON document.id = reference.document_id
            WHERE document.path = ? AND reference.doi IS NOT NULL
            """)
        var dois = Set<String>()
        for path in paths {
            for doi in try String.fetchAll(statement, arguments: [path]) { dois.insert(CitedWorkKey.normalizedDOI(doi)) }
        }
        return dois.subtracting([""])
    }

    /// Every DOI in the index (after a merge).
    static func allDOIs(_ db: Database) throws -> Set<String> {
        Set(try String.fetchAll(db, sql: "SELECT doi FROM reference WHERE doi IS NOT NULL").map(CitedWorkKey.normalizedDOI)).subtracting([""])
    }

    /// Gives the entries of each DOI their shared key; returns the work keys that changed (old
    /// and new), for the work table to refresh.
    static func reconcile(_ dois: Set<String>, _ db: Database) throws -> Set<String> {
        let entries = try db.cachedStatement(sql: """
            SELECT id, document_id, authors, year, title, work_key, doi FROM reference
            WHERE lower(doi) IN (?1, 'doi:' || ?1, 'doi: ' || ?1, 'https://doi.org/' || ?1, 'http://doi.org/' || ?1,
                                 'https://dx.doi.org/' || ?1, 'http://dx.doi.org/' || ?1) AND doi IS NOT NULL
            """)
        let setReference = try db.cachedStatement(sql: "UPDATE reference SET work_key = ? WHERE id = ?")
        let setCitations = try db.cachedStatement(sql: "UPDATE citation SET work_key = ? WHERE reference_id = ?")
        var changed = Set<String>()
        for doi in dois.sorted() {
            // The expression index on lower(doi) serves every written form of the DOI.
            let rows = try Row.fetchAll(entries, arguments: [doi]).filter { CitedWorkKey.normalizedDOI($0["doi"]) == doi }
            let fingerprints = rows.map(fingerprint)
            if rows.count == 1, fingerprints[0] == rows[0]["work_key"] { continue }
            guard let shared = try bestKey(fingerprints, db) else { continue }
            let moving = rows.filter { ($0["work_key"] as String) != shared }
            // The documents' work incidence counts follow their rows to the shared key.
            let documents = Set(moving.map { $0["document_id"] as Int64 })
            try WholeIndexCounts.applyWorks(documentIDs: documents, sign: -1, db)
            for row in moving {
                let id: Int64 = row["id"]
                try setReference.execute(arguments: [shared, id])
                try setCitations.execute(arguments: [shared, id])
                changed.formUnion([row["work_key"] as String, shared])
            }
            try WholeIndexCounts.applyWorks(documentIDs: documents, sign: 1, db)
        }
        return changed
    }

    /// The fingerprint most entries share: those of the DOI, plus entries without a DOI.
    private static func bestKey(_ fingerprints: [String], _ db: Database) throws -> String? {
        let withoutDOI = try db.cachedStatement(sql: "SELECT count(*) FROM reference WHERE work_key = ? AND doi IS NULL")
        var scores = [String: Int]()
        for key in fingerprints { scores[key, default: 0] += 1 }
        for key in scores.keys { scores[key, default: 0] += try Int.fetchOne(withoutDOI, arguments: [key]) ?? 0 }
        return scores.max { ($0.value, $0.key) < ($1.value, $1.key) }?.key
    }

    /// The key the entry would have on its own (as `IndexBuilder.workKey` gives it). An entry
    /// without author or year took its citation's; its key is kept as it is.
    private static func fingerprint(_ row: Row) -> String {
        let authors = JSONStrings.decode(row["authors"])
        guard !authors.isEmpty, let year: String = row["year"] else { return row["work_key"] }
        return CitedWorkKey(authors: authors, year: year, title: row["title"]).storageKey
    }
}
