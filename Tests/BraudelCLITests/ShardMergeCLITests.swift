import Foundation
import Testing

/// `braudel index --shard K/N` and `braudel merge` on the corpus: three shards merged must answer
/// every query exactly as one index built at once, and a shard must leave other shards alone.
@Suite(.serialized) final class ShardMergeCLITests {
    let folder: URL
    /// The whole bundled corpus (every format, the held-out set), read in place.
    let corpus = CLIRunner.corpus.path

    init() throws {
        folder = try CLIRunner.scratchCopyOfCorpus()
    }

    /// whole.sqlite built at once, and part1…3.sqlite as the three shards, of `root`.
    private func buildIndexes(of root: String? = nil, shardsOnly: Bool = false) throws {
        let root = root ?? corpus
        if !shardsOnly {
            let whole = try run(["index", root, "--index", "whole.sqlite"])
            #expect(whole.status == 0, "\(whole.stderr)")
        }
        for shard in 1...3 {
            let part = try run(["index", root, "--shard", "\(shard)/3", "--index", "part\(shard).sqlite"])
            #expect(part.status == 0, "\(part.stderr)")
        }
    }

    deinit { try? FileManager.default.removeItem(at: folder) }

    private func run(_ arguments: [String]) throws -> CLIRunner.Result {
        try CLIRunner.run(arguments, in: folder)
    }

    /// Indexed document paths, from `stats --citations` (one row per document).
    private func paths(_ index: String) throws -> [String] {
        let result = try run(["stats", "--citations", "--index", index, "--format", "json"])
        let rows = (try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [[String: Any]]) ?? []
        return rows.compactMap { $0["path"] as? String }.sorted()
    }

    @Test func shardsPartitionTheCorpus() throws {
        try buildIndexes()
        let whole = try paths("whole.sqlite")
        let parts = try (1...3).map { try paths("part\($0).sqlite") }
        #expect(whole.count >= 20)
        #expect(parts.allSatisfy { !$0.isEmpty }, "\(parts.map(\.count))")
        #expect(parts.map(\.count).reduce(0, +) == whole.count)
        #expect(Set(parts.joined()) == Set(whole))
    }

    @Test func mergedShardsAnswerEveryQueryLikeOneIndex() throws {
        try buildIndexes()
        let merged = try run(["merge", "part1.sqlite", "part2.sqlite", "part3.sqlite", "--into", "merged.sqlite"])
        #expect(merged.status == 0, "\(merged.stderr)")
        #expect(!merged.stderr.contains("warning"), "\(merged.stderr)")
        let queries: [[String]] = [
            ["stats"],
            ["stats", "--citations"],
            ["concepts"],
            ["search", "concept:semiperiphery", "--limit", "100000"],
            ["search", "concept:hegemony NEAR/3 decline", "--limit", "100000"],
            ["search", "\"capital flight\"", "--limit", "100000"],
            ["search", "hegemon* NEAR/5 decline", "--limit", "100000"],
            ["search", "author:Wallerstein year:1990..2030 core", "--limit", "100000"],
            ["kwic", "hegemony", "--limit", "100000"],
            ["kwic", "unequal exchange", "--limit", "100000"],
            ["cooc", "--top", "100000"],
            ["cooc", "--window", "5", "--top", "100000"],
            ["cooc", "--unit", "document", "--by", "year", "--top", "100000"],
            ["cites", "--top", "100000"],
            ["cites", "--concept", "unequal-exchange", "--top", "100000"],
            ["trends", "semiperiphery", "hegemony"],
            ["graph", "cocitation"],
            ["graph", "coupling"],
            ["graph", "concept-work"],
        ]
        for query in queries {
            let once = try run(query + ["--index", "whole.sqlite", "--format", "json"])
            let combined = try run(query + ["--index", "merged.sqlite", "--format", "json"])
            #expect(once.status == 0 && combined.status == 0, "\(query): \(once.stderr) \(combined.stderr)")
            #expect(once.stdout.count > 2, "\(query) answered nothing: \(once.stdout)")
            #expect(once.stdout == combined.stdout, "\(query) differs between one index and merged shards")
        }
    }

    @Test func mergedIndexIsIndependentOfInputOrder() throws {
        try buildIndexes(shardsOnly: true)
        let forward = try run(["merge", "part1.sqlite", "part2.sqlite", "part3.sqlite", "--into", "forward.sqlite"])
        let backward = try run(["merge", "part3.sqlite", "part1.sqlite", "part2.sqlite", "--into", "backward.sqlite"])
        #expect(forward.status == 0 && backward.status == 0, "\(forward.stderr) \(backward.stderr)")
        for query in [["cites", "--top", "100000"], ["graph", "authors"], ["search", "concept:core", "--limit", "100000"]] {
            let a = try run(query + ["--index", "forward.sqlite", "--format", "json"])
            let b = try run(query + ["--index", "backward.sqlite", "--format", "json"])
            #expect(a.stdout == b.stdout, "\(query)")
        }
    }

