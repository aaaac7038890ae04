import Foundation
import Testing

/// A folder of broken and hostile files: each gets one line naming it and the reason, the rest
/// of the batch is indexed, and the run never hangs or crashes.
@Suite(.serialized) struct BadInputTests {
    func folderWithBadFiles() throws -> URL {
        let folder = try CLIRunner.scratchCopyOfCorpus()
        let corpus = folder.appendingPathComponent("corpus")
        let manager = FileManager.default
        try Data([0x54, 0x68, 0x65, 0x20, 0xFF, 0xFE, 0x20, 0x63, 0x6F, 0x72, 0x65, 0x2E, 0x0A])
            .write(to: corpus.appendingPathComponent("invalid-utf8.txt"))
        try "The semiperiphery grew (Arrighi 1994).".data(using: .utf16LittleEndian)!
            .write(to: corpus.appendingPathComponent("utf16-no-bom.txt"))
        try manager.createDirectory(at: corpus.appendingPathComponent("loop"), withIntermediateDirectories: true)
        try manager.createSymbolicLink(atPath: corpus.appendingPathComponent("loop/again").path, withDestinationPath: "..")
        try manager.createSymbolicLink(atPath: corpus.appendingPathComponent("vanished.txt").path,
                                       withDestinationPath: folder.appendingPathComponent("deleted-before-reading.txt").path)
        try manager.createDirectory(at: corpus.appendingPathComponent("folder-named.txt"), withIntermediateDirectories: true)
        return folder
    }

    @Test func badFilesAreReportedAndTheRestIsIndexed() throws {
        let folder = try folderWithBadFiles()
        defer { try? FileManager.default.removeItem(at: folder) }
        let result = try CLIRunner.run(["index", "corpus"], in: folder)
        #expect(result.status == 0, "\(result.stderr)")
        let good = CLIRunner.corpusFiles.count + 2   // the samples, plus invalid UTF-8 and UTF-16 read with warnings
        #expect(result.stderr.contains("indexed \(good), unchanged 0, removed 0, failed 1"), "\(result.stderr)")
        #expect(result.stderr.contains("vanished.txt: cannot read"), "\(result.stderr)")
        let strict = try CLIRunner.run(["index", "corpus", "--strict", "--index", "strict.sqlite"], in: folder)
        #expect(strict.status == 1)
    }

    /// Issue 18: raw ESC and CR from a document reached the terminal through table and KWIC
    /// output; they are shown escaped there, and kept (escaped by JSON's rules) in JSON.
    @Test func controlCharactersAreEscapedInTablesAndKWIC() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("braudel-cli-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: folder) }
        try FileManager.default.createDirectory(at: folder.appendingPathComponent("docs"), withIntermediateDirectories: true)
        try Data("The core\u{1B}[2J exploits the\r periphery through hegemony and unequal exchange.\n".utf8)
            .write(to: folder.appendingPathComponent("docs/escape.txt"))
        #expect(try CLIRunner.run(["index", "docs"], in: folder).status == 0)
        for arguments in [["kwic", "periphery"], ["search", "periphery"]] {
            let result = try CLIRunner.run(arguments, in: folder)
            #expect(result.status == 0, "\(result.stderr)")
            #expect(!result.stdout.contains("\u{1B}") && !result.stdout.contains("\r"), "\(arguments)")
            #expect(result.stdout.contains("\\u{1B}[2J"), "\(arguments): \(result.stdout)")
        }
        let json = try CLIRunner.run(["kwic", "periphery", "--format", "json"], in: folder)
        #expect(json.stdout.contains("\\u001b") || json.stdout.contains("\\u001B"), "\(json.stdout)")
    }

    @Test func decodingFallbacksWarnAndStillRead() throws {
        let folder = try folderWithBadFiles()
        defer { try? FileManager.default.removeItem(at: folder) }
        let utf16 = try CLIRunner.run(["text", "corpus/utf16-no-bom.txt"], in: folder)
        #expect(utf16.status == 0)
        #expect(utf16.stdout == "The semiperiphery grew (Arrighi 1994).\n")
        #expect(utf16.stderr.contains("no byte order mark"))
        let invalid = try CLIRunner.run(["text", "corpus/invalid-utf8.txt"], in: folder)
        #expect(invalid.status == 0)
        #expect(invalid.stderr.contains("invalid-utf8.txt") && invalid.stderr.contains("not valid UTF-8"))
    }

    @Test func theSizeCapRefusesLargeFilesClearly() throws {
        let path = CLIRunner.corpus.appendingPathComponent(CLIRunner.corpusFiles[0]).path
        let result = try CLIRunner.run(["text", path, "--max-file-size", "100"], in: FileManager.default.temporaryDirectory)
        #expect(result.status == 1)
        #expect(result.stderr.contains("exceeds the limit of 100 bytes"))
    }

