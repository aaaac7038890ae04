import BraudelAnalysis
import BraudelConcepts
import BraudelDocuments
import Foundation
import Testing
import ZIPFoundation
@testable import BraudelCorpus
@testable import BraudelIndex

/// Issue 16: a `.zip` of documents is indexed as its documents, keyed `archive.zip/member`.
/// A zip of the development corpus (built here) gives the same index as the unzipped folder;
/// re-indexing skips an untouched archive and re-reads only changed members; a bad member is
/// one line naming archive and member while the rest is indexed.
@Suite struct ArchiveIndexTests {
    static let repository = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .deletingLastPathComponent().deletingLastPathComponent()
    static let time = Date(timeIntervalSince1970: 1_700_000_000)

    let folder: URL
    let builder: IndexBuilder

    init() throws {
        folder = try Fixtures.temporaryDirectory()
        let lexicon = try LexiconLoader.load(path: Self.repository.appendingPathComponent("lexicons/world-systems.yaml").path)
        builder = IndexBuilder(analyzer: Analyzer(lexicon: lexicon), maxFileSize: 1 << 24, batchSize: 5)
    }

    /// The documents at the top of corpus/ (the development corpus the gold covers), by name.
    static func corpusDocuments() throws -> [(name: String, bytes: Data)] {
        let corpus = repository.appendingPathComponent("corpus")
        return try FileManager.default.contentsOfDirectory(atPath: corpus.path).sorted()
            .filter { CorpusWalker.documentExtensions.contains(($0 as NSString).pathExtension.lowercased()) }
            .map { ($0, try Data(contentsOf: corpus.appendingPathComponent($0))) }
    }

    /// A ZIP at `url` holding `entries` in order, stamped with the test's fixed time.
    static func writeZip(_ entries: [(name: String, bytes: Data)], to url: URL) throws {
        try? FileManager.default.removeItem(at: url)
        let archive = try Archive(url: url, accessMode: .create)
        for entry in entries {
            try archive.addEntry(with: entry.name, type: .file, uncompressedSize: Int64(entry.bytes.count),
                                 compressionMethod: .deflate) { position, size in
                entry.bytes.subdata(in: Int(position)..<Int(position) + size)
            }
        }
        try FileManager.default.setAttributes([.modificationDate: time], ofItemAtPath: url.path)
    }

