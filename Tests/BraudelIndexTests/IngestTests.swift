import BraudelAnalysis
import BraudelCitations
import BraudelConcepts
import Foundation
import GRDB
import Testing
@testable import BraudelIndex

/// Replacing, removing and failing writes: the index never holds a duplicate or a partial document.
@Suite struct IngestTests {
    struct SimulatedCrash: Error {}

    /// Fails unless the full-text index holds exactly the sentence table's rows and text.
    func checkSearchIndex(_ index: CorpusIndex) throws {
        try index.queue.write { db in
            try db.execute(sql: "INSERT INTO sentence_fts(sentence_fts, rank) VALUES ('integrity-check', 1)")
        }
    }

    @Test func integrityCheckDetectsAnOutOfStepSearchIndex() throws {
        let (index, _) = try Fixtures.populatedIndex()
        try checkSearchIndex(index)
        try index.queue.write { db in
            try db.execute(sql: "UPDATE sentence SET text = 'tampered' WHERE ordinal = 0")
        }
        #expect(throws: (any Error).self) { try checkSearchIndex(index) }
    }

    /// Row counts of every table, FTS rows included, for before/after comparisons.
    func tableCounts(_ index: CorpusIndex) throws -> [String: Int] {
        try index.queue.read { db in
            var counts = [String: Int]()
            for table in ["document", "sentence", "mention", "reference", "citation", "work", "sentence_fts_docsize"] {
                counts[table] = try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM \(table)")
            }
            return counts
        }
    }

