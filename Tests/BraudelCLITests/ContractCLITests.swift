import Foundation
import Testing

/// One contract for every command: the same snake_case field names in JSON keys, CSV headers and
/// table headers; one concept-name resolver; one error form; and the bugs of issue 17 pinned.
@Suite(.serialized) final class ContractCLITests {
    let folder: URL

    init() throws {
        folder = try CLIRunner.indexedScratchCorpus()
    }

    deinit { try? FileManager.default.removeItem(at: folder) }

    /// Every field name any command prints, in JSON, CSV or a table header.
    static let fieldNames: Set<String> = [
        // stats and export: a document's languages
        "language", "languages",
        // search, kwic
        "path", "year", "sentence", "start", "end", "score", "match", "spans", "text", "left", "right",
        // concepts, trends
        "concept", "label", "broader", "mentions", "documents", "tokens", "per_ten_thousand_tokens",
        // cooc
        "concept_a", "concept_b", "unit", "window", "count", "count_a", "count_b", "units", "expected",
        "pmi", "npmi", "g2", "dice", "log_dice",
        // cites
        "work", "authors", "title", "citations", "cited_by",
        // stats
        "measure", "value", "sentences", "concepts", "linked_citations", "references", "works", "formats", "format",
        "linked", "unlinked", "unlinked_texts", "uncited",
        // index
        "index", "indexed", "unchanged", "removed", "failed", "failures", "skipped", "reason", "empty_folders", "other_shards",
        "lexicon_changed", "analysis_changed", "bytes", "megabytes", "seconds", "megabytes_per_second",
        // graph (csv edge list, json node-link)
        "source", "target", "weight", "source_label", "target_label", "nodes", "edges", "links", "id", "type",
        "occurrences", "directed", "multigraph", "graph", "cosine", "association", "jaccard", "sentences_count",
        // analyze
        "document", "kind", "key", "detail", "et_al", "locator", "narrative", "reference", "raw", "container",
        "volume", "issue", "pages", "publisher", "place", "doi", "url", "warnings", "entries", "in",
        // library metadata (analyze, stats --metadata)
        "metadata_sources", "library", "sidecar", "matched_by", "score", "language", "keywords", "title_source",
        "authors_source", "year_source", "entry_line", "entry_key",
        // lexicon check, merge
        "line", "severity", "message", "inputs", "stats", "duplicates",
        // clusters (and --slice), bursts, cites --centrality
        "modularity", "clusters", "slices", "size", "mean_year", "labels", "top_nodes", "period", "previous", "overlap",
        "begin", "strength", "total", "degree", "betweenness", "pagerank",
    ]

    /// Every query command, as run on the corpus index.
    static let commands: [[String]] = [
        ["search", "concept:hegemony decline"], ["kwic", "hegemony"], ["kwic", "world economy"], ["concepts"], ["concepts", "--by", "document"],
        ["cooc"], ["cooc", "--by", "year"], ["cooc", "--window", "5"], ["trends", "hegemony"], ["cites"],
        ["cites", "--concept", "hegemony"], ["stats"], ["stats", "--citations"], ["stats", "--metadata"], ["graph", "cocitation"],
        ["graph", "concepts"], ["index", "corpus", "--index", "braudel.sqlite"], ["index", "corpus", "--dry-run"],
        ["text", "corpus/world-revolutions.md"], ["analyze", "corpus/world-revolutions.md"],
        ["lexicon", "check", CLIRunner.lexicon.path], ["merge", "braudel.sqlite", "--into", "merged.sqlite", "--force"],
        ["clusters", "cocitation"], ["clusters", "concepts", "--slice", "5"], ["bursts", "concepts"], ["bursts", "works"],
        ["cites", "--centrality"],
    ]

    private func run(_ arguments: [String]) throws -> CLIRunner.Result {
        try CLIRunner.run(arguments, in: folder)
    }

    private func json(_ arguments: [String]) throws -> Any {
        let result = try run(arguments + ["--format", "json"])
        #expect(result.status == 0, "\(arguments): \(result.stderr)")
        return try JSONSerialization.jsonObject(with: Data(result.stdout.utf8))
    }

    private static func keys(_ value: Any) -> Set<String> {
        if let object = value as? [String: Any] {
            return object.reduce(into: Set(object.keys)) { keys, entry in
                // Lists of objects (spans, failures, formats) follow the same rule.
                if entry.value is [Any] || entry.value is [String: Any] { keys.formUnion(Self.keys(entry.value)) }
            }
        }
        if let list = value as? [Any] { return list.reduce(into: Set<String>()) { $0.formUnion(keys($1)) } }
        return []
    }

