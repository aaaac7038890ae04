import Foundation
import Testing

/// `braudel export` on the corpus, read back by independent readers: DuckDB for JSON Lines (as
/// an analyst would load it) and Python's csv module for CSV, each compared with the index
/// itself through Python's sqlite3.
@Suite(.serialized) final class ExportCLITests {
    let folder: URL
    static let tables = ["documents", "sentences", "mentions", "citations", "references", "works"]
    /// The index tables the files come from.
    static let sources = ["document", "sentence", "mention", "citation", "reference", "work"]

    init() throws {
        folder = try CLIRunner.scratchCopyOfCorpus()
        let indexed = try CLIRunner.run(["index", CLIRunner.corpus.path], in: folder)
        #expect(indexed.status == 0, "\(indexed.stderr)")
    }

    deinit { try? FileManager.default.removeItem(at: folder) }

    /// Runs a Python script with arguments in the test folder; the script prints its findings.
    private func python(_ script: String, _ arguments: [String] = []) throws -> (status: Int32, output: String) {
        try CLIGraphFormats.python(["-c", script] + arguments.map { folder.appendingPathComponent($0).path })
    }

    @Test func duckDBReadsTheJSONLinesWithTheIndexCounts() throws {
        // The export must be checked by a real loader: a missing DuckDB is a broken test set-up
        // (scripts/install-deps --test installs it), never a pass.
        let probe = try CLIGraphFormats.python(["-c", "import duckdb"])
        try #require(probe.status == 0, "python3 cannot import duckdb (run scripts/install-deps --test): \(probe.output)")
        let exported = try CLIRunner.run(["export", "--output", "out"], in: folder)
        #expect(exported.status == 0 && exported.stdout.isEmpty, "\(exported.stderr)")
        let script = """
            import sys, sqlite3, duckdb
            index, out = sys.argv[1], sys.argv[2]
            db = sqlite3.connect(index)
            duck = duckdb.connect()
            tables = \(Self.pythonList(Self.tables))
            sources = \(Self.pythonList(Self.sources))
            for table, source in zip(tables, sources):
                expected = db.execute(f'SELECT COUNT(*) FROM "{source}"').fetchone()[0]
                got = duck.execute(f"SELECT COUNT(*) FROM read_json_auto('{out}/{table}.jsonl')").fetchone()[0]
                print(table, expected, got)
            for table in tables:
                for name, kind in duck.execute(f"SELECT column_name, column_type FROM (DESCRIBE SELECT * FROM read_json_auto('{out}/{table}.jsonl'))").fetchall():
                    print("type", table, name, kind)
            joined = duck.execute(f\"\"\"SELECT COUNT(*) FROM read_json_auto('{out}/mentions.jsonl') m
                JOIN read_json_auto('{out}/sentences.jsonl') s ON s.id = m.sentence_id
                JOIN read_json_auto('{out}/documents.jsonl') d ON d.id = m.document_id
                WHERE s.document_id = m.document_id AND substring(d.text, m.start + 1, m."end" - m.start) = m.text\"\"\").fetchone()[0]
            print("offsets", joined, db.execute("SELECT COUNT(*) FROM mention").fetchone()[0])
            duck.execute(f"COPY (SELECT * FROM read_json_auto('{out}/sentences.jsonl')) TO '{out}/sentences.parquet' (FORMAT parquet)")
            print("parquet", duck.execute(f"SELECT COUNT(*) FROM '{out}/sentences.parquet'").fetchone()[0])
            """
        let read = try python(script, ["braudel.sqlite", "out"])
        #expect(read.status == 0, "\(read.output)")
        var lines = [String: [String]]()
        for line in read.output.split(separator: "\n") {
            let fields = line.split(separator: " ").map(String.init)
            lines[fields[0]] = Array(fields.dropFirst())
        }
        for table in Self.tables {
            let counts = try #require(lines[table], "\(table) missing from: \(read.output)")
            #expect(counts.count == 2 && counts[0] == counts[1] && Int(counts[0]) ?? 0 > 0, "\(table): index vs DuckDB \(counts)")
        }
        // DuckDB's inferred types are the documented ones (a column null in every row infers NULL).
        let duckTypes = ["integer": "BIGINT", "real": "DOUBLE", "text": "VARCHAR", "boolean": "BOOLEAN", "text[]": "VARCHAR[]"]
        let inferred = read.output.split(separator: "\n").filter { $0.hasPrefix("type ") }.map { $0.split(separator: " ").map(String.init) }
        for table in Self.tables {
            let documented = try Self.documentedColumns(table)
            let found = inferred.filter { $0[1] == table }
            #expect(found.map { $0[2] } == documented.map(\.name), "\(table): DuckDB columns in documented order")
            for row in found {
                guard let column = documented.first(where: { $0.name == row[2] }) else { continue }
                let ok = row[3] == duckTypes[column.type] || (row[3] == "\"NULL\"" && column.nullable)
                #expect(ok, "\(table).\(row[2]): DuckDB reads \(row[3]), README says \(column.type)")
            }
        }
        let offsets = try #require(lines["offsets"])
        #expect(offsets.count == 2 && offsets[0] == offsets[1], "every mention's offsets cut its text out of the document: \(offsets)")
        #expect(lines["parquet"] == [lines["sentences"]?.first ?? "?"])
    }