    /// Every exported table as text, with `prefix` in document paths written as `replacement`
    /// and the time of indexing left out.
    func exported(_ index: CorpusIndex, _ name: String, replacing prefix: String = "", with replacement: String = "") throws -> [String: String] {
        let output = folder.appendingPathComponent("export-\(name)").path
        var tables = [String: String]()
        for file in try index.export(to: output, format: .jsonl) {
            let text = try String(contentsOfFile: file.path, encoding: .utf8)
                .replacingOccurrences(of: #""indexed_at":[0-9.e+]+"#, with: "", options: .regularExpression)
            tables[file.table] = prefix.isEmpty ? text : text.replacingOccurrences(of: prefix, with: replacement)
        }
        return tables
    }

    @Test func aZipOfTheCorpusIndexesLikeTheUnzippedFolder() throws {
        defer { try? FileManager.default.removeItem(at: folder) }
        let documents = try Self.corpusDocuments()
        #expect(documents.count > 20)
        let unzipped = folder.appendingPathComponent("corpus")
        try FileManager.default.createDirectory(at: unzipped, withIntermediateDirectories: true)
        for document in documents {
            let file = unzipped.appendingPathComponent(document.name)
            try document.bytes.write(to: file)
            try FileManager.default.setAttributes([.modificationDate: Self.time], ofItemAtPath: file.path)
        }
        let zip = folder.appendingPathComponent("packed/corpus.zip")
        try FileManager.default.createDirectory(at: zip.deletingLastPathComponent(), withIntermediateDirectories: true)
        try Self.writeZip(documents, to: zip)

        let fromFolder = try CorpusIndex(path: folder.appendingPathComponent("folder.sqlite").path, create: true)
        let folderRun = try builder.update(fromFolder, roots: [unzipped.path])
        let fromZip = try CorpusIndex(path: folder.appendingPathComponent("zip.sqlite").path, create: true)
        let zipRun = try builder.update(fromZip, roots: [zip.deletingLastPathComponent().path])
        #expect(zipRun.indexed == documents.count && folderRun.indexed == documents.count)
        #expect(zipRun.failures.isEmpty, "\(zipRun.failures)")
        #expect(try fromZip.indexedPaths(under: zip.path).first == zip.path + "/" + documents[0].name)

        let expected = try exported(fromFolder, "folder", replacing: unzipped.path + "/", with: zip.path + "/")
        let found = try exported(fromZip, "zip")
        #expect(expected.keys.sorted() == found.keys.sorted())
        for (table, text) in expected {
            #expect(found[table] == text, "table \(table) differs")
        }
    }

    @Test func reindexingSkipsAnUntouchedArchiveAndRereadsOnlyChangedMembers() throws {
        defer { try? FileManager.default.removeItem(at: folder) }
        let documents = Array(try Self.corpusDocuments().prefix(4))
        let zip = folder.appendingPathComponent("docs/set.zip")
        try FileManager.default.createDirectory(at: zip.deletingLastPathComponent(), withIntermediateDirectories: true)
        try Self.writeZip(documents, to: zip)
        let index = try CorpusIndex(path: folder.appendingPathComponent("i.sqlite").path, create: true)
        let roots = [zip.deletingLastPathComponent().path]
        #expect(try builder.update(index, roots: roots).indexed == 4)
        let again = try builder.update(index, roots: roots)
        #expect((again.indexed, again.unchanged, again.removed) == (0, 4, 0))

        // One member edited, one dropped, one added: the archive is read again, only the new
        // and edited members are analyzed, and the dropped one leaves the index.
        var edited = Array(documents.dropLast())
        edited[0].bytes.append(Data("\n\nThe core and the semi-periphery of the world-economy.".utf8))
        edited.append((name: "more/added.md", bytes: Data("# Added\n\nHegemony passed from Genoa to the Dutch.".utf8)))
        try Self.writeZip(edited, to: zip)
        try FileManager.default.setAttributes([.modificationDate: Self.time.addingTimeInterval(60)], ofItemAtPath: zip.path)
        let changed = try builder.update(index, roots: roots)
        #expect((changed.indexed, changed.unchanged, changed.removed) == (2, 2, 1))
        #expect(try index.indexedPaths(under: zip.path).contains(zip.path + "/more/added.md"))
        #expect(!(try index.indexedPaths(under: zip.path).contains(zip.path + "/" + documents[3].name)))

        // The archive gone: its members go.
        try FileManager.default.removeItem(at: zip)
        try Data("The core.".utf8).write(to: zip.deletingLastPathComponent().appendingPathComponent("other.txt"))
        #expect(try builder.update(index, roots: roots).removed == 4)
    }

    @Test func aBadMemberIsOneLineNamingArchiveAndMemberAndTheRestIsIndexed() throws {
        defer { try? FileManager.default.removeItem(at: folder) }
        let zip = folder.appendingPathComponent("docs/mixed.zip")
        try FileManager.default.createDirectory(at: zip.deletingLastPathComponent(), withIntermediateDirectories: true)
        try Self.writeZip([
            (name: "good.txt", bytes: Data("The core and the periphery of the world-economy.".utf8)),
            (name: "empty.md", bytes: Data("   \n".utf8)),
            (name: "broken.pdf", bytes: Data("not a PDF at all".utf8)),
            (name: "../escape.txt", bytes: Data("Outside the archive.".utf8)),
            (name: "__MACOSX/._good.txt", bytes: Data([0, 5, 22, 7])),
            (name: "picture.png", bytes: Data([0x89, 0x50, 0x4E, 0x47])),
        ], to: zip)
        try Data("damaged".utf8).write(to: zip.deletingLastPathComponent().appendingPathComponent("damaged.zip"))
        let index = try CorpusIndex(path: folder.appendingPathComponent("i.sqlite").path, create: true)
        let run = try builder.update(index, roots: [zip.deletingLastPathComponent().path])
        #expect(run.indexed == 1)
        #expect(try index.indexedPaths(under: zip.path) == [zip.path + "/good.txt"])
        let reasons = run.failures.map(\.reason).sorted()
        #expect(reasons.count == 4, "\(reasons)")
        #expect(reasons.contains("\(zip.path)/empty.md: empty file"))
        #expect(reasons.contains { $0.hasPrefix("\(zip.path)/broken.pdf: cannot read PDF: not a PDF file") })
        #expect(reasons.contains("\(zip.path)/../escape.txt: unsafe ZIP entry name; not read"))
        #expect(reasons.contains { $0.hasPrefix(zip.deletingLastPathComponent().path + "/damaged.zip: ") && $0.contains("ZIP") })
        #expect(run.failures.allSatisfy { !$0.reason.contains("\n") })
    }

    @Test func aZipBombIsRefusedBeforeExtraction() throws {
        defer { try? FileManager.default.removeItem(at: folder) }
        let zip = folder.appendingPathComponent("docs/bomb.zip")
        try FileManager.default.createDirectory(at: zip.deletingLastPathComponent(), withIntermediateDirectories: true)
        // 8 MB of one letter deflates to a few KB: over the 100× expansion budget of its archive.
        try Self.writeZip([(name: "bomb.txt", bytes: Data(repeating: 0x61, count: 8 << 20))], to: zip)
        let index = try CorpusIndex(path: folder.appendingPathComponent("i.sqlite").path, create: true)
        let run = try builder.update(index, roots: [zip.deletingLastPathComponent().path])
        #expect(run.indexed == 0)
        #expect(run.failures.map(\.reason) == ["\(zip.path): ZIP archive declares \(8 << 20) bytes of documents, over the \(1 << 20)-byte expansion budget (zip bomb?)"])
    }

    /// `index --dry-run` lists an archive's documents one by one, with the format of each member
    /// and its extracted size, beside the plain files, exactly the documents a run would read.
    @Test func candidatesListArchiveMembersLikeFiles() throws {
        let documents = try Self.corpusDocuments().prefix(3)
        let zip = folder.appendingPathComponent("sub/corpus.zip")
        try FileManager.default.createDirectory(at: zip.deletingLastPathComponent(), withIntermediateDirectories: true)
        try Self.writeZip(Array(documents), to: zip)
        try Data("Wallerstein (1974) on the core.".utf8).write(to: folder.appendingPathComponent("sub/note.txt"))
        let (candidates, summary) = try builder.candidates(roots: [zip.deletingLastPathComponent().path])
        #expect(summary.failures.isEmpty)
        let expected = documents.map { DocumentArchive.memberPath(archive: zip.path, member: $0.name) } + [folder.appendingPathComponent("sub/note.txt").path]
        #expect(candidates.map(\.path) == expected)
        #expect(candidates.dropLast().map(\.bytes) == documents.map(\.bytes.count))
        #expect(candidates.allSatisfy { $0.format != nil })
    }
}
