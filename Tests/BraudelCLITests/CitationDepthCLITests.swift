import Foundation
import Testing

/// `braudel cites --concept`, `braudel stats --citations` and the reference details of
/// `braudel analyze`, on two hand-written documents (exact results) and on the bundled corpus.
@Suite(.serialized) struct CitationDepthCLITests {
    static let first = """
        Semiperipheral States

        The semiperiphery is a zone of mobility (Arrighi and Drangel 1986; Wallerstein 1974). \
        Core states concentrate capital (Wallerstein 1974). Wallerstein (1979) calls the \
        semi-peripheral states a political necessity (Emmanuel 1972).

        References

        Arrighi, Giovanni, and Jessica Drangel. 1986. “The Stratification of the World-Economy: An Exploration of the Semiperipheral Zone.” Review 10(1): 9–74.

        Wallerstein, Immanuel. 1974. The Modern World-System. Vol. 1. New York: Academic Press.

        Wallerstein, Immanuel. 1979. The Capitalist World-Economy. Cambridge: Cambridge University Press.

        Frank, A. G. (1967). Capitalism and underdevelopment in Latin America. Monthly Review Press. https://doi.org/10.1000/frank.1967
        """
    static let second = """
        Unequal Exchange

        Semi-peripheral industry grew under import substitution (Arrighi and Drangel 1986). The \
        periphery exports raw materials (Amin 1974).

        References

        Amin, Samir. 1974. Accumulation on a World Scale. New York: Monthly Review Press.

        Arrighi, G., & Drangel, J. (1986). The stratification of the world-economy. Review, 10(1), 9–74.
        """

    /// A folder with the two documents, indexed.
    static func indexedFolder() throws -> URL {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("braudel-cites-\(UUID().uuidString)")
        let docs = folder.appendingPathComponent("docs")
        try FileManager.default.createDirectory(at: docs, withIntermediateDirectories: true)
        try first.write(to: docs.appendingPathComponent("first.txt"), atomically: true, encoding: .utf8)
        try second.write(to: docs.appendingPathComponent("second.txt"), atomically: true, encoding: .utf8)
        let indexed = try CLIRunner.run(["index", "docs"], in: folder)
        #expect(indexed.status == 0, "\(indexed.stderr)")
        return folder
    }

    static func json(_ arguments: [String], in folder: URL) throws -> Any {
        let result = try CLIRunner.run(arguments + ["--format", "json"], in: folder)
        #expect(result.status == 0, "\(arguments): \(result.stderr)")
        return try JSONSerialization.jsonObject(with: Data(result.stdout.utf8))
    }

    @Test func citesForAConceptCountsOnlySentencesMentioningIt() throws {
        let folder = try Self.indexedFolder()
        let rows = try #require(try Self.json(["cites", "--concept", "semi-peripheral"], in: folder) as? [[String: Any]])
        let summary = rows.map { "\(($0["authors"] as? [String])?.first ?? "") \($0["year"] as? String ?? "") \($0["citations"] as? Int ?? -1)/\($0["documents"] as? Int ?? -1)" }
        // "Core states concentrate capital (Wallerstein 1974)" and the periphery sentence do not count.
        #expect(summary == ["Arrighi 1986 2/2", "Emmanuel 1972 1/1", "Wallerstein 1974 1/1", "Wallerstein 1979 1/1"])
        #expect(rows.first?["cited_by"] as? [String] == ["docs/first.txt", "docs/second.txt"])
        let byID = try #require(try Self.json(["cites", "--concept", "concept:semiperiphery"], in: folder) as? [[String: Any]])
        #expect(byID.count == rows.count)
        let table = try CLIRunner.run(["cites", "--concept", "semiperiphery"], in: folder)
        #expect(table.stdout.hasPrefix("authors") && table.stdout.contains("sentences"))
        let unknown = try CLIRunner.run(["cites", "--concept", "no-such-thing-at-all"], in: folder)
        #expect(unknown.status == 1 && unknown.stderr.contains("no-such-thing-at-all"))
        #expect(try CLIRunner.run(["cites", "--expand"], in: folder).status == 2)
    }

