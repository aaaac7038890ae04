import Foundation
import Testing

/// `cites --format bibtex|ris|csljson` and `stats --metadata --format …`, read back by the
/// formats' reference parsers from PyPI (bibtexparser, rispy, and citeproc-py, which renders the
/// CSL-JSON as a bibliography).
@Suite(.serialized) final class BibliographyCLITests {
    let folder: URL

    init() throws {
        folder = try CLIRunner.scratchCopyOfCorpus()
        let bib = CLIRunner.corpus.appendingPathComponent("library/zotero.bib").path
        let indexed = try CLIRunner.run(["index", "corpus", "--metadata", bib], in: folder)
        #expect(indexed.status == 0, "\(indexed.stderr)")
    }

    deinit { try? FileManager.default.removeItem(at: folder) }

    private func write(_ arguments: [String], to name: String) throws -> String {
        let result = try CLIRunner.run(arguments, in: folder)
        #expect(result.status == 0, "\(arguments): \(result.stderr)")
        try result.stdout.write(to: folder.appendingPathComponent(name), atomically: true, encoding: .utf8)
        return result.stdout
    }

    /// Titles of the works `cites` lists, in order.
    private func citedTitles() throws -> [String] {
        let json = try CLIRunner.run(["cites", "--top", "1000", "--format", "json"], in: folder)
        let works = try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [[String: Any]] ?? []
        return works.map { $0["title"] as? String ?? "" }
    }

    @Test func citedWorksLoadInBibtexparserRispyAndJSONWithStableKeys() throws {
        let probe = try CLIGraphFormats.python(["-c", "import bibtexparser, rispy, citeproc"])
        try #require(probe.status == 0, "python3 cannot import bibtexparser, rispy and citeproc (run scripts/install-deps --test): \(probe.output)")
        let bibtex = try write(["cites", "--top", "1000", "--format", "bibtex"], to: "works.bib")
        #expect(try write(["cites", "--top", "1000", "--format", "bibtex"], to: "again.bib") == bibtex)
        _ = try write(["cites", "--top", "1000", "--format", "ris"], to: "works.ris")
        _ = try write(["cites", "--top", "1000", "--format", "csljson"], to: "works.json")
        _ = try write(["stats", "--metadata", "--format", "bibtex"], to: "documents.bib")
        let script = """
            import json, sys, bibtexparser, rispy
            from citeproc import CitationStylesStyle, CitationStylesBibliography, Citation, CitationItem, formatter
            from citeproc.source.json import CiteProcJSON
            folder = sys.argv[1]
            works = bibtexparser.parse_string(open(folder + '/works.bib', encoding='utf-8').read())
            assert not works.failed_blocks, [b.error for b in works.failed_blocks]
            ris = rispy.loads(open(folder + '/works.ris', encoding='utf-8').read())
            csl = json.load(open(folder + '/works.json', encoding='utf-8'))
            # CSL-JSON as a CSL processor reads it: every item rendered in a bibliography style.
            bibliography = CitationStylesBibliography(CitationStylesStyle('harvard-cite-them-right', validate=False),
                                                      CiteProcJSON(csl), formatter.plain)
            for item in csl: bibliography.register(Citation([CitationItem(item['id'])]))
            rendered = [str(entry) for entry in bibliography.bibliography()]
            docs = bibtexparser.parse_string(open(folder + '/documents.bib', encoding='utf-8').read())
            assert not docs.failed_blocks
            print(json.dumps({
                "bibtex_titles": [e.fields_dict["title"].value if "title" in e.fields_dict else "" for e in works.entries],
                "bibtex_keys": [e.key for e in works.entries],
                "ris_ids": [r["id"] for r in ris],
                "csl_ids": [c["id"] for c in csl],
                "csl_rendered": sum(1 for entry in rendered if entry.strip()),
                "dois": sum(1 for e in works.entries if "doi" in e.fields_dict),
                "documents": [(e.key, e.fields_dict["year"].value if "year" in e.fields_dict else "") for e in docs.entries],
            }))
            """
        let output = try ClustersCLITests.python(script, [folder.path])
        let read = try #require(try JSONSerialization.jsonObject(with: Data(output.utf8)) as? [String: Any])
        let keys = read["bibtex_keys"] as? [String] ?? []
        let titles = try citedTitles()
        #expect(keys.count == titles.count && !keys.isEmpty)
        #expect(Set(keys).count == keys.count, "citation keys are unique")
        #expect(read["ris_ids"] as? [String] == keys)
        #expect(read["csl_ids"] as? [String] == keys)
        #expect(read["csl_rendered"] as? Int == keys.count, "citeproc-py renders every CSL-JSON item")
        #expect((read["bibtex_titles"] as? [String])?.filter { !$0.isEmpty }.count == titles.filter { !$0.isEmpty }.count)
        #expect((read["dois"] as? Int ?? 0) > 0, "works with a DOI in some reference list carry it")
        let documents = read["documents"] as? [[Any]] ?? []
        #expect(documents.count == CLIRunner.corpusFiles.count)
        // Every document the library covers has its year (the library's gold names them).
        let gold = try JSONSerialization.jsonObject(with: Data(contentsOf: CLIRunner.corpus.appendingPathComponent("library/gold.json")))
        let covered = ((gold as? [String: Any])?["documents"] as? [String: Any] ?? [:]).count
        #expect(documents.filter { ($0.last as? String)?.count == 4 }.count >= covered, "documents of the library carry its year")
    }

    @Test func bibliographyFormatsNeedAListing() throws {
        let result = try CLIRunner.run(["stats", "--format", "bibtex"], in: folder)
        #expect(result.status == 2)
        #expect(result.stderr.contains("use it with --metadata"))
    }
}
