import BraudelAnalysis
import Foundation
import Testing
@testable import BraudelIndex

/// The raw rows of the networks, over the two fixture documents (Arrighi 1994 and Chase-Dunn
/// 1997), whole and within scopes.
@Suite struct NetworkQueryTests {
    let index: CorpusIndex
    let a = Fixtures.arrighiPath
    let b = Fixtures.chaseDunnPath

    init() throws { (index, _) = try Fixtures.populatedIndex() }

    @Test func workOccurrencesListEveryDocumentWorkPairWithFirstAuthor() throws {
        let rows = try index.workOccurrences()
        #expect(rows.map { "\($0.path) \($0.work) \($0.citations) \($0.firstAuthor ?? "-")" } == [
            "\(a) wallerstein|1974 1 Wallerstein",
            "\(a) wallerstein|1979 1 Wallerstein",
            "\(b) arrighi|1994 1 Arrighi",
            "\(b) frank|1967 1 Frank",  // only listed in the references: counted once
            "\(b) wallerstein|1974 1 Wallerstein",
        ])
        #expect(rows.first?.workLabel == "Wallerstein 1974, The Modern World-System")
        #expect(rows.last?.title == "Rise and Demise")
    }

    @Test func scopesFilterByYearAndConcept() throws {
        #expect(Set(try index.workOccurrences(scope: DocumentScope(years: 1995...2000)).map(\.path)) == [b])
        #expect(Set(try index.workOccurrences(scope: DocumentScope(years: 1994...1994)).map(\.path)) == [a])
        #expect(try index.workOccurrences(scope: DocumentScope(years: 2001...2020)).isEmpty)
        #expect(Set(try index.workOccurrences(scope: DocumentScope(concept: "accumulation")).map(\.path)) == [a])
        #expect(try index.workOccurrences(scope: DocumentScope(concept: "hegemony")).count == 5)
        #expect(try index.workOccurrences(scope: DocumentScope(years: 1995...2000, concept: "accumulation")).isEmpty)
        #expect(try index.workOccurrences(scope: DocumentScope(concept: "no-such-concept")).isEmpty)
    }

    @Test func conceptSentencesHoldEachConceptOncePerSentence() throws {
        let all = try index.conceptSentences()
        #expect(all.sentences == 27)
        var bySentence = [Int64: [String]]()
        for occurrence in all.occurrences { bySentence[occurrence.sentence, default: []].append(occurrence.concept) }
        #expect(bySentence.keys.sorted().map { bySentence[$0] ?? [] } == [
            ["accumulation", "world-economy"], ["hegemony"], ["core", "periphery", "semiperiphery"],
            ["core", "periphery"], ["semiperiphery"], ["core", "hegemony"],
        ])
        let arrighiOnly = try index.conceptSentences(scope: DocumentScope(concept: "accumulation"))
        let chaseDunnOnly = try index.conceptSentences(scope: DocumentScope(years: 1997...1997))
        #expect(arrighiOnly.occurrences.count == 6 && chaseDunnOnly.occurrences.count == 5)
        #expect(arrighiOnly.sentences + chaseDunnOnly.sentences == 27 && arrighiOnly.sentences > 0)
    }

    /// The kept counts give what the sentence rows give: concepts in order of first appearance,
    /// sentences per concept and per pair.
    @Test func storedConceptPairsEqualTheSentenceRows() throws {
        let rows = try index.conceptSentences()
        var order = [String](), totals = [String: Int](), pairs = [String: Int]()
        var bySentence = [Int64: [String]]()
        for occurrence in rows.occurrences {
            if !order.contains(occurrence.concept) { order.append(occurrence.concept) }
            bySentence[occurrence.sentence, default: []].append(occurrence.concept)
        }
        for concepts in bySentence.values {
            for concept in concepts { totals[concept, default: 0] += 1 }
            for a in concepts { for b in concepts where a < b { pairs["\(a) \(b)", default: 0] += 1 } }
        }
        let stored = try #require(try index.storedConceptPairs())
        #expect(stored.sentences == rows.sentences)
        #expect(stored.concepts.map(\.concept) == order.filter { concept in pairs.keys.contains { $0.split(separator: " ").contains(Substring(concept)) } })
        #expect(Dictionary(uniqueKeysWithValues: stored.concepts.map { ($0.concept, $0.sentences) }) == totals.filter { key, _ in stored.concepts.contains { $0.concept == key } })
        let names = stored.concepts.map(\.concept)
        #expect(Dictionary(uniqueKeysWithValues: stored.pairs.map { pair in
            ([names[pair.a], names[pair.b]].sorted().joined(separator: " "), pair.sentences) }) == pairs)
    }

    /// The node order is the full scan's however early the scan stops and the remaining
    /// concepts are looked up one by one (what keeps a rare, late concept from costing a scan of
    /// every mention).
    @Test func conceptOrderIsTheSameWhereverTheScanStops() throws {
        let full = try #require(try index.storedConceptPairs(scanLimit: Int.max))
        for limit in [0, 1, 2, 5] {
            let cut = try #require(try index.storedConceptPairs(scanLimit: limit))
            #expect(cut.concepts.map(\.concept) == full.concepts.map(\.concept), "scan limit \(limit)")
        }
    }

    @Test func conceptWorkPairsCountSentencesNamingTheConceptAndCitingTheWork() throws {
        let pairs = try index.conceptWorkPairs()
        #expect(pairs.map { "\($0.concept) \($0.work) \($0.sentences)" } == [
            "core arrighi|1994 1", "core wallerstein|1974 1", "core wallerstein|1979 1",
            "hegemony wallerstein|1974 1",
            "periphery arrighi|1994 1", "periphery wallerstein|1974 1", "periphery wallerstein|1979 1",
            "semiperiphery wallerstein|1979 1",
        ])
        #expect(pairs.first?.workLabel == "Arrighi 1994, The Long Twentieth Century")
        #expect(try index.conceptWorkPairs(minCount: 2).isEmpty)
        #expect(try index.conceptWorkPairs(scope: DocumentScope(years: 1990...1995)).map(\.work)
            == ["wallerstein|1979", "wallerstein|1974", "wallerstein|1979", "wallerstein|1979"])
    }

    @Test func conceptWorkPairsAddUpSentencesAcrossDocuments() throws {
        // A second copy of the Chase-Dunn text under another path: every pair it holds doubles.
        let copy = try Fixtures.chaseDunn()
        var document = copy.document
        document.path = "/corpus/copy.md"
        let analysis = DocumentAnalysis(document: document, layout: copy.layout, concepts: copy.concepts,
                                        citations: copy.citations, references: copy.references)
        try index.write(analysis, file: Fixtures.stamp(analysis, hash: "h2"), workKey: Fixtures.workKey)
        let heavy = try index.conceptWorkPairs(minCount: 2)
        #expect(heavy.map { "\($0.concept) \($0.work) \($0.sentences)" } == [
            "core arrighi|1994 2", "core wallerstein|1974 2", "periphery arrighi|1994 2", "periphery wallerstein|1974 2",
        ])
    }
}

