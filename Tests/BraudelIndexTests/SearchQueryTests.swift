import Testing
@testable import BraudelIndex

/// Concept search, full-text search and concordances over the two fixture documents.
@Suite struct SearchQueryTests {
    let index: CorpusIndex
    let a = Fixtures.arrighiPath
    let b = Fixtures.chaseDunnPath

    init() throws { (index, _) = try Fixtures.populatedIndex() }

    @Test func conceptSearchGivesSentenceAndHighlightOffsets() throws {
        let hits = try index.searchConcept(["semiperiphery"])
        #expect(hits.map(\.path) == [a, b])
        #expect(hits.map(\.sentence) == [2, 1])
        #expect(hits.map(\.mention) == ["semi-periphery", "semiperipheral"])
        #expect(hits.map { $0.start..<$0.end } == [4..<18, 17..<31])
        #expect(hits.map { $0.documentStart..<$0.documentEnd } == [143..<157, 118..<132])
        #expect(hits[0].title == "The Long Twentieth Century" && hits[0].year == 1994)
        for hit in hits {
            let scalars = Array(hit.sentenceText.unicodeScalars)
            var view = String.UnicodeScalarView()
            view.append(contentsOf: scalars[hit.start..<hit.end])
            #expect(String(view) == hit.mention)
        }
        #expect(hits[1].sentenceText == "Bértola compared semiperipheral growth in Latin America. ")
    }

    @Test func conceptSearchOrdersByDocumentThenPositionAndLimits() throws {
        let hits = try index.searchConcept(["core", "hegemony"], limit: 3)
        #expect(hits.map(\.path) == [a, a, b])
        #expect(hits.map(\.concept) == ["hegemony", "core", "core"])
        #expect(hits.map(\.documentStart) == [79, 175, 35])
        #expect(hits.map(\.start) == [0, 36, 35])
        #expect(try index.searchConcept(["core", "hegemony"]).count == 5)
        #expect(try index.searchConcept(["no-such-concept"]).isEmpty)
        #expect(try index.searchConcept([]).isEmpty)
    }

    @Test func conceptDocumentCountsSummarizePerDocument() throws {
        let counts = try index.conceptDocumentCounts(["core", "hegemony"])
        #expect(counts == [
            ConceptDocumentCount(path: b, title: "Rise and Demise", year: 1997, mentions: 3, concepts: 2),
            ConceptDocumentCount(path: a, title: "The Long Twentieth Century", year: 1994, mentions: 2, concepts: 2),
        ])
    }

    @Test func textSearchMatchesWordsAcrossHyphensAndDiacritics() throws {
        let periphery = try index.searchText("periphery")
        #expect(Set(periphery.map { "\($0.path)#\($0.sentence)" }) == ["\(a)#2", "\(b)#0"])
        #expect(periphery.map(\.score) == periphery.map(\.score).sorted())
        #expect(periphery.allSatisfy { $0.score < 0 })
        let bertola = try index.searchText("BERTOLA")
        #expect(bertola.map(\.path) == [b])
        #expect(bertola.first?.text == "Bértola compared semiperipheral growth in Latin America. ")
    }

    @Test func textSearchSupportsPhrasesPrefixesAndOperators() throws {
        func found(_ query: String) throws -> Set<String> {
            Set(try index.searchText(query).map { "\($0.path)#\($0.sentence)" })
        }
        #expect(try found("\"core and periphery\"") == ["\(a)#2"])
        #expect(try found("hegem*") == ["\(a)#1", "\(b)#2"])
        #expect(try found("core accumulation").isEmpty)
        #expect(try found("core OR accumulation") == ["\(a)#0", "\(a)#2", "\(b)#0", "\(b)#2"])
        #expect(try found("core NOT periphery") == ["\(b)#2"])
        #expect(try found("\"world system\"") == ["\(a)#8", "\(b)#12"])
        #expect(try index.searchText("core", limit: 2).count == 2)
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
