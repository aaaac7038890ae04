import Foundation
import Testing

@Suite(.serialized) struct CLITests {
    @Test func usageErrorsExitTwo() throws {
        let here = FileManager.default.temporaryDirectory
        #expect(try CLIRunner.run(["search"], in: here).status == 2)
        #expect(try CLIRunner.run(["graph", "bogus"], in: here).status == 2)
        #expect(try CLIRunner.run(["kwic", "x", "--width", "0"], in: here).status == 2)
        let help = try CLIRunner.run(["index", "--help"], in: here)
        #expect(help.status == 0)
        #expect(help.stdout.contains("--index"))
    }

    @Test func failuresExitOneWithOneLine() throws {
        let here = FileManager.default.temporaryDirectory
        let missing = try CLIRunner.run(["text", "/nonexistent/essay.txt"], in: here)
        #expect(missing.status == 1)
        #expect(missing.stderr.contains("/nonexistent/essay.txt"))
        #expect(missing.stderr.split(separator: "\n").count == 1)
        let noIndex = try CLIRunner.run(["stats", "--index", "/nonexistent/b.sqlite"], in: here)
        #expect(noIndex.status == 1)
        #expect(noIndex.stderr.contains("/nonexistent/b.sqlite"))
        let badLexicon = here.appendingPathComponent("bad-\(UUID().uuidString).yaml")
        try "concepts:\n  - id: x\n".write(to: badLexicon, atomically: true, encoding: .utf8)
        let lexicon = try CLIRunner.run(["analyze", CLIRunner.corpus.appendingPathComponent(CLIRunner.corpusFiles[0]).path,
                                         "--lexicon", badLexicon.path], in: here)
        #expect(lexicon.status == 1)
        #expect(lexicon.stderr.contains(badLexicon.path + ":2"))
    }

    @Test func indexingIsIncremental() throws {
        let folder = try CLIRunner.scratchCopyOfCorpus()
        defer { try? FileManager.default.removeItem(at: folder) }
        let count = CLIRunner.corpusFiles.count
        let first = try CLIRunner.run(["index", "corpus"], in: folder)
        #expect(first.status == 0, "\(first.stderr)")
        #expect(first.stderr.contains("indexed \(count), unchanged 0, removed 0, failed 0"), "\(first.stderr)")
        let second = try CLIRunner.run(["index", "corpus"], in: folder)
        #expect(second.stderr.contains("indexed 0, unchanged \(count), removed 0, failed 0"), "\(second.stderr)")

        let files = CLIRunner.corpusFiles
        let changed = folder.appendingPathComponent("corpus").appendingPathComponent(files[0])
        let handle = try FileHandle(forWritingTo: changed)
        try handle.seekToEnd()
        try handle.write(contentsOf: Data("\n\nA closing note on the semiperiphery.\n".utf8))
        try handle.close()
        try FileManager.default.removeItem(at: folder.appendingPathComponent("corpus").appendingPathComponent(files[1]))
        let third = try CLIRunner.run(["index", "corpus"], in: folder)
        #expect(third.stderr.contains("indexed 1, unchanged \(count - 2), removed 1, failed 0"), "\(third.stderr)")
        let stats = try CLIRunner.run(["stats", "--format", "json"], in: folder)
        let json = try JSONSerialization.jsonObject(with: Data(stats.stdout.utf8)) as? [String: Any]
        #expect(json?["documents"] as? Int == count - 1)
    }

    @Test func badFilesFailAloneAndTheBatchGoesOn() throws {
        let folder = try CLIRunner.scratchCopyOfCorpus()
        defer { try? FileManager.default.removeItem(at: folder) }
        let corpus = folder.appendingPathComponent("corpus")
        try Data().write(to: corpus.appendingPathComponent("empty.txt"))
        try Data([0x00, 0xFF, 0x13, 0x00, 0x89, 0x50, 0x4E, 0x47, 0x00, 0x00]).write(to: corpus.appendingPathComponent("junk.txt"))
        let result = try CLIRunner.run(["index", "corpus"], in: folder)
        #expect(result.status == 0)
        #expect(result.stderr.contains("indexed \(CLIRunner.corpusFiles.count),"), "\(result.stderr)")
        #expect(result.stderr.contains("failed 2"))
        #expect(result.stderr.contains("empty.txt"))
        #expect(result.stderr.contains("junk.txt"))
        let strict = try CLIRunner.run(["index", "corpus", "--strict", "--index", "other.sqlite"], in: folder)
        #expect(strict.status == 1)
    }

