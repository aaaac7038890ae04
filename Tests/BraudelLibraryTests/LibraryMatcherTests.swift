import BraudelDocuments
@testable import BraudelLibrary
import Foundation
import Testing

@Suite struct LibraryMatcherTests {
    private struct Gold: Decodable {
        struct Expected: Decodable {
            var key: String
            var matched_by: String
        }
        var documents: [String: Expected]
    }

    /// The corpus's documents laid out as Zotero's export with files: the .bib at the top, each
    /// attachment in `files/N/`, and the documents whose entry has no attachment beside it.
    private func zoteroExport(in folder: URL) throws -> [String: String] {
        let bib = libraryFixtures.appendingPathComponent("zotero.bib")
        try FileManager.default.copyItem(at: bib, to: folder.appendingPathComponent("zotero.bib"))
        let gold = try JSONDecoder().decode(Gold.self, from: Data(contentsOf: libraryFixtures.appendingPathComponent("gold.json")))
        let entries = BibTeXParser().parse(try String(contentsOf: bib, encoding: .utf8), file: bib.path, folder: folder.path).entries
        var placed = [String: String]()
        for name in gold.documents.keys {
            let attached = entries.flatMap(\.files).first { ($0 as NSString).lastPathComponent == name }
            let target = attached ?? folder.appendingPathComponent(name).path
            try FileManager.default.createDirectory(atPath: (target as NSString).deletingLastPathComponent, withIntermediateDirectories: true)
            try FileManager.default.copyItem(atPath: repository.appendingPathComponent("corpus/\(name)").path, toPath: target)
            placed[name] = target
        }
        return placed
    }

    @Test func everyDocumentOfAZoteroExportGetsItsEntry() throws {
        let folder = try temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let placed = try zoteroExport(in: folder)
        let library = MetadataLibrary.load(files: [], roots: [folder.path])
        #expect(library.errors.isEmpty)
        #expect(library.sidecars == [folder.appendingPathComponent("zotero.bib").standardizedFileURL.path])
        let matcher = LibraryMatcher(library)
        let gold = try JSONDecoder().decode(Gold.self, from: Data(contentsOf: libraryFixtures.appendingPathComponent("gold.json")))
        var matched = 0
        for (name, expected) in gold.documents.sorted(by: { $0.key < $1.key }) {
            let path = CorpusWalker.absolute(placed[name]!)
            let document = try ReaderRegistry.standard.read(fileAt: path, maxBytes: 1 << 26, context: .empty)
            let match = matcher.match(path: path, text: document.text, title: document.metadata.title)
            #expect(match?.entry.key == expected.key, "\(name)")
            #expect(match?.method.rawValue == expected.matched_by, "\(name)")
            if match?.entry.key == expected.key { matched += 1 }
        }
        #expect(matched == gold.documents.count)
    }

    private func library(_ bib: String) -> MetadataLibrary {
        var library = MetadataLibrary()
        library.add(BibTeXParser().parse(bib, file: "test.bib", folder: "/"))
        return library
    }

    @Test func doiAtTheHeadMatchesButACitedWorksDOIDoesNot() {
        let matcher = LibraryMatcher(library("""
            @article{own, title = {Chains of Value}, doi = {10.1234/own.2020.7}, year = 2020}
            @article{cited, title = {Another Work Entirely}, doi = {10.1234/cited.1999}, year = 1999}
            """))
        let head = "Chains of Value: An Essay\nhttps://doi.org/10.1234/OWN.2020.7\n\nText of the essay."
        #expect(matcher.match(path: "/x/a.txt", text: head, title: nil)?.entry.key == "own")
        #expect(matcher.match(path: "/x/a.txt", text: head, title: nil)?.method == .doi)
        let body = String(repeating: "Prose about trade. ", count: 400) + "\nReferences\nOther, A. 1999. doi:10.1234/cited.1999"
        #expect(matcher.match(path: "/x/b.txt", text: body, title: nil) == nil)
    }

    @Test func titlesBelowTheThresholdOrTooShortDoNotMatch() {
        let matcher = LibraryMatcher(library("""
            @article{long, title = {The Stratification of the World-Economy: An Exploration of the Semiperipheral Zone}}
            @incollection{short, title = {Introduction}}
            """))
        let typo = matcher.match(path: "/a", text: "", title: "The Stratification of the World Economy: An Exploration of the Semi-peripheral Zone")
        #expect(typo?.entry.key == "long")
        #expect((typo?.score ?? 0) >= LibraryMatcher.titleThreshold)
        #expect(matcher.match(path: "/a", text: "", title: "The Stratification of the Labour Market in Three Port Cities") == nil)
        #expect(matcher.match(path: "/a", text: "Introduction\n\nSome text.", title: "Introduction") == nil)
    }
}
