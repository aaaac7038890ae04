import Foundation
import Testing

/// Every GEXF Braudel writes is valid GEXF 1.3, judged by the specification's own XML Schemas
/// (`Fixtures/gexf-1.3`, CC BY 4.0, unchanged) through libxml2's `xmllint`: plain graphs, graphs
/// with a layout, clusters, centralities and typed attributes, and the dynamic GEXF of `--slice`.
/// One known defect of the published 1.3 XSD is worked around, not copied: it declares the viz
/// elements (`position`, `color`, `size`) in the main namespace, while the 1.3 primer, Gephi and
/// Braudel write them in `http://gexf.net/1.3/viz`; the file under test is validated with that
/// namespace mapped onto the main one, so everything else about `viz:position` is still checked.
@Suite(.serialized) final class GEXFSchemaTests {
    static let schema = CLIRunner.repository.appendingPathComponent("Tests/BraudelCLITests/Fixtures/gexf-1.3/gexf.xsd").path
    static let xmllintAvailable = FileManager.default.isExecutableFile(atPath: "/usr/bin/xmllint")
    let folder: URL

    init() throws {
        folder = try CLIRunner.scratchCopyOfCorpus()
        let indexed = try CLIRunner.run(["index", "corpus"], in: folder)
        #expect(indexed.status == 0, "\(indexed.stderr)")
    }

    deinit { try? FileManager.default.removeItem(at: folder) }

    /// xmllint's verdict on one file: its exit status and what it printed.
    static func validate(_ path: String) throws -> (status: Int32, output: String) {
        let text = try String(contentsOfFile: path, encoding: .utf8)
        let mapped = path + ".schema-view.xml"
        try text.replacingOccurrences(of: "xmlns:viz=\"http://gexf.net/1.3/viz\"", with: "xmlns:viz=\"http://gexf.net/1.3\"")
            .write(toFile: mapped, atomically: true, encoding: .utf8)
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/xmllint")
        process.arguments = ["--noout", "--nonet", "--schema", schema, mapped]
        let pipe = Pipe()
        process.standardOutput = pipe
        process.standardError = pipe
        try process.run()
        let output = String(decoding: pipe.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        return (process.terminationStatus, output)
    }

    @Test(.enabled(if: xmllintAvailable, "xmllint (libxml2-utils) is not installed"), arguments: [
        ["graph", "citations"], ["graph", "cocitation"], ["graph", "concepts", "--normalize", "association"],
        ["graph", "concept-work"], ["graph", "cocitation", "--layout", "fr"], ["graph", "authors", "--layout", "drl"],
        ["graph", "coupling", "--centrality"], ["graph", "authors", "--slice", "2"], ["graph", "cocitation", "--slice", "5", "--layout", "fr"],
    ])
    func everyGEXFValidatesAgainstTheSchema(arguments: [String]) throws {
        let path = folder.appendingPathComponent(arguments.joined(separator: "_") + ".gexf").path
        let result = try CLIRunner.run(arguments + ["--format", "gexf", "--output", path], in: folder)
        #expect(result.status == 0, "\(arguments): \(result.stderr)")
        let verdict = try Self.validate(path)
        #expect(verdict.status == 0 && verdict.output.contains("validates"), "\(arguments): \(verdict.output.prefix(2000))")
    }

    /// The schema is really applied: a GEXF with an attribute type the schema lacks is refused.
    @Test(.enabled(if: xmllintAvailable, "xmllint (libxml2-utils) is not installed"))
    func anInvalidGEXFIsRefused() throws {
        let path = folder.appendingPathComponent("broken.gexf").path
        let result = try CLIRunner.run(["graph", "cocitation", "--layout", "fr", "--format", "gexf", "--output", path], in: folder)
        #expect(result.status == 0, "\(result.stderr)")
        let text = try String(contentsOfFile: path, encoding: .utf8)
        try text.replacingOccurrences(of: "type=\"double\"", with: "type=\"decimal\"").write(toFile: path, atomically: true, encoding: .utf8)
        #expect(text.contains("type=\"double\""))
        #expect(try Self.validate(path).status != 0)
    }
}
