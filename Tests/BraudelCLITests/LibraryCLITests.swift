import Foundation
import Testing

@Suite struct LibraryCLITests {
    private static let library = CLIRunner.corpus.appendingPathComponent("library")

    private func metadataRows(in folder: URL) throws -> [[String: Any]] {
        let stats = try CLIRunner.run(["stats", "--metadata", "--format", "json"], in: folder)
        #expect(stats.status == 0, "\(stats.stderr)")
        return try JSONSerialization.jsonObject(with: Data(stats.stdout.utf8)) as? [[String: Any]] ?? []
    }

    @Test func aZoteroExportGivesEveryDocumentItsMetadataAndSaysSo() throws {
        let folder = try CLIRunner.scratchCopyOfCorpus()
        defer { try? FileManager.default.removeItem(at: folder) }
        let bib = Self.library.appendingPathComponent("zotero.bib").path
        let indexed = try CLIRunner.run(["index", "corpus", "--metadata", bib], in: folder)
        #expect(indexed.status == 0, "\(indexed.stderr)")
        // The library covers the documents its gold names; documents added to corpus/ later keep
        // their own metadata, so the test does not depend on what else the corpus holds.
        let goldData = try Data(contentsOf: Self.library.appendingPathComponent("gold.json"))
        let gold = try JSONSerialization.jsonObject(with: goldData) as? [String: Any]
        let covered = Set((gold?["documents"] as? [String: Any] ?? [:]).keys)
        let count = covered.count, total = CLIRunner.corpusFiles.count
        #expect(indexed.stderr.contains("metadata: \(count) of \(total) document(s) matched to a library entry"), "\(indexed.stderr)")
        let rows = try metadataRows(in: folder)
        #expect(rows.count == total)
        for row in rows where covered.contains(URL(fileURLWithPath: row["path"] as? String ?? "").lastPathComponent) {
            #expect(row["title_source"] as? String == "sidecar", "\(row["path"] ?? "")")
            #expect(row["year_source"] as? String == "sidecar", "\(row["path"] ?? "")")
            #expect(row["year"] as? Int != nil)
            #expect(row["entry_key"] as? String != nil)
        }
        let summary = try CLIRunner.run(["stats", "--format", "csv"], in: folder)
        #expect(summary.stdout.contains("metadata.year.sidecar,\(count)"), "\(summary.stdout)")

        // The same files without the library: matched again, metadata from the documents.
        let again = try CLIRunner.run(["index", "corpus"], in: folder)
        #expect(again.stderr.contains("metadata files changed since the last run"), "\(again.stderr)")
        let plain = try metadataRows(in: folder)
        #expect(plain.allSatisfy { $0["matched_by"] is NSNull && ($0["title_source"] as? String ?? "document") == "document" })
    }

    @Test func aBrokenSidecarIsReportedByLineAndTheBatchGoesOn() throws {
        let folder = try CLIRunner.scratchCopyOfCorpus()
        defer { try? FileManager.default.removeItem(at: folder) }
        let broken = Self.library.appendingPathComponent("broken.bib").path
        let indexed = try CLIRunner.run(["index", "corpus", "--metadata", broken], in: folder)
        #expect(indexed.status == 0)
        #expect(indexed.stderr.contains("braudel: warning: \(broken):9: value of field 'title' runs into the next entry"), "\(indexed.stderr)")
        #expect(indexed.stderr.contains("\(broken):15: undefined @string macro 'nosuchmacro'"))
        #expect(indexed.stderr.contains("indexed \(CLIRunner.corpusFiles.count),"))
    }

    @Test func analyzeSaysWhereEachValueCameFrom() throws {
        let folder = try CLIRunner.scratchCopyOfCorpus()
        defer { try? FileManager.default.removeItem(at: folder) }
        let corpus = folder.appendingPathComponent("corpus")
        // A Better BibTeX entry beside the file, found without --metadata; no year in the entry.
        try """
            @article{diallo_unequal,
              title = {Unequal Exchange after Fifty Years},
              author = {Diallo, Ibrahim},
              journaltitle = {Review of African Political Economy},
              doi = {10.1080/03056244.2022.0001},
              langid = {english},
              keywords = {unequal exchange, value transfer},
              file = {/home/ibrahim/Zotero/storage/K2J3H4G5/unequal-exchange.txt},
            }
            """.write(to: corpus.appendingPathComponent("library.bib"), atomically: true, encoding: .utf8)
        let result = try CLIRunner.run(["analyze", "corpus/unequal-exchange.txt", "--format", "json"], in: folder)
        #expect(result.status == 0, "\(result.stderr)")
        let json = try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any]
        let document = json?["document"] as? [String: Any]
        let sources = document?["metadata_sources"] as? [String: Any]
        #expect(sources?["title"] as? String == "sidecar")
        #expect(sources?["authors"] as? String == "sidecar")
        let library = document?["library"] as? [String: Any]
        #expect(library?["matched_by"] as? String == "file")
        #expect(library?["doi"] as? String == "10.1080/03056244.2022.0001")
        #expect(library?["keywords"] as? [String] == ["unequal exchange", "value transfer"])
        #expect(library?["container"] as? String == "Review of African Political Economy")
    }
}
