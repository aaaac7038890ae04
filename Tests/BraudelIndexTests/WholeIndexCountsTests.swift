import BraudelAnalysis
import BraudelConcepts
import Foundation
import GRDB
import Testing
@testable import BraudelCorpus
@testable import BraudelIndex

/// Issue 13: the whole-index counts kept at write time equal counting everything again from the
/// rows, after any sequence of adds, edits and deletions, and in an index merged from shards.
@Suite struct WholeIndexCountsTests {
    static let repository = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .deletingLastPathComponent().deletingLastPathComponent()
    static let sources = ["hegemonic-transitions.txt", "unequal-exchange.txt", "world-revolutions.md",
                          "east-asian-rise.html", "dependency-latin-america.txt", "semiperipheral-development.txt",
                          "ottoman-incorporation.txt", "kondratieff-commodity-chains.txt"]
    /// Appended by edits: concepts, a citation and a paragraph break, so every count moves.
    static let addition = Data("\n\nThe core and the semi-periphery of the world-economy (Wallerstein 1974; Arrighi 1994).".utf8)

    let folder: URL
    let docs: URL
    let builder: IndexBuilder

    init() throws {
        folder = try Fixtures.temporaryDirectory()
        docs = folder.appendingPathComponent("docs")
        try FileManager.default.createDirectory(at: docs, withIntermediateDirectories: true)
        let lexicon = try LexiconLoader.load(path: Self.repository.appendingPathComponent("lexicons/world-systems.yaml").path)
        builder = IndexBuilder(analyzer: Analyzer(lexicon: lexicon), maxFileSize: 1 << 22, batchSize: 3)
    }

    /// Every count table, rows in key order; documents named by path rather than row id.
    static func snapshot(_ index: CorpusIndex) throws -> [String: [String]] {
        let tables = [
            "concept_year": "SELECT concept, year, label, mentions, documents FROM concept_year ORDER BY 1, 2",
            "unit_year": "SELECT unit, year, units, tokens FROM unit_year ORDER BY 1, 2",
            "unit_concept_year": "SELECT unit, concept, year, units FROM unit_concept_year ORDER BY 1, 2, 3",
            "unit_pair_year": "SELECT unit, a, b, year, units FROM unit_pair_year ORDER BY 1, 2, 3, 4",
            "work_citing": """
                SELECT w.work_key, d.path, w.citations FROM work_citing w JOIN document d ON d.id = w.document_id ORDER BY 1, 2
                """,
            "work_total": "SELECT work_key, citations, documents FROM work_total ORDER BY 1",
            "index_total": "SELECT name, value FROM index_total ORDER BY 1",
        ]
        return try index.reading { db in
            try tables.mapValues { sql in
                try Row.fetchAll(db, sql: sql).map { row in row.databaseValues.map(\.description).joined(separator: "|") }
            }
        }
    }

    /// Snapshot before and after counting everything again from the rows.
    static func kept(_ index: CorpusIndex) throws -> (kept: [String: [String]], rebuilt: [String: [String]]) {
        let kept = try snapshot(index)
        try index.writing { try WholeIndexCounts.rebuild($0) }
        return (kept, try snapshot(index))
    }

    /// The `works` total (kept by triggers on `work_total`) counts the work rows.
    static func worksCounted(_ index: CorpusIndex) throws -> Bool {
        try index.reading { db in
            let works = try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM work") ?? 0
            let total = try Int.fetchOne(db, sql: "SELECT value FROM index_total WHERE name = 'works'") ?? 0
            return works == total
        }
    }

    private func source(_ name: String) throws -> Data {
        try Data(contentsOf: Self.repository.appendingPathComponent("corpus").appendingPathComponent(name))
    }

    private func write(_ name: String, _ bytes: Data) throws {
        let url = docs.appendingPathComponent(name)
        try bytes.write(to: url)
        // A new mtime even within the same second, so the change is seen by size or time.
        try FileManager.default.setAttributes([.modificationDate: Date().addingTimeInterval(Double.random(in: 1...1000))],
                                              ofItemAtPath: url.path)
    }

