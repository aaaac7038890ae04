import Foundation
import Testing

/// `braudel search` query language on the corpus: each result checked against what the query
/// says, and malformed queries as one line with exit status 1.
@Suite(.serialized) final class SearchQueryCLITests {
    let folder: URL

    init() throws {
        folder = try CLIRunner.indexedScratchCorpus()
    }

    deinit { try? FileManager.default.removeItem(at: folder) }

    private func search(_ query: String, _ extra: [String] = []) throws -> [[String: Any]] {
        let result = try CLIRunner.run(["search", query, "--limit", "100000", "--format", "json"] + extra, in: folder)
        #expect(result.status == 0, "\(query): \(result.stderr)")
        return (try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [[String: Any]]) ?? []
    }

    private static func key(_ row: [String: Any]) -> String { "\(row["path"] ?? "")#\(row["sentence"] ?? "")" }

    private static func folded(_ row: [String: Any]) -> String {
        ((row["text"] as? String) ?? "").folding(options: [.caseInsensitive, .diacriticInsensitive], locale: nil)
    }

    @Test func everyHitSatisfiesTheBooleanQuery() throws {
        let hits = try search("concept:hegemony (decline OR crisis) NOT stability")
        #expect(!hits.isEmpty)
        for hit in hits {
            let text = Self.folded(hit)
            #expect(text.contains("decline") || text.contains("crisis"), "\(text)")
            #expect(!text.contains("stability"))
        }
        let near = try search("hegemon* NEAR/5 decline")
        #expect(!near.isEmpty)
        for hit in near { #expect(Self.folded(hit).contains("hegemon") && Self.folded(hit).contains("decline")) }
        let conceptNear = try search("concept:hegemony NEAR/3 decline")
        #expect(!conceptNear.isEmpty)
        for hit in conceptNear { #expect(Self.folded(hit).contains("decline")) }
        #expect(Set(conceptNear.map(Self.key)).isSubset(of: Set(try search("concept:hegemony decline").map(Self.key))))
        let all = Set(try search("NOT qqqzzz").map(Self.key))
        // "trade" and "labor" are plain words here (no lexicon concept is spelled that way).
        let trade = Set(try search("trade").map(Self.key))
        let notTrade = Set(try search("NOT trade").map(Self.key))
        #expect(!trade.isEmpty && trade.isDisjoint(with: notTrade) && trade.union(notTrade) == all)
        let labor = Set(try search("labor").map(Self.key))
        #expect(Set(try search("trade OR labor").map(Self.key)) == trade.union(labor))
        #expect(Set(try search("trade labor").map(Self.key)) == trade.intersection(labor))
        #expect(Set(try search("trade NOT labor").map(Self.key)) == trade.subtracting(labor))
    }

    @Test func filtersSelectDocumentsByAuthorAndYear() throws {
        // Quoted, the word is searched as a word (bare, it would name the concept).
        let lucia = try search("author:lucia \"hegemony\"")
        #expect(!lucia.isEmpty)
        #expect(Set(lucia.compactMap { $0["path"] as? String }) == ["corpus/dependency-latin-america.txt"])
        #expect(try search("author:LUCÍA \"hegemony\"").map(Self.key) == lucia.map(Self.key))
        let in2019 = try search("year:2019 concept:semiperiphery")
        #expect(!in2019.isEmpty && in2019.allSatisfy { $0["year"] as? Int == 2019 })
        let since = try search("year:2018.. core")
        #expect(!since.isEmpty && since.allSatisfy { ($0["year"] as? Int ?? 0) >= 2018 })
    }

    @Test func conceptsRankingAndHighlights() throws {
        #expect(try search("semiperiphery").map(Self.key) == search("concept:semiperiphery").map(Self.key))
        #expect(try search("concept:structure").isEmpty)
        #expect(try search("concept:structure", ["--expand"]).count > 100)
        let ranked = try search("hegemony OR concept:semiperiphery")
        let scored = ranked.prefix { $0["score"] != nil }
        #expect(!scored.isEmpty && scored.count < ranked.count)
        let scores = scored.compactMap { $0["score"] as? Double }
        #expect(scores == scores.sorted())
        for hit in ranked {
            let scalars = Array(((hit["text"] as? String) ?? "").unicodeScalars)
            let start = try #require(hit["start"] as? Int), end = try #require(hit["end"] as? Int)
            let slice = String(String.UnicodeScalarView(scalars[start..<end]))
            #expect(slice == hit["match"] as? String)
            let spans = (hit["spans"] as? [[String: Int]]) ?? []
            #expect(spans.first?["start"] == start && spans.first?["end"] == end)
            let marked = spans.map { String(String.UnicodeScalarView(scalars[$0["start"]!..<$0["end"]!])).lowercased() }
            #expect(marked.contains { $0.hasPrefix("hegemon") } == (hit["score"] != nil), "\(marked)")
        }
        let table = try CLIRunner.run(["search", "hegem* NEAR/5 decline", "--limit", "3"], in: folder)
        #expect(table.status == 0 && table.stdout.contains("«") && table.stdout.contains("»"))
    }

    @Test(arguments: [
        ("(core OR periphery", "unbalanced '('"), ("core)", "unbalanced ')'"), ("\"world system", "unbalanced double quote"),
        ("NEAR/3 decline", "NEAR needs a term on both sides"), ("hegemony NEAR/3", "NEAR needs a term on both sides"),
        ("concept:no-such-concept", "unknown concept 'no-such-concept'"), ("core concept:nope OR x", "unknown concept 'nope'"),
        ("year:19x9", "year: takes"), ("concept:nope NEAR/3 x", "unknown concept 'nope'"), ("OR", "OR needs a term"), ("\"\"", "no word, concept or filter"),
    ])
    func malformedQueriesFailInOneLine(_ query: String, _ message: String) throws {
        let result = try CLIRunner.run(["search", query], in: folder)
        #expect(result.status == 1)
        #expect(result.stdout.isEmpty)
        let lines = result.stderr.split(separator: "\n")
        #expect(lines.count == 1 && result.stderr.contains(message), "\(result.stderr)")
        #expect(!result.stderr.lowercased().contains("sql") && !result.stderr.contains("fts5"))
    }
}
