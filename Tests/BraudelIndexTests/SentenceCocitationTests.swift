import Foundation
import Testing
@testable import BraudelIndex

/// Works cited in the same sentence, the unit of sentence-level co-citation.
@Suite struct SentenceCocitationTests {
    @Test func worksCitedInOneSentenceShareItsID() throws {
        let (index, directory) = try Fixtures.populatedIndex()
        defer { try? FileManager.default.removeItem(at: directory) }
        let rows = try index.workSentences()
        var works = [Int64: Set<String>]()
        for row in rows { works[row.sentence, default: []].insert(row.work) }
        // Chase-Dunn: "(Wallerstein 1974; Arrighi 1994)" in one sentence. Arrighi's text cites
        // Wallerstein 1974 and 1979 in two different sentences; listed-only entries (Frank 1967)
        // have no sentence.
        #expect(works.values.filter { $0.count == 2 } == [["arrighi|1994", "wallerstein|1974"]])
        #expect(Set(rows.map(\.work)) == ["arrighi|1994", "wallerstein|1974", "wallerstein|1979"])
        #expect(rows.count == 4)
        #expect(rows.first { $0.work == "arrighi|1994" }?.workLabel.hasPrefix("Arrighi 1994") == true)
        // The year scope applies: only Arrighi's 1994 document.
        let scoped = try index.workSentences(scope: DocumentScope(years: 1990...1995))
        #expect(Set(scoped.map(\.work)) == ["wallerstein|1974", "wallerstein|1979"])
    }
}