    /// Issue 18: a file over `--max-file-size` failed the run (exit 1 when it was the only
    /// change); it is skipped with a warning, counted, and kept in the index if indexed before.
    @Test func filesOverTheSizeCapAreSkippedWithAWarning() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("braudel-cap-\(UUID().uuidString)")
        let docs = folder.appendingPathComponent("docs")
        try FileManager.default.createDirectory(at: docs, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        try Data("The semiperiphery grew (Arrighi 1994).\n".utf8).write(to: docs.appendingPathComponent("small.txt"))
        let large = docs.appendingPathComponent("large.txt")
        try Data(String(repeating: "The core and the periphery. ", count: 40).utf8).write(to: large)
        let first = try CLIRunner.run(["index", "docs", "--max-file-size", "2000"], in: folder)
        #expect(first.status == 0, "\(first.stderr)")
        #expect(first.stderr.contains("indexed 2, unchanged 0, removed 0, failed 0"), "\(first.stderr)")
        let capped = try CLIRunner.run(["index", "docs", "--max-file-size", "100", "--format", "json"], in: folder)
        #expect(capped.status == 0, "\(capped.stderr)")
        #expect(capped.stderr.contains("braudel: warning: skipped: ") && capped.stderr.contains("large.txt: 1120 bytes exceeds the limit of 100 bytes"),
                "\(capped.stderr)")
        #expect(capped.stdout.contains("\"failed\":0") || capped.stdout.contains("\"failed\": 0"), "\(capped.stdout)")
        #expect(capped.stdout.contains("\"skipped\":[{\"path\":") && capped.stdout.contains("large.txt"), "\(capped.stdout)")
        #expect(try CLIRunner.run(["stats", "--format", "csv"], in: folder).stdout.contains("documents,2"))
    }

    @Test func dryRunListsFormatsAndWritesNothing() throws {
        let folder = try CLIRunner.scratchCopyOfCorpus()
        defer { try? FileManager.default.removeItem(at: folder) }
        let result = try CLIRunner.run(["index", "corpus", "--dry-run", "--format", "csv"], in: folder)
        #expect(result.status == 0)
        #expect(result.stdout.hasPrefix("path,format,bytes"))
        #expect(result.stdout.contains(",html,") && result.stdout.contains(",md,") && result.stdout.contains(",txt,"))
        #expect(!FileManager.default.fileExists(atPath: folder.appendingPathComponent("braudel.sqlite").path))
    }
}

/// Every format in one batch with its broken and hostile twins: the good files are indexed
/// whatever their format, each bad one fails alone with one line naming it.
@Suite struct FormatBatchTests {
    @Test func everyFormatIndexesAndEveryBrokenContainerFailsAlone() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("braudel-formats-\(UUID().uuidString)")
        let papers = folder.appendingPathComponent("papers")
        try FileManager.default.createDirectory(at: papers, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let samples = CLIRunner.repository.appendingPathComponent("corpus/formats")
        let names = try FileManager.default.contentsOfDirectory(atPath: samples.path).filter { $0 != "gold" }
        for name in names {
            let data = try Data(contentsOf: samples.appendingPathComponent(name))
            try data.write(to: papers.appendingPathComponent(name))
            if name.hasSuffix(".docx") || name.hasSuffix(".epub") || name.hasSuffix(".pdf") {
                try data.prefix(data.count / 2).write(to: papers.appendingPathComponent("truncated-" + name))
            }
        }
        let fixtures = CLIRunner.repository.appendingPathComponent("Tests/BraudelDocumentsTests/Fixtures")
        for hostile in ["jats_xxe.xml", "tei_billion_laughs.xml", "jats_http_dtd.xml"] {
            try FileManager.default.copyItem(at: fixtures.appendingPathComponent(hostile), to: papers.appendingPathComponent(hostile))
        }
        let result = try CLIRunner.run(["index", "papers"], in: folder)
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stderr.contains("failed 4"), "\(result.stderr)")   // 3 truncated containers and the billion laughs
        for name in names { #expect(!result.stderr.contains("failed: " + papers.appendingPathComponent(name).path + ":")) }
        #expect(!result.stderr.contains("root:x:0:0"))
        let stats = try CLIRunner.run(["stats", "--format", "json"], in: folder)
        let json = try JSONSerialization.jsonObject(with: Data(stats.stdout.utf8)) as? [String: Any]
        let formats = Set(((json?["formats"] as? [[String: Any]]) ?? []).compactMap { $0["format"] as? String })
        #expect(formats.isSuperset(of: ["pdf", "docx", "odt", "epub", "jats", "tei"]), "\(formats)")
        let cites = try CLIRunner.run(["cites", "--format", "json"], in: folder)
        #expect(cites.stdout.contains("Wallerstein"))
    }
}