/// Issue 18: `graph concepts` and sentence co-citation listed nodes in row-id order, so an
/// index built incrementally gave another file than one built at once. Rows now come in
/// document-path and sentence order, whatever order the documents were written in.
@Suite struct NetworkOrderTests {
    static func index(writing analyses: [DocumentAnalysis]) throws -> CorpusIndex {
        let index = try CorpusIndex(path: try Fixtures.temporaryDirectory().appendingPathComponent("i.sqlite").path, create: true)
        for analysis in analyses { try index.write(analysis, file: Fixtures.stamp(analysis, hash: analysis.document.path), workKey: Fixtures.workKey) }
        return index
    }

    @Test func sentenceRowsDoNotDependOnWritingOrder() throws {
        let once = try Self.index(writing: [try Fixtures.arrighi(), try Fixtures.chaseDunn()])
        let incremental = try Self.index(writing: [try Fixtures.chaseDunn(), try Fixtures.arrighi()])
        #expect(try once.conceptSentences().occurrences.map(\.concept) == incremental.conceptSentences().occurrences.map(\.concept))
        #expect(try once.workSentences().map(\.work) == incremental.workSentences().map(\.work))
        #expect(try once.conceptSentences().occurrences.first?.concept == "accumulation")   // arrighi.txt sorts first
    }
}