    @Test func csvReadsBackExactlyWithPythonsCSVModule() throws {
        let exported = try CLIRunner.run(["export", "--format", "csv", "--output", "csv"], in: folder)
        #expect(exported.status == 0, "\(exported.stderr)")
        // Every cell compared with the index row it came from: text with quotes, commas and line
        // breaks must survive RFC 4180 quoting; null is an empty field.
        let script = """
            import sys, csv, sqlite3, json
            index, out = sys.argv[1], sys.argv[2]
            db = sqlite3.connect(index)
            def cell(value, column):
                if value is None: return ""
                if column in ("et_al", "narrative"): return "true" if value else "false"
                return str(value)
            tables = \(Self.pythonList(Self.tables))
            sources = \(Self.pythonList(Self.sources))
            for table, source in zip(tables, sources):
                with open(f"{out}/{table}.csv", newline="", encoding="utf-8") as f:
                    rows = list(csv.reader(f))
                header, body = rows[0], rows[1:]
                order = "key" if source == "work" else "id"
                expected = db.execute(f'SELECT {", ".join(chr(34) + c + chr(34) for c in header)} FROM "{source}" ORDER BY {order}').fetchall()
                same = sum(1 for got, want in zip(body, expected) if got == [cell(v, c) for v, c in zip(want, header)])
                print(table, len(expected), len(body), same)
            with open(f"{out}/sentences.csv", newline="", encoding="utf-8") as f:
                multiline = sum(1 for row in csv.DictReader(f) if "\\n" in row["text"])
            with open(f"{out}/citations.csv", newline="", encoding="utf-8") as f:
                authors = [json.loads(row["authors"]) for row in csv.DictReader(f)]
            print("multiline", multiline, "authorlists", sum(1 for a in authors if isinstance(a, list) and a))
            """
        let read = try python(script, ["braudel.sqlite", "csv"])
        #expect(read.status == 0, "\(read.output)")
        var counted = 0
        for line in read.output.split(separator: "\n") {
            let fields = line.split(separator: " ").map(String.init)
            if Self.tables.contains(fields[0]) {
                counted += 1
                #expect(fields.count == 4 && fields[1] == fields[2] && fields[2] == fields[3] && fields[1] != "0",
                        "\(fields[0]): index rows, CSV rows, identical rows: \(fields)")
            } else if fields.first == "multiline" {
                #expect(Int(fields[1]) ?? 0 > 0, "sentences with line breaks exercise the quoting")
                #expect(Int(fields[3]) ?? 0 > 0)
            }
        }
        #expect(counted == Self.tables.count, "\(read.output)")
    }

    @Test func exportColumnsAreTheDocumentedSchema() throws {
        let exported = try CLIRunner.run(["export", "--format", "csv", "--output", "csv"], in: folder)
        #expect(exported.status == 0, "\(exported.stderr)")
        for table in Self.tables {
            let text = try String(contentsOf: folder.appendingPathComponent("csv/\(table).csv"), encoding: .utf8)
            let header = text.prefix { $0 != "\r\n" && $0 != "\n" }.split(separator: ",").map(String.init)
            #expect(header == (try Self.documentedColumns(table)).map(\.name), "README documents every column of \(table)")
        }
    }

    /// The columns the README's schema table gives for one exported file.
    static func documentedColumns(_ table: String) throws -> [(name: String, type: String, nullable: Bool)] {
        let readme = try String(contentsOf: CLIRunner.repository.appendingPathComponent("README.md"), encoding: .utf8)
        guard let start = readme.range(of: "`\(table).jsonl` (from") else { return [] }
        var columns = [(name: String, type: String, nullable: Bool)]()
        var inTable = false
        for line in readme[start.upperBound...].split(separator: "\n", omittingEmptySubsequences: false).dropFirst() {
            if line.hasPrefix("| `") {
                inTable = true
                let cells = line.split(separator: "|", omittingEmptySubsequences: false).map { $0.trimmingCharacters(in: .whitespaces) }
                columns.append((cells[1].trimmingCharacters(in: CharacterSet(charactersIn: "`")), cells[2], cells[3] == "yes"))
            } else if inTable && !line.hasPrefix("|") {
                break
            }
        }
        return columns
    }

    @Test func aFailedExportLeavesTheFolderAsItWas() throws {
        let out = folder.appendingPathComponent("out")
        try FileManager.default.createDirectory(at: out, withIntermediateDirectories: true)
        try "previous export\n".write(to: out.appendingPathComponent("documents.jsonl"), atomically: true, encoding: .utf8)
        // A folder where a file must go: renaming the finished sentences file onto it fails.
        try FileManager.default.createDirectory(at: out.appendingPathComponent("sentences.jsonl/blocker"), withIntermediateDirectories: true)
        let result = try CLIRunner.run(["export", "--output", "out"], in: folder)
        #expect(result.status == 1 && result.stderr.contains("sentences.jsonl"), "\(result.stderr)")
        let names = try FileManager.default.contentsOfDirectory(atPath: out.path).sorted()
        #expect(names == ["documents.jsonl", "sentences.jsonl"], "no temporary or new file left: \(names)")
        #expect(try String(contentsOf: out.appendingPathComponent("documents.jsonl"), encoding: .utf8) == "previous export\n")
        let missing = try CLIRunner.run(["export", "--output", "out2", "--index", "nowhere.sqlite"], in: folder)
        #expect(missing.status == 1 && missing.stderr.contains("nowhere.sqlite"))
    }

    private static func pythonList(_ names: [String]) -> String {
        "[" + names.map { "'\($0)'" }.joined(separator: ", ") + "]"
    }
}