    @Test func everyCommandNamesItsFieldsFromOneList() throws {
        for command in Self.commands {
            let names = Self.keys(try json(command))
            #expect(names.allSatisfy { $0.wholeMatch(of: /[a-z][a-z0-9_]*/) != nil }, "\(command): \(names)")
            #expect(names.isSubset(of: Self.fieldNames), "\(command) JSON: \(names.subtracting(Self.fieldNames))")
            let csv = try run(command + ["--format", "csv"])
            #expect(csv.status == 0, "\(command): \(csv.stderr)")
            // index and merge print their summary as JSON or as text; the others have CSV columns.
            guard !["index", "merge"].contains(command[0]) || command.contains("--dry-run") else { continue }
            let firstLine = String(String.UnicodeScalarView(csv.stdout.unicodeScalars.prefix { $0 != "\r" && $0 != "\n" }))
            let header = Set(firstLine.components(separatedBy: ","))
            #expect(header.isSubset(of: Self.fieldNames), "\(command) CSV: \(header.subtracting(Self.fieldNames))")
            if let rows = try json(command) as? [[String: Any]], let first = rows.first {
                #expect(Set(first.keys).isSubset(of: header), "\(command): JSON keys missing from the CSV header")
            }
        }
    }

    @Test func csvKeepsFullPrecisionAndPlainText() throws {
        let csv = try run(["cooc", "--format", "csv", "--top", "1"]).stdout
        let row = csv.components(separatedBy: "\r\n")[1].components(separatedBy: ",")
        // Compared as text: Foundation's JSON parser on Linux may lose the last digit.
        let json = try run(["cooc", "--top", "1", "--format", "json"]).stdout
        #expect(row[10].count >= 15 && json.contains("\"npmi\":\(row[10]),"), "\(row[10]) in \(json)")
        let search = try run(["search", "concept:hegemony", "--format", "csv"]).stdout
        #expect(!search.contains("«") && search.hasPrefix("path,year,sentence,start,end"))
    }

    @Test func conceptFiltersGiveEachSentenceOnce() throws {
        for query in ["concept:hegemony author:park", "concept:hegemony year:1990..", "concept:semiperiphery year:2019"] {
            let hits = try #require(try json(["search", query, "--limit", "100000"]) as? [[String: Any]])
            let keys = hits.map { "\($0["path"] ?? "")#\($0["sentence"] ?? "")" }
            #expect(!hits.isEmpty && Set(keys).count == keys.count, "\(query): \(keys.count - Set(keys).count) duplicate rows")
        }
    }

    @Test func aBareConceptMeansTheSameWithFilters() throws {
        func keys(_ query: String) throws -> [String] {
            try #require(try json(["search", query, "--limit", "100000"]) as? [[String: Any]])
                .map { "\($0["path"] ?? "")#\($0["sentence"] ?? "")" }
        }
        let filtered = try keys("concept:hegemony author:park")
        #expect(!filtered.isEmpty)
        #expect(try keys("hegemony author:park") == filtered)
        #expect(try keys("Hegemony year:1990..") == keys("concept:hegemony year:1990.."))
        #expect(try keys("semi-peripheral author:park") == keys("concept:semiperiphery author:park"))
        // A grouping concept's id typed as a word stays a word.
        #expect(try keys("structure") == keys("\"structure\"") && !keys("structure").isEmpty)
    }

    @Test func commonOptionsComeBeforeOrAfterTheSubcommand() throws {
        let before = try run(["--index", "braudel.sqlite", "--format", "json", "cites", "--top", "3"])
        let after = try run(["cites", "--top", "3", "--index", "braudel.sqlite", "--format", "json"])
        #expect(before.status == 0, "\(before.stderr)")
        #expect(before.stdout == after.stdout && !before.stdout.isEmpty)
        #expect(try run(["--format=csv", "stats"]).stdout.hasPrefix("measure,value"))
    }

    @Test func aFailedFirstIndexLeavesNoFile() throws {
        try FileManager.default.createDirectory(at: folder.appendingPathComponent("empty"), withIntermediateDirectories: true)
        for target in ["empty", "missing-folder"] {
            let result = try run(["index", target, "--index", "failed.sqlite"])
            #expect(result.status == 1)
            #expect(result.stderr.hasPrefix("braudel: error: "), "\(result.stderr)")
            #expect(!FileManager.default.fileExists(atPath: folder.appendingPathComponent("failed.sqlite").path), "\(target)")
        }
    }

