import Testing
@testable import BraudelIndex

/// The search language's grammar: what each query parses to, and one-line errors for the rest.
@Suite struct SearchQueryParserTests {
    static let parsed: [(String, SearchExpression)] = [
        ("hegemony", .word("hegemony", prefix: false)),
        ("hegemony decline", .and([.word("hegemony", prefix: false), .word("decline", prefix: false)])),
        ("hegemony AND decline", .and([.word("hegemony", prefix: false), .word("decline", prefix: false)])),
        ("hegem*", .word("hegem", prefix: true)),
        ("\"world system\" core", .and([.phrase("world system"), .word("core", prefix: false)])),
        ("core OR periphery OR semiperiphery",
         .or([.word("core", prefix: false), .word("periphery", prefix: false), .word("semiperiphery", prefix: false)])),
        ("a b OR c", .or([.and([.word("a", prefix: false), .word("b", prefix: false)]), .word("c", prefix: false)])),
        ("a (b OR c)", .and([.word("a", prefix: false), .or([.word("b", prefix: false), .word("c", prefix: false)])])),
        ("core NOT periphery", .and([.word("core", prefix: false), .not(.word("periphery", prefix: false))])),
        ("NOT NOT core", .not(.not(.word("core", prefix: false)))),
        ("hegemony NEAR/5 decline", .near(.word("hegemony", prefix: false), .word("decline", prefix: false), distance: 5)),
        ("hegem* NEAR \"long cycle\"", .near(.word("hegem", prefix: true), .phrase("long cycle"), distance: 10)),
        ("concept:hegemony", .concept("hegemony")),
        ("concept:hegemony NEAR/5 decline", .near(.concept("hegemony"), .word("decline", prefix: false), distance: 5)),
        ("concept:core OR concept:periphery", .or([.concept("core"), .concept("periphery")])),
        ("author:Arrighi", .author("Arrighi")),
        ("author:\"Chase-Dunn\" hegemony", .and([.author("Chase-Dunn"), .word("hegemony", prefix: false)])),
        ("AUTHOR:silver", .author("silver")),
        ("year:1999", .year(YearRange(from: 1999, to: 1999))),
        ("year:1990..2005", .year(YearRange(from: 1990, to: 2005))),
        ("year:..2000", .year(YearRange(from: nil, to: 2000))),
        ("year:1990..", .year(YearRange(from: 1990, to: nil))),
        ("lang:FR concept:core", .and([.language("fr"), .concept("core")])),
        ("world-system(s)", .word("world-system(s)", prefix: false)),
        ("(core)", .word("core", prefix: false)),
        ("((core OR periphery)) trade",
         .and([.or([.word("core", prefix: false), .word("periphery", prefix: false)]), .word("trade", prefix: false)])),
        ("core & periphery", .and([.word("core", prefix: false), .word("periphery", prefix: false)])),
        ("and or not near", .and(["and", "or", "not", "near"].map { .word($0, prefix: false) })),
        ("http://example.org", .word("http://example.org", prefix: false)),
        ("\"a \"\"b\"", .and([.phrase("a "), .phrase("b")])),
    ]

    @Test(arguments: parsed) func parses(_ query: String, _ expected: SearchExpression) throws {
        #expect(try SearchQuery(query).expression == expected)
    }

    static let malformed: [(String, String)] = [
        ("(core OR periphery", "unbalanced '(' at character 1"),
        ("core) periphery", "unbalanced ')' at character 5"),
        ("core)", "unbalanced ')' at character 5"),
        ("(core OR", "unbalanced '(' at character 1"),
        ("((a) OR (b)", "unbalanced '(' at character 1"),
        ("(a) OR (b (c)", "unbalanced '(' at character 8"),
        ("a) OR (b", "unbalanced ')' at character 2"),
        ("\"world system", "unbalanced double quote at character 1"),
        ("core \"a\" \"b", "unbalanced double quote at character 10"),
        ("NEAR/5 decline", "NEAR needs a term on both sides at character 1"),
        ("hegemony NEAR/5", "NEAR needs a term on both sides at character 10"),
        ("a NEAR/2 b NEAR/2 c", "NEAR joins exactly two terms; combine pairs with AND at character 12"),
        ("author:x NEAR/3 trade", "NEAR joins two words, phrases or concepts at character 10"),
        ("(a OR b) NEAR/3 c", "NEAR joins two words, phrases or concepts at character 10"),
        ("a NEAR/x b", "NEAR/k needs a distance from 0 to 1000 at character 3"),
        ("OR core", "OR needs a term on both sides at character 1"),
        ("core OR", "OR needs a term on both sides at character 6"),
        ("core AND", "AND needs a term on both sides at character 6"),
        ("AND core", "AND needs a term on both sides at character 1"),
        ("core NOT", "NOT needs a term after it at character 6"),
        ("concept:", "concept: needs a value at character 1"),
        ("author:", "author: needs a value at character 1"),
        ("year:abc", "year: takes YEAR, FROM..TO, FROM.. or ..TO (got 'abc') at character 1"),
        ("year:2005..1990", "year: takes YEAR, FROM..TO, FROM.. or ..TO (got '2005..1990') at character 1"),
        ("year:..", "year: takes YEAR, FROM..TO, FROM.. or ..TO (got '..') at character 1"),
        ("", "no word, concept or filter to search for"),
        ("  - & ()", "no word, concept or filter to search for"),
    ]