    @Test func stampReportsWhatWasIndexed() throws {
        let (index, _) = try Fixtures.populatedIndex()
        let stamp = try index.stamp(forPath: Fixtures.arrighiPath)
        #expect(stamp == FileStamp(path: Fixtures.arrighiPath, hash: "h1",
                                   size: Fixtures.arrighiText.utf8.count, mtime: 1_700_000_000))
        #expect(try index.stamp(forPath: "/corpus/missing.txt") == nil)
    }

    @Test func rewritingAChangedDocumentReplacesItsRows() throws {
        let (index, _) = try Fixtures.populatedIndex()
        let before = try tableCounts(index)
        // Rewriting the same analysis changes nothing.
        let same = try Fixtures.arrighi()
        try index.write(same, file: Fixtures.stamp(same), workKey: Fixtures.workKey)
        #expect(try tableCounts(index) == before)
        // A changed text: the last sentence and the 1979 citation and reference are gone.
        let shorter = Fixtures.arrighiText
            .replacingOccurrences(of: ", as Wallerstein (1979) argued.", with: ".")
            .components(separatedBy: "\n\nWallerstein, Immanuel. 1979")[0]
        let changed = try Fixtures.arrighi(text: shorter)
        #expect(changed.citations.count == 1 && changed.references.count == 1)
        try index.write(changed, file: Fixtures.stamp(changed, hash: "h2"), workKey: Fixtures.workKey)
        #expect(try index.stamp(forPath: Fixtures.arrighiPath)?.hash == "h2")
        #expect(try index.stats().documents == 2)
        #expect(try index.search(try SearchQuery("concept:semiperiphery")).map(\.path) == [Fixtures.arrighiPath, Fixtures.chaseDunnPath])
        #expect(try index.topCitedWorks().map(\.key) == ["wallerstein|1974", "arrighi|1994", "frank|1967"])
        #expect(try index.search(try SearchQuery("Cambridge")).isEmpty)
        let after = try tableCounts(index)
        #expect(after["sentence"] == after["sentence_fts_docsize"])
        try checkSearchIndex(index)
        #expect(after["work"] == 3 && after["citation"] == 3 && after["reference"] == 4)
    }

    @Test func removeCascadesAndDropsOrphanWorks() throws {
        let (index, _) = try Fixtures.populatedIndex()
        try index.remove(paths: [Fixtures.chaseDunnPath, "/corpus/never-indexed.txt"])
        let stats = try index.stats()
        #expect(stats.documents == 1 && stats.mentions == 6 && stats.citations == 2 && stats.references == 2)
        #expect(try index.topCitedWorks().map(\.key) == ["wallerstein|1974", "wallerstein|1979"])
        #expect(try index.topCitedWorks().first?.paths == [Fixtures.arrighiPath])
        #expect(try index.search(try SearchQuery("bertola")).isEmpty)
        #expect(try index.workOccurrences().map(\.work) == ["wallerstein|1974", "wallerstein|1979"])
        let counts = try tableCounts(index)
        #expect(counts["sentence"] == counts["sentence_fts_docsize"])
        try checkSearchIndex(index)
        try index.remove(paths: [Fixtures.arrighiPath])
        #expect(try tableCounts(index).values.allSatisfy { $0 == 0 })
        try checkSearchIndex(index)
    }

    @Test func failedWriteLeavesPreviousVersionIntact() throws {
        let directory = try Fixtures.temporaryDirectory()
        let path = directory.appendingPathComponent("braudel.sqlite").path
        do {
            let index = try CorpusIndex(path: path, create: true)
            let original = try Fixtures.arrighi()
            try index.write(original, file: Fixtures.stamp(original), workKey: Fixtures.workKey)
            let before = try tableCounts(index)
            // The key function fails once the document, its sentences and mentions are inserted.
            var calls = 0
            let changed = try Fixtures.chaseDunn()
            var renamed = changed
            renamed.document.path = Fixtures.arrighiPath
            #expect(throws: SimulatedCrash.self) {
                try index.write(renamed, file: Fixtures.stamp(original, hash: "h2"), workKey: { _, _ in
                    calls += 1
                    throw SimulatedCrash()
                })
            }
            #expect(calls == 1)
            #expect(try tableCounts(index) == before)
            #expect(try index.stamp(forPath: Fixtures.arrighiPath)?.hash == "h1")
            try checkSearchIndex(index)
        }
        // Reopened from disk, the file holds the first version only.
        let reopened = try CorpusIndex(path: path, create: false)
        #expect(try reopened.search(try SearchQuery("bertola")).isEmpty)
        #expect(try reopened.search(try SearchQuery("concept:accumulation")).count == 1)
        #expect(try reopened.stats().documents == 1)
    }

    @Test func mentionOutsideTheTextIsRejectedWithoutTrace() throws {
        let (index, _) = try Fixtures.populatedIndex()
        let before = try tableCounts(index)
        var broken = try Fixtures.chaseDunn()
        broken.document.path = "/corpus/broken.md"
        broken.concepts.append(ConceptMention(concept: "core", label: "core", text: "core", start: 9_000,
                                              end: 9_004, sentence: 0))
        let file = FileStamp(path: "/corpus/broken.md", hash: "x", size: 1, mtime: 0)
        do {
            try index.write(broken, file: file, workKey: Fixtures.workKey)
            Issue.record("a mention past the end of the text was indexed")
        } catch let error as IndexError {
            guard case .invalidAnalysis(let document, let reason) = error else {
                Issue.record("unexpected \(error)")
                return
            }
            #expect(document == "/corpus/broken.md")
            #expect(reason.contains("9000..<9004"))
        }
        #expect(try tableCounts(index) == before)
        #expect(try index.stamp(forPath: "/corpus/broken.md") == nil)
    }

    @Test func citationLinkedToMissingReferenceIsRejected() throws {
        let (index, _) = try Fixtures.populatedIndex()
        var broken = try Fixtures.arrighi()
        broken.citations[0].reference = 7
        #expect(throws: IndexError.self) {
            try index.write(broken, file: Fixtures.stamp(broken, hash: "h9"), workKey: Fixtures.workKey)
        }
        #expect(try index.stamp(forPath: Fixtures.arrighiPath)?.hash == "h1")
    }

    @Test func optimizeKeepsSearchesWorking() throws {
        let (index, _) = try Fixtures.populatedIndex()
        let before = try index.search(try SearchQuery("core OR hegemony"))
        try index.optimize()
        try checkSearchIndex(index)
        #expect(try index.search(try SearchQuery("core OR hegemony")).map(\.text) == before.map(\.text))
    }

    @Test func indexedPathsUnderADirectory() throws {
        let (index, _) = try Fixtures.populatedIndex()
        #expect(try index.indexedPaths(under: "/corpus") == [Fixtures.arrighiPath, Fixtures.chaseDunnPath])
        #expect(try index.indexedPaths(under: "/corpus/sub/") == [Fixtures.chaseDunnPath])
        #expect(try index.indexedPaths(under: "/corp").isEmpty)
        #expect(try index.indexedPaths(under: Fixtures.arrighiPath) == [Fixtures.arrighiPath])
        #expect(try index.indexedPaths(under: "/").count == 2)
        #expect(try index.indexedPaths(under: "").count == 2)
    }

    @Test func uncitedReferenceUsesKeyOfLinkedCitationWhenPresent() throws {
        let (index, _) = try Fixtures.populatedIndex()
        let keys = try index.queue.read { db in
            try String.fetchAll(db, sql: """
                SELECT r.work_key || '=' || COALESCE(c.work_key, '-') FROM reference r
                LEFT JOIN citation c ON c.reference_id = r.id ORDER BY r.id
                """)
        }
        #expect(keys == ["wallerstein|1974=wallerstein|1974", "wallerstein|1979=wallerstein|1979",
                         "arrighi|1994=arrighi|1994", "wallerstein|1974=wallerstein|1974", "frank|1967=-"])
    }
}