    @Test func analyzeOffsetsPointIntoTheText() throws {
        let here = FileManager.default.temporaryDirectory
        for name in CLIRunner.corpusFiles {
            let path = CLIRunner.corpus.appendingPathComponent(name).path
            let text = try CLIRunner.run(["text", path], in: here)
            let analysis = try CLIRunner.run(["analyze", path, "--format", "json"], in: here)
            #expect(text.status == 0 && analysis.status == 0)
            let scalars = Array(text.stdout.unicodeScalars)
            let object = try #require(try JSONSerialization.jsonObject(with: Data(analysis.stdout.utf8)) as? [String: Any])
            let spans = ((object["concepts"] as? [[String: Any]]) ?? []) + ((object["citations"] as? [[String: Any]]) ?? [])
            #expect(!spans.isEmpty, "\(name)")
            for span in spans {
                let start = try #require(span["start"] as? Int), end = try #require(span["end"] as? Int)
                let slice = String(String.UnicodeScalarView(scalars[start..<end]))
                #expect(slice == span["text"] as? String, "\(name) \(start)..<\(end)")
            }
        }
    }

    @Test func queriesAndGraphsWorkOnTheCorpusIndex() throws {
        let folder = try CLIRunner.scratchCopyOfCorpus()
        defer { try? FileManager.default.removeItem(at: folder) }
        #expect(try CLIRunner.run(["index", "corpus"], in: folder).status == 0)

        let search = try jsonArray(["search", "semiperiphery", "--format", "json"], in: folder)
        #expect(!search.isEmpty)
        let phrase = try jsonArray(["search", "\"capital flight\"", "--format", "json"], in: folder)
        for hit in phrase { #expect((hit["text"] as? String)?.lowercased().contains("capital flight") == true) }
        let kwic = try jsonArray(["kwic", "hegemony", "--width", "30", "--format", "json"], in: folder)
        #expect(!kwic.isEmpty)
        for line in kwic { #expect((line["left"] as? String ?? "").count <= 30) }
        #expect(try !jsonArray(["concepts", "--format", "json"], in: folder).isEmpty)
        #expect(try !jsonArray(["cooc", "--top", "5", "--format", "json"], in: folder).isEmpty)
        let cites = try jsonArray(["cites", "--top", "5", "--format", "json"], in: folder)
        #expect(cites.count == 5)
        // Ranked as bibliometrics counts "times cited": by citing documents first.
        #expect((cites.first?["documents"] as? Int ?? 0) >= (cites.last?["documents"] as? Int ?? 0))
        let csv = try CLIRunner.run(["cites", "--format", "csv"], in: folder)
        #expect(csv.stdout.hasPrefix("work,authors,year,title,citations,documents,cited_by"))

        let graphml = try CLIRunner.run(["graph", "citations", "--format", "graphml"], in: folder)
        #expect(graphml.stdout.contains("<graphml") && graphml.stdout.contains("<edge "))
        let dot = try CLIRunner.run(["graph", "cocitation", "--format", "dot"], in: folder)
        #expect(dot.stdout.hasPrefix("graph") && dot.stdout.contains(" -- "))
        let json = try CLIRunner.run(["graph", "concepts", "--format", "json"], in: folder)
        let object = try #require(try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [String: Any])
        let nodes = Set(((object["nodes"] as? [[String: Any]]) ?? []).compactMap { $0["id"] as? String })
        let links = (object["links"] as? [[String: Any]]) ?? []
        #expect(!links.isEmpty)
        for link in links {
            #expect(nodes.contains(link["source"] as? String ?? "") && nodes.contains(link["target"] as? String ?? ""))
        }
        let edges = try CLIRunner.run(["graph", "citations", "--format", "csv"], in: folder)
        #expect(edges.stdout.hasPrefix("source,target,weight"))
    }

    private func jsonArray(_ arguments: [String], in folder: URL) throws -> [[String: Any]] {
        let result = try CLIRunner.run(arguments, in: folder)
        #expect(result.status == 0, "\(arguments): \(result.stderr)")
        return (try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [[String: Any]]) ?? []
    }
}

@Suite struct CLIEmptyFolderTests {
    @Test func anEmptyFolderIsOneClearLineAndExitOne() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("braudel-empty-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder.appendingPathComponent("papers"), withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let result = try CLIRunner.run(["index", "papers"], in: folder)
        #expect(result.status == 1)
        #expect(result.stderr.contains("papers: no documents to read"))
        #expect(!result.stderr.contains("ExitCode"))
    }
}

@Suite struct ReanalysisTests {
    @Test func anIndexFromAnotherAnalyzerVersionIsRebuilt() throws {
        let folder = try CLIRunner.scratchCopyOfCorpus()
        defer { try? FileManager.default.removeItem(at: folder) }
        #expect(try CLIRunner.run(["index", "corpus"], in: folder).status == 0)
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/sqlite3")
        process.arguments = [folder.appendingPathComponent("braudel.sqlite").path, "UPDATE meta SET value = 'old' WHERE key = 'analysis'"]
        try #require(FileManager.default.isExecutableFile(atPath: "/usr/bin/sqlite3"), "scripts/install-deps --test installs sqlite3")
        try process.run()
        process.waitUntilExit()
        let again = try CLIRunner.run(["index", "corpus"], in: folder)
        #expect(again.stderr.contains("analyzes differently"), "\(again.stderr)")
        #expect(again.stderr.contains("indexed \(CLIRunner.corpusFiles.count), unchanged 0"), "\(again.stderr)")
    }
}