    @Test(arguments: malformed) func rejects(_ query: String, _ reason: String) {
        #expect(throws: IndexError.badQuery(query: query, reason: reason)) { try SearchQuery(query) }
    }

    @Test func listsConceptsAndSpotsPlainWords() throws {
        #expect(try SearchQuery("concept:core (concept:hegemony OR NOT concept:core)").conceptIDs == ["core", "hegemony"])
        #expect(try SearchQuery("world system").isPlainWords)
        #expect(try SearchQuery("semi-peripheral").isPlainWords)
        #expect(try !SearchQuery("\"world system\"").isPlainWords)
        #expect(try !SearchQuery("core OR periphery").isPlainWords)
        #expect(try !SearchQuery("core\tAND\tperiphery").isPlainWords)
        #expect(try !SearchQuery("(core periphery)").isPlainWords)
        #expect(try !SearchQuery("hegem*").isPlainWords)
        #expect(try !SearchQuery("concept:core").isPlainWords)
    }

    @Test func everyTextTermReachesFTSQuoted() {
        let expression = SearchExpression.and([
            .word("NEAR(", prefix: false), .phrase("a \"b\" c"), .not(.word("x^y", prefix: true)),
            .near(.word("col:umn", prefix: false), .phrase("-z"), distance: 3),
        ])
        #expect(SearchQuerySQL.ftsExpression(expression)
            == "(\"NEAR(\" AND \"a \"\"b\"\" c\" AND NEAR(\"col:umn\" \"-z\", 3)) NOT (\"x^y\"*)")
        #expect(SearchQuerySQL.ftsExpression(.and([.concept("core"), .word("a", prefix: false)])) == nil)
        #expect(SearchQuerySQL.ftsExpression(.not(.word("a", prefix: false))) == nil)
    }

    /// Issue 18, failure 5: ~12,000 nested parentheses or ~30,000 chained NOTs overflowed the
    /// stack. Each cap now gives one clear error, and a query just inside them still parses.
    @Test func hostileNestingAndLengthAreRefused() throws {
        func reason(_ query: String) -> String? {
            do { _ = try SearchQuery(query); return nil } catch let IndexError.badQuery(_, reason) { return reason } catch { return "\(error)" }
        }
        #expect(reason(String(repeating: "(", count: 12_000) + "core" + String(repeating: ")", count: 12_000))?.contains("at most 10000") == true)
        #expect(reason(String(repeating: "NOT ", count: 30_000) + "core")?.contains("at most 10000") == true)
        #expect(reason(String(repeating: "(", count: 2_000) + "core" + String(repeating: ")", count: 2_000))?.contains("nested deeper than 64") == true)
        #expect(reason("core " + String(repeating: "NOT ", count: 2_000) + "periphery")?.contains("nested deeper than 64") == true)
        #expect(reason(Array(repeating: "the", count: 1_000).joined(separator: " "))?.contains("1000 terms; at most 100") == true)
        #expect(reason(String(repeating: "(", count: 64) + "core" + String(repeating: ")", count: 64)) == nil)
        #expect(reason("core " + String(repeating: "NOT NOT ", count: 32) + "periphery") == nil)
    }

    /// Issue 18, failure 9: `capital* OR capital* …` ×300 took 70 s; a repeated operand is one.
    @Test func repeatedOperandsCollapse() throws {
        let repeated = Array(repeating: "capital*", count: 90).joined(separator: " OR ")
        #expect(try SearchQuery(repeated).expression == SearchQuery("capital*").expression)
        #expect(try SearchQuery("core core periphery core").expression == SearchQuery("core periphery").expression)
    }
}