    @Test func nothingPointsAtDesignFilesOutsideTheRepository() throws {
        var texts = [try String(contentsOf: CLIRunner.repository.appendingPathComponent("Package.swift"), encoding: .utf8)]
        let sources = CLIRunner.repository.appendingPathComponent("Sources")
        for case let file as URL in FileManager.default.enumerator(at: sources, includingPropertiesForKeys: nil)!
        where file.pathExtension == "swift" {
            texts.append(try String(contentsOf: file, encoding: .utf8))
        }
        for command in ["index", "text", "analyze", "search", "kwic", "concepts", "cooc", "trends", "cites", "graph",
                        "stats", "export", "merge"] {
            texts.append(try run([command, "--help"]).stdout)
        }
        texts.append(try run(["--help"]).stdout)
        for text in texts { #expect(!text.contains("DESIGN.md")) }
    }

    @Test func coocRejectsNegativeCountsAndSortsByEveryMeasureItPrints() throws {
        let negative = try run(["cooc", "--top", "-3"])
        #expect(negative.status == 2)
        #expect(negative.stderr == "braudel: error: --top must be between 0 and 100000000 (got -3)\n")
        for measure in ["pmi", "dice", "npmi", "g2", "log_dice"] {
            let sort = measure == "log_dice" ? "logdice" : measure
            let rows = try #require(try json(["cooc", "--sort", sort, "--top", "30"]) as? [[String: Any]])
            let values = rows.compactMap { $0[measure] as? Double }
            #expect(values.count == rows.count && values == values.sorted(by: >), "\(measure)")
        }
        #expect(try run(["kwic", "x", "--width", "100000"]).status == 2)
        #expect(try run(["search", "x", "--limit", "-1"]).status == 2)
    }

    @Test func conceptNamesResolveOneWayEverywhere() throws {
        let byID = try run(["kwic", "semiperiphery", "--format", "json"]).stdout
        #expect(try run(["kwic", "Semi-Periphery", "--format", "json"]).stdout == byID)
        #expect(try run(["kwic", "concept:semi-peripheral", "--format", "json"]).stdout == byID)
        let unknown: [[String]] = [
            ["search", "concept:hegemoni"], ["kwic", "concept:hegemoni"], ["cooc", "--concept", "hegemoni"],
            ["trends", "hegemoni"], ["cites", "--concept", "hegemoni"], ["graph", "concepts", "--concept", "hegemoni"],
        ]
        for command in unknown {
            let result = try run(command)
            #expect(result.status == 1, "\(command)")
            #expect(result.stdout.isEmpty)
            #expect(result.stderr == "braudel: error: unknown concept 'hegemoni'; did you mean 'hegemony'? (see `braudel concepts`)\n",
                    "\(command): \(result.stderr)")
        }
    }

    @Test func usageIsShortAndTyposSuggestTheCommand() throws {
        let bare = try run([])
        #expect(bare.status == 2 && bare.stderr.hasPrefix("Usage: braudel <command>") && bare.stdout.isEmpty)
        let typo = try run(["serch", "x"])
        #expect(typo.status == 2)
        #expect(typo.stderr == "braudel: error: unknown command 'serch'; did you mean 'search'? (see `braudel --help`)\n")
        let onlyOptions = try run(["--index", "braudel.sqlite"])
        #expect(onlyOptions.status == 2 && onlyOptions.stderr.hasPrefix("Usage: braudel <command>"))
        let nested = try run(["lexicon", "chek", "x"])
        #expect(nested.status == 2)
        #expect(nested.stderr == "braudel: error: unknown command 'chek'; did you mean 'check'? (see `braudel lexicon --help`)\n")
        let badValue = try run(["cooc", "--sort", "foo"])
        #expect(badValue.status == 2 && badValue.stderr.split(separator: "\n").count == 1 && badValue.stderr.contains("logdice"))
        let badOption = try run(["stats", "--bogus"])
        #expect(badOption.status == 2 && badOption.stderr.hasPrefix("braudel: error: "), "\(badOption.stderr)")
        let missing = try run(["stats", "--index", "nowhere.sqlite"])
        #expect(missing.status == 1 && missing.stderr.hasPrefix("braudel: error: ") && missing.stderr.split(separator: "\n").count == 1)
    }

    @Test func indexPrintsItsSummaryAsOneJSONObject() throws {
        let result = try run(["index", "corpus", "--format", "json"])
        #expect(result.status == 0)
        let summary = try #require(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any])
        #expect(summary["unchanged"] as? Int == CLIRunner.corpusFiles.count && summary["indexed"] as? Int == 0)
        #expect(summary["index"] as? String == "braudel.sqlite")
    }

    @Test func textAndAnalyzeReadStandardInput() throws {
        let process = Process()
        process.executableURL = CLIRunner.binary
        process.arguments = ["analyze", "-", "--format", "json"]
        var environment = ProcessInfo.processInfo.environment
        environment["BRAUDEL_LEXICON"] = CLIRunner.lexicon.path
        process.environment = environment
        let input = Pipe(), output = Pipe()
        process.standardInput = input
        process.standardOutput = output
        try process.run()
        input.fileHandleForWriting.write(Data("The semiperiphery grew (Arrighi 1994).\n".utf8))
        try input.fileHandleForWriting.close()
        let data = output.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        #expect(process.terminationStatus == 0)
        let report = try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
        #expect((report["concepts"] as? [Any])?.count == 1 && (report["citations"] as? [Any])?.count == 1)
    }
}
