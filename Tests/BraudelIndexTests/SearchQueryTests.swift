import Testing
@testable import BraudelIndex

/// Concept search, full-text search and concordances over the two fixture documents.
@Suite struct SearchQueryTests {
    let index: CorpusIndex
    let a = Fixtures.arrighiPath
    let b = Fixtures.chaseDunnPath

    init() throws { (index, _) = try Fixtures.populatedIndex() }

    @Test func conceptSearchGivesSentenceAndHighlightOffsets() throws {
        let hits = try index.search(SearchQuery("concept:semiperiphery"))
        #expect(hits.map(\.path) == [a, b])
        #expect(hits.map(\.sentence) == [2, 1])
        #expect(hits.map { $0.spans.map { $0.start..<$0.end } } == [[4..<18], [17..<31]])
        #expect(hits[0].title == "The Long Twentieth Century" && hits[0].year == 1994)
        let mentions = hits.map { hit in
            String(String.UnicodeScalarView(Array(hit.text.unicodeScalars)[hit.spans[0].start..<hit.spans[0].end]))
        }
        #expect(mentions == ["semi-periphery", "semiperipheral"])
        #expect(hits[1].text == "Bértola compared semiperipheral growth in Latin America. ")
    }

    @Test func conceptSearchOrdersByDocumentThenPositionAndLimits() throws {
        let query = try SearchQuery("concept:core OR concept:hegemony")
        let hits = try index.search(query)
        #expect(hits.map(\.path) == hits.map(\.path).sorted())
        #expect(zip(hits, hits.dropFirst()).allSatisfy { $0.path != $1.path || $0.sentence < $1.sentence })
        #expect(try index.search(query, limit: 3).map(\.sentence) == hits.prefix(3).map(\.sentence))
        #expect(try index.search(SearchQuery("concept:no-such-concept")).isEmpty)
    }

    @Test func textSearchMatchesWordsAcrossHyphensAndDiacritics() throws {
        let periphery = try index.search(try SearchQuery("periphery"))
        #expect(Set(periphery.map { "\($0.path)#\($0.sentence)" }) == ["\(a)#2", "\(b)#0"])
        #expect(periphery.compactMap(\.score) == periphery.compactMap(\.score).sorted())
        #expect(periphery.allSatisfy { ($0.score ?? 0) < 0 })
        let bertola = try index.search(try SearchQuery("BERTOLA"))
        #expect(bertola.map(\.path) == [b])
        #expect(bertola.first?.text == "Bértola compared semiperipheral growth in Latin America. ")
    }

    @Test func textSearchSupportsPhrasesPrefixesAndOperators() throws {
        func found(_ query: String) throws -> Set<String> {
            Set(try index.search(try SearchQuery(query)).map { "\($0.path)#\($0.sentence)" })
        }
        #expect(try found("\"core and periphery\"") == ["\(a)#2"])
        #expect(try found("hegem*") == ["\(a)#1", "\(b)#2"])
        #expect(try found("core accumulation").isEmpty)
        #expect(try found("core OR accumulation") == ["\(a)#0", "\(a)#2", "\(b)#0", "\(b)#2"])
        #expect(try found("core NOT periphery") == ["\(b)#2"])
        #expect(try found("\"world system\"") == ["\(a)#8", "\(b)#12"])
        #expect(try index.search(SearchQuery("core"), limit: 2).count == 2)
    }

    @Test func conceptConcordanceTakesContextFromDocumentText() throws {
        let lines = try index.kwic(concepts: ["hegemony"], width: 10)
        #expect(lines == [
            KWICLine(path: a, title: "The Long Twentieth Century", concept: "hegemony", start: 79, end: 87,
                     left: "mulation. ", match: "Hegemony", right: " passed fr"),
            KWICLine(path: b, title: "Rise and Demise", concept: "hegemony", start: 158, end: 166,
                     left: " America. ", match: "Hegemony", right: " rose and "),
        ])
        #expect(try index.kwic(concepts: ["hegemony"], width: 10, limit: 1).count == 1)
        let wide = try index.kwic(concepts: ["world-economy"], width: 1000)
        #expect(wide.first?.left == "The capitalist ")
    }

    @Test func phraseConcordanceIgnoresHyphensCaseAndDiacritics() throws {
        let worldSystem = try index.kwic(phrase: "world system", width: 12)
        #expect(worldSystem.map(\.path) == [a, b])
        #expect(worldSystem.map(\.match) == ["World-System", "World-System"])
        #expect(worldSystem.map(\.left) == [" The Modern ", " The Modern "])
        #expect(worldSystem.map(\.right) == [". New York: ", ". New York: "])
        #expect(worldSystem.map(\.start) == [278, 315])

        let bertola = try index.kwic(phrase: "bertola", width: 8)
        #expect(bertola.map(\.match) == ["Bértola"])
        #expect(bertola.first?.left == " 1994). " && bertola.first?.right == " compare")

        let semi = try index.kwic(phrase: "Semi Periphery", width: 4)
        #expect(semi.map(\.match) == ["semi-periphery"])
        #expect(semi.first.map { $0.start..<$0.end } == 143..<157)
    }

    @Test func phraseConcordanceFlattensLineBreaksAndLimits() throws {
        let lines = try index.kwic(phrase: "Wallerstein, Immanuel", width: 8)
        #expect(lines.map(\.path) == [a, a, b])
        #expect(lines.map(\.left) == ["rences  ", "Press.  ", " Verso. "])
        #expect(lines.allSatisfy { !$0.left.contains("\n") && !$0.right.contains("\n") })
        #expect(try index.kwic(phrase: "Wallerstein, Immanuel", width: 8, limit: 2).map(\.start) == [238, 319])
    }
}