    @Test func countsKeptThroughRandomEditsEqualCountsFromScratch() throws {
        var random = SeededGenerator(seed: 1974)
        for name in Self.sources.prefix(5) { try write(name, try source(name)) }
        let indexPath = folder.appendingPathComponent("index.sqlite").path
        let index = try CorpusIndex(path: indexPath, create: true)
        _ = try builder.update(index, roots: [docs.path])
        var compared = try Self.kept(index)
        #expect(compared.kept == compared.rebuilt)
        #expect(!(compared.kept["unit_pair_year"] ?? []).isEmpty && !(compared.kept["work_total"] ?? []).isEmpty)
        #expect(compared.kept["index_total"]?.contains { $0.contains("language:") } == true)
        #expect(compared.kept["index_total"]?.contains { $0.contains("metadata:title:") } == true)
        #expect(try Self.worksCounted(index))
        for round in 0..<6 {
            for _ in 0..<3 {
                let present = try FileManager.default.contentsOfDirectory(atPath: docs.path).sorted()
                switch Int.random(in: 0..<3, using: &random) {
                case 0 where !present.isEmpty:
                    let name = present[Int.random(in: 0..<present.count, using: &random)]
                    try write(name, try Data(contentsOf: docs.appendingPathComponent(name)) + Self.addition)
                case 1 where present.count > 1:
                    try FileManager.default.removeItem(at: docs.appendingPathComponent(present[Int.random(in: 0..<present.count, using: &random)]))
                default:
                    let name = Self.sources[Int.random(in: 0..<Self.sources.count, using: &random)]
                    try write("copy-\(round)-\(name)", try source(name) + Self.addition)
                }
            }
            _ = try builder.update(index, roots: [docs.path])
            compared = try Self.kept(index)
            #expect(compared.kept == compared.rebuilt, "after round \(round)")
            #expect(try Self.worksCounted(index), "after round \(round)")
        }
        // Removing everything leaves no count behind.
        try index.remove(paths: try index.reading { try String.fetchAll($0, sql: "SELECT path FROM document") })
        #expect(try Self.snapshot(index).values.allSatisfy(\.isEmpty))
    }

    /// An index written before document pairs were counted (schema up to `document-language`)
    /// gains them on opening, equal to counting from scratch.
    @Test func olderIndexGainsTheDocumentPairs() throws {
        for name in Self.sources.prefix(4) { try write(name, try source(name)) }
        let path = folder.appendingPathComponent("older.sqlite").path
        let index = try CorpusIndex(path: path, create: true)
        _ = try builder.update(index, roots: [docs.path])
        let expected = try Self.snapshot(index)
        try index.writing { db in
            try db.execute(sql: "DELETE FROM unit_pair_year WHERE unit = \(WholeIndexCounts.documentUnit)")
            try db.execute(sql: "DELETE FROM grdb_migrations WHERE identifier = 'document-pairs'")
        }
        try index.close()
        let reopened = try CorpusIndex(path: path, create: false)
        let documentPairs = try reopened.reading { db in
            try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM unit_pair_year WHERE unit = \(WholeIndexCounts.documentUnit)")
        }
        #expect((documentPairs ?? 0) > 0)
        #expect(try Self.snapshot(reopened) == expected)
    }

    /// An index written before `stats` read every figure from the totals (schema up to
    /// `drop-work-document-indexes`) gains the language, metadata and work totals on opening.
    @Test func olderIndexGainsTheStatsTotals() throws {
        for name in Self.sources.prefix(4) { try write(name, try source(name)) }
        let path = folder.appendingPathComponent("older-stats.sqlite").path
        let index = try CorpusIndex(path: path, create: true)
        _ = try builder.update(index, roots: [docs.path])
        let expected = try Self.snapshot(index)
        try index.writing { db in
            try db.execute(sql: """
                DROP TRIGGER work_total_added; DROP TRIGGER work_total_removed;
                DELETE FROM index_total WHERE name = 'works' OR name GLOB 'language:*' OR name GLOB 'metadata:*';
                DELETE FROM grdb_migrations WHERE identifier = 'stats-totals';
                """)
        }
        try index.close()
        let reopened = try CorpusIndex(path: path, create: false)
        #expect(try Self.snapshot(reopened) == expected)
        #expect(try Self.worksCounted(reopened))
        #expect(try reopened.stats().works > 0)
    }

    @Test func indexMergedFromShardsKeepsTheCountsOfOneIndex() throws {
        for name in Self.sources { try write(name, try source(name) + Self.addition) }
        let whole = folder.appendingPathComponent("whole.sqlite").path
        let single = try CorpusIndex(path: whole, create: true)
        _ = try builder.update(single, roots: [docs.path])
        var shards = [String]()
        for number in 1...3 {
            var sharded = builder
            sharded.shard = try Shard(number: number, count: 3)
            let path = folder.appendingPathComponent("shard-\(number).sqlite").path
            let index = try CorpusIndex(path: path, create: true)
            _ = try sharded.update(index, roots: [docs.path])
            try index.close()
            shards.append(path)
        }
        let output = folder.appendingPathComponent("merged.sqlite").path
        _ = try IndexMerger(inputs: shards.reversed(), output: output, replaceExisting: false).merge()
        let merged = try CorpusIndex(path: output, create: false)
        let compared = try Self.kept(merged)
        #expect(compared.kept == compared.rebuilt)
        #expect(try Self.worksCounted(merged))
        #expect(compared.kept == (try Self.snapshot(single)))
    }
}

/// A small deterministic generator (SplitMix64), so a failing edit sequence can be replayed.
struct SeededGenerator: RandomNumberGenerator {
    private var state: UInt64

    init(seed: UInt64) { state = seed }

    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}
