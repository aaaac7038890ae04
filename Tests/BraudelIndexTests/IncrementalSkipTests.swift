import BraudelAnalysis
import BraudelConcepts
import Foundation
import Testing
@testable import BraudelCorpus
@testable import BraudelIndex

/// The incremental skip decision, case by case: size and time first, then the content hash.
/// A same-size edit must be read again; a touched but identical file must not be analyzed
/// again, only re-stamped (issue 18: mutations of both survived).
@Suite struct IncrementalSkipTests {
    let folder: URL
    let file: URL
    let roots: [String]
    let builder = IndexBuilder(analyzer: Analyzer(lexicon: Lexicon(name: "skip", version: "1", concepts: [
        Concept(id: "core", label: "core"), Concept(id: "hegemony", label: "hegemony"),
    ])), maxFileSize: 1 << 20)

    init() throws {
        folder = try Fixtures.temporaryDirectory()
        let docs = folder.appendingPathComponent("docs")
        try FileManager.default.createDirectory(at: docs, withIntermediateDirectories: true)
        file = docs.appendingPathComponent("a.txt")
        try Data("The core grew richer.".utf8).write(to: file)
        try Data("Another text about the core.".utf8).write(to: docs.appendingPathComponent("b.txt"))
        roots = [docs.path]
    }

    func setModificationDate(_ seconds: TimeInterval) throws {
        try FileManager.default.setAttributes([.modificationDate: Date(timeIntervalSince1970: seconds)], ofItemAtPath: file.path)
    }

    func concepts(_ index: CorpusIndex) throws -> [String] {
        try index.reading { try String.fetchAll($0, sql: "SELECT concept FROM mention ORDER BY concept") }
    }

    @Test func aSameSizeEditIsReadAgain() throws {
        defer { try? FileManager.default.removeItem(at: folder) }
        try setModificationDate(1_700_000_000)
        let index = try CorpusIndex(path: folder.appendingPathComponent("i.sqlite").path, create: true)
        _ = try builder.update(index, roots: roots)
        let edited = "The hegemony richer."   // not the same words, the same number of bytes
        #expect(edited.utf8.count == "The core grew richer.".utf8.count - 1)
        try Data((edited + " ").utf8).write(to: file)
        try setModificationDate(1_700_000_100)
        let run = try builder.update(index, roots: roots)
        #expect((run.indexed, run.unchanged) == (1, 1))
        #expect(try concepts(index) == ["core", "hegemony"])
    }

    @Test func aTouchedIdenticalFileIsOnlyRestamped() throws {
        defer { try? FileManager.default.removeItem(at: folder) }
        try setModificationDate(1_700_000_000)
        let index = try CorpusIndex(path: folder.appendingPathComponent("i.sqlite").path, create: true)
        _ = try builder.update(index, roots: roots)
        try setModificationDate(1_700_000_500)
        let touched = try builder.update(index, roots: roots)
        #expect((touched.indexed, touched.unchanged) == (0, 2))
        // The new time is recorded, so the next run decides by size and time alone.
        #expect(try index.stamp(forPath: file.path)?.mtime == 1_700_000_500)
        let again = try builder.update(index, roots: roots)
        #expect((again.indexed, again.unchanged) == (0, 2))
        #expect(try concepts(index) == ["core", "core"])
    }
}