    @Test func statsPerDocumentListsUnlinkedCitations() throws {
        let folder = try Self.indexedFolder()
        let rows = try #require(try Self.json(["stats", "--citations"], in: folder) as? [[String: Any]])
        #expect(rows.map { $0["path"] as? String } == ["docs/first.txt", "docs/second.txt"])
        let first = rows[0]
        #expect(first["citations"] as? Int == 5 && first["linked"] as? Int == 4 && first["unlinked"] as? Int == 1)
        #expect(first["unlinked_texts"] as? [String] == ["Emmanuel 1972"])
        #expect(first["references"] as? Int == 4 && first["uncited"] as? Int == 1)
        let second = rows[1]
        #expect(second["citations"] as? Int == 2 && second["linked"] as? Int == 2 && second["uncited"] as? Int == 0)
        #expect(second["unlinked_texts"] as? [String] == [])
        let table = try CLIRunner.run(["stats", "--citations"], in: folder)
        let lines = table.stdout.split(separator: "\n")
        #expect(lines.first?.split(separator: " ", omittingEmptySubsequences: true) ==
                ["path", "citations", "linked", "unlinked", "references", "uncited"])
        #expect(lines.last?.split(separator: " ", omittingEmptySubsequences: true) == ["docs/second.txt", "2", "2", "0", "2", "0"])
    }

    @Test func analyzeReportsEveryReferenceFieldWithNulls() throws {
        let folder = try Self.indexedFolder()
        let report = try #require(try Self.json(["analyze", "docs/first.txt"], in: folder) as? [String: Any])
        let references = try #require(report["references"] as? [[String: Any]])
        #expect(references.count == 4)
        let keys = ["authors", "year", "title", "container", "volume", "issue", "pages", "publisher", "place", "doi", "url", "raw", "start", "end"]
        for reference in references { #expect(Set(reference.keys) == Set(keys)) }
        #expect(references[0]["container"] as? String == "Review" && references[0]["pages"] as? String == "9–74")
        #expect(references[0]["publisher"] is NSNull && references[0]["doi"] is NSNull)
        #expect(references[1]["volume"] as? String == "1" && references[1]["place"] as? String == "New York")
        #expect(references[3]["publisher"] as? String == "Monthly Review Press")
        #expect(references[3]["doi"] as? String == "10.1000/frank.1967" && references[3]["url"] is NSNull)
    }

    @Test func onTheCorpusTheCountsAgreeWithTheIndexTotals() throws {
        let folder = try CLIRunner.scratchCopyOfCorpus()
        #expect(try CLIRunner.run(["index", "corpus"], in: folder).status == 0)
        let totals = try #require(try Self.json(["stats"], in: folder) as? [String: Any])
        let rows = try #require(try Self.json(["stats", "--citations"], in: folder) as? [[String: Any]])
        #expect(rows.count == totals["documents"] as? Int)
        #expect(rows.reduce(0) { $0 + ($1["citations"] as? Int ?? 0) } == totals["citations"] as? Int)
        #expect(rows.reduce(0) { $0 + ($1["linked"] as? Int ?? 0) } == totals["linked_citations"] as? Int)
        #expect(rows.reduce(0) { $0 + ($1["references"] as? Int ?? 0) } == totals["references"] as? Int)
        for row in rows {
            let citations = row["citations"] as? Int ?? -1, linked = row["linked"] as? Int ?? -1
            #expect(row["unlinked"] as? Int == citations - linked)
            #expect((row["unlinked_texts"] as? [String])?.count == citations - linked)
            #expect((row["uncited"] as? Int ?? -1) <= (row["references"] as? Int ?? -1))
        }
        let cited = try #require(try Self.json(["cites", "--concept", "semiperiphery", "--top", "1000"], in: folder) as? [[String: Any]])
        let all = try #require(try Self.json(["cites", "--top", "100000"], in: folder) as? [[String: Any]])
        let overall = Dictionary(all.map { ($0["work"] as? String ?? "", $0["citations"] as? Int ?? 0) }, uniquingKeysWith: max)
        #expect(!cited.isEmpty)
        for row in cited {
            let citations = row["citations"] as? Int ?? 0, documents = row["documents"] as? Int ?? 0
            #expect(documents >= 1 && (row["sentences"] as? Int ?? 0) <= citations && documents <= citations)
            #expect((row["cited_by"] as? [String])?.count == documents)
            #expect(citations <= overall[row["work"] as? String ?? ""] ?? 0, "\(row["work"] ?? "")")
        }
        let documents = cited.map { $0["documents"] as? Int ?? 0 }
        #expect(documents == documents.sorted(by: >))
        let expanded = try #require(try Self.json(["cites", "--concept", "semiperiphery", "--expand", "--top", "1000"], in: folder) as? [[String: Any]])
        #expect(expanded.count >= cited.count)
    }
}
