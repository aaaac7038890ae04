import BraudelAnalysis
import BraudelConcepts
import Foundation
import GRDB
import Testing
@testable import BraudelCorpus
@testable import BraudelIndex

/// Issue 18, failures 2–4: documents of two lexicons never coexist unnoticed, and two writers
/// never work on one index at once.
@Suite struct WriterSafetyTests {
    let folder: URL
    let indexPath: String

    init() throws {
        folder = try Fixtures.temporaryDirectory()
        let texts = ["a.txt": "The core exploits the periphery through unequal exchange.",
                     "b.txt": "Hegemony passes between core states; the periphery supplies raw materials."]
        try FileManager.default.createDirectory(at: folder.appendingPathComponent("docs"), withIntermediateDirectories: true)
        for (name, text) in texts {
            try Data(text.utf8).write(to: folder.appendingPathComponent("docs").appendingPathComponent(name))
        }
        indexPath = folder.appendingPathComponent("braudel.sqlite").path
    }

    static func builder(_ concept: String) -> IndexBuilder {
        let lexicon = Lexicon(name: concept, version: "1", concepts: [Concept(id: concept, label: concept)])
        return IndexBuilder(analyzer: Analyzer(lexicon: lexicon), maxFileSize: 1 << 20)
    }

    private func concepts(_ index: CorpusIndex) throws -> [String] {
        try index.reading { try String.fetchAll($0, sql: "SELECT DISTINCT concept FROM mention ORDER BY concept") }
    }

    /// An index holding documents but no finished run's lexicon (what an interrupted first run
    /// left) is re-analyzed by a run with another lexicon, not silently kept.
    @Test func interruptedRunIsNotMixedWithAnotherLexicon() throws {
        let roots = [folder.appendingPathComponent("docs").path]
        do {
            let index = try CorpusIndex(path: indexPath, create: true)
            _ = try Self.builder("core").update(index, roots: roots)
            try index.writing { try $0.execute(sql: "DELETE FROM meta WHERE key IN ('lexicon', 'analysis')") }
            try index.close()
        }
        let index = try CorpusIndex(path: indexPath, create: false)
        let rerun = try Self.builder("periphery").update(index, roots: roots)
        #expect((rerun.indexed, rerun.unchanged, rerun.lexiconChanged) == (2, 0, true))
        #expect(try concepts(index) == ["periphery"])
        #expect(try index.meta("lexicon") == Self.builder("periphery").analyzer.lexicon.fingerprint)
    }

    /// A re-analysis cut short leaves a marker, so the next run finishes it even with the lexicon
    /// the index recorded before.
    @Test func interruptedReanalysisIsFinishedByTheNextRun() throws {
        let roots = [folder.appendingPathComponent("docs").path]
        let index = try CorpusIndex(path: indexPath, create: true)
        _ = try Self.builder("core").update(index, roots: roots)
        try index.setMeta("lexicon", IndexBuilder.reanalysisPending)
        let rerun = try Self.builder("core").update(index, roots: roots)
        #expect((rerun.indexed, rerun.unchanged) == (2, 0))
        let again = try Self.builder("core").update(index, roots: roots)
        #expect((again.indexed, again.unchanged) == (0, 2))
    }

    /// A second writer fails at once with one clear line; the first one's work is intact.
    @Test func secondWriterIsRefusedWhileTheFirstWrites() throws {
        let first = try CorpusIndex(path: indexPath, create: true)
        #expect(throws: IndexError.beingWritten(path: indexPath)) { try CorpusIndex(path: indexPath, create: false) }
        #expect(IndexError.beingWritten(path: indexPath).description.contains("another braudel (index or merge) is writing"))
        // Readers are not writers.
        _ = try CorpusIndex(path: indexPath, access: .read)
        try first.close()
        _ = try CorpusIndex(path: indexPath, create: false)
    }

    /// `merge --force` over an index being written fails instead of replacing it under its
    /// writer; a merge also refuses an input being written (its lexicon could change mid-copy).
    @Test func mergeNeverReplacesOrReadsALiveIndex() throws {
        let roots = [folder.appendingPathComponent("docs").path]
        let shard = folder.appendingPathComponent("shard.sqlite").path
        do {
            let index = try CorpusIndex(path: shard, create: true)
            _ = try Self.builder("core").update(index, roots: roots)
            try index.close()
        }
        let live = try CorpusIndex(path: indexPath, create: true)
        _ = try Self.builder("core").update(live, roots: roots)
        let before = try Data(contentsOf: URL(fileURLWithPath: indexPath))
        #expect(throws: IndexError.beingWritten(path: indexPath)) {
            try IndexMerger(inputs: [shard], output: indexPath, replaceExisting: true).merge()
        }
        #expect(try Data(contentsOf: URL(fileURLWithPath: indexPath)) == before)
        #expect(try live.documents().count == 2)
        let other = folder.appendingPathComponent("other.sqlite").path
        #expect(throws: IndexError.beingWritten(path: indexPath)) {
            try IndexMerger(inputs: [indexPath], output: other, replaceExisting: true).merge()
        }
        try live.close()
        #expect(try IndexMerger(inputs: [indexPath, shard], output: other, replaceExisting: true).merge().stats.documents == 2)
    }
}

/// Issue 18: temporaries of a killed merge or export are removed by the next run; those of a
/// process still running are not.
@Suite struct TemporaryFilesTests {
    /// The id of a process that has ended.
    static func deadProcessID() throws -> Int32 {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/bin/true")
        try process.run()
        process.waitUntilExit()
        return process.processIdentifier
    }

    @Test func namesCarryTheirProcess() {
        let path = TemporaryFiles.path(for: "/data/braudel.sqlite")
        let name = (path as NSString).lastPathComponent
        #expect(path.hasPrefix("/data/.braudel.sqlite.") && name.hasSuffix(".tmp"))
        #expect(TemporaryFiles.owner(of: name) == getpid())
        #expect(TemporaryFiles.owner(of: name + "-wal") == getpid())
        #expect(TemporaryFiles.owner(of: "braudel.sqlite") == nil)
        #expect(TemporaryFiles.owner(of: ".notes.tmp") == nil)
    }

    @Test func leftoversOfDeadProcessesGoWhenTheNextRunStarts() throws {
        let (index, folder) = try Fixtures.populatedIndex()
        let out = folder.appendingPathComponent("out")
        try FileManager.default.createDirectory(at: out, withIntermediateDirectories: true)
        let dead = try Self.deadProcessID()
        let uuid = UUID().uuidString
        let stale = [".document.jsonl.\(dead)-\(uuid).tmp", ".merged.sqlite.\(dead)-\(uuid).tmp-wal"]
        let running = ".document.jsonl.\(getpid())-\(uuid).tmp"
        for name in stale + [running] { try Data("partial".utf8).write(to: out.appendingPathComponent(name)) }
        _ = try index.export(to: out.path, format: .jsonl)
        let left = try FileManager.default.contentsOfDirectory(atPath: out.path).filter { $0.hasPrefix(".") }
        #expect(left == [running])
        #expect(TemporaryFiles.removeLeftovers(in: out.path, includingOwn: true) == 1)
    }
}