    @Test func mergeRefusesToOverwriteAndReplacesWithForce() throws {
        try buildIndexes(shardsOnly: true)
        let first = try run(["merge", "part1.sqlite", "--into", "target.sqlite"])
        #expect(first.status == 0, "\(first.stderr)")
        let again = try run(["merge", "part2.sqlite", "--into", "target.sqlite"])
        #expect(again.status == 1 && again.stderr.contains("target.sqlite: already exists"), "\(again.stderr)")
        #expect(try paths("target.sqlite") == paths("part1.sqlite"), "the refused merge left the old index")
        let forced = try run(["merge", "part2.sqlite", "--into", "target.sqlite", "--force"])
        #expect(forced.status == 0, "\(forced.stderr)")
        #expect(try paths("target.sqlite") == paths("part2.sqlite"))
        let leftovers = try FileManager.default.contentsOfDirectory(atPath: folder.path).filter { $0.hasSuffix(".tmp") }
        #expect(leftovers.isEmpty, "\(leftovers)")
        let onto = try run(["merge", "part1.sqlite", "--into", "part1.sqlite", "--force"])
        #expect(onto.status == 1 && onto.stderr.contains("both an input and the output"), "\(onto.stderr)")
    }

    @Test func aDocumentInTwoInputsIsKeptOnceWithAWarning() throws {
        try buildIndexes()
        let result = try run(["merge", "part1.sqlite", "whole.sqlite", "--into", "overlap.sqlite"])
        #expect(result.status == 0, "\(result.stderr)")
        let shared = try paths("part1.sqlite")
        let warnings = result.stderr.split(separator: "\n").filter { $0.contains("warning") }
        #expect(warnings.count == shared.count, "\(result.stderr)")
        #expect(warnings.allSatisfy { $0.contains("kept the copy from part1.sqlite") })
        #expect(try paths("overlap.sqlite") == paths("whole.sqlite"))
        let stats = try run(["stats", "--index", "overlap.sqlite", "--format", "json"])
        let once = try run(["stats", "--index", "whole.sqlite", "--format", "json"])
        #expect(stats.stdout == once.stdout)
    }

    @Test func mergeRefusesAnIndexBuiltWithAnotherLexicon() throws {
        try buildIndexes(shardsOnly: true)
        let lexicon = folder.appendingPathComponent("small.yaml")
        try "concepts:\n  - id: core\n    label: core\n".write(to: lexicon, atomically: true, encoding: .utf8)
        let other = try run(["index", corpus, "--shard", "2/3", "--index", "other.sqlite", "--lexicon", lexicon.path])
        #expect(other.status == 0, "\(other.stderr)")
        let result = try run(["merge", "part1.sqlite", "other.sqlite", "--into", "mixed.sqlite"])
        #expect(result.status == 1)
        #expect(result.stderr.contains("other.sqlite: cannot be merged: built with another lexicon than part1.sqlite"), "\(result.stderr)")
        #expect(!FileManager.default.fileExists(atPath: folder.appendingPathComponent("mixed.sqlite").path))
        let missing = try run(["merge", "part1.sqlite", "nowhere.sqlite", "--into", "mixed.sqlite"])
        #expect(missing.status == 1 && missing.stderr.contains("nowhere.sqlite"), "\(missing.stderr)")
    }

    /// On the scratch copy: this test deletes a file.
    @Test func reindexingAShardKeepsOtherShardsDocuments() throws {
        try buildIndexes(of: "corpus")
        let whole = try paths("whole.sqlite")
        let part1 = try paths("part1.sqlite")
        let again = try run(["index", "corpus", "--shard", "1/3", "--index", "whole.sqlite"])
        #expect(again.status == 0 && again.stderr.contains("removed 0"), "\(again.stderr)")
        #expect(try paths("whole.sqlite") == whole)
        // A file of shard 1 deleted from disk goes; files of the other shards stay.
        let gone = try #require(part1.first)
        try FileManager.default.removeItem(at: folder.appendingPathComponent(gone))
        let after = try run(["index", "corpus", "--shard", "1/3", "--index", "whole.sqlite"])
        #expect(after.status == 0 && after.stderr.contains("removed 1"), "\(after.stderr)")
        #expect(try paths("whole.sqlite") == whole.filter { $0 != gone })
    }

    @Test func badShardIsAUsageError() throws {
        for shard in ["0/3", "4/3", "3", "a/b", "1/0", "2/-1"] {
            let result = try run(["index", "corpus", "--shard", shard, "--index", "bad.sqlite"])
            #expect(result.status == 2 && result.stderr.contains("bad shard"), "\(shard): \(result.stderr)")
        }
    }
}
