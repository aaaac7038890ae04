import BraudelConcepts
import BraudelDocuments
import Foundation
import Testing
@testable import BraudelAnalysis

/// Formats with marked-up references (JATS, TEI) feed citations and references without parsing.
@Suite struct StructuredCitationsTests {
    @Test func calloutsBecomeLinkedCitationsAndScannedOnesFillTheGaps() throws {
        let lexicon = try LexiconLoader.load(path: repository.appendingPathComponent("lexicons/world-systems.yaml").path)
        let body = "The semiperiphery matters (Wallerstein 1974). Frank (1967) disagreed. See also [2]."
        let heading = "\n\nReferences\n\n"
        let first = "Wallerstein I. The Modern World-System. 1974."
        let second = "Arrighi G. The Long Twentieth Century. 1994."
        let text = body + heading + first + "\n\n" + second
        func offset(_ part: String) -> Int { text.unicodeScalars.distance(from: text.unicodeScalars.startIndex,
                                                                         to: text.range(of: part)!.lowerBound) }
        let firstStart = offset(first), secondStart = offset(second)
        let bibliography = [
            BibliographicEntry(id: "b1", authors: ["Wallerstein"], year: "1974", title: "The Modern World-System",
                               raw: first, start: firstStart, end: firstStart + first.unicodeScalars.count),
            BibliographicEntry(id: "b2", authors: ["Arrighi"], year: "1994", title: "The Long Twentieth Century",
                               raw: second, start: secondStart, end: secondStart + second.unicodeScalars.count),
        ]
        let calloutStart = offset("Wallerstein 1974"), bracket = offset("[2]")
        let callouts = [ReferenceCallout(targets: ["b1"], start: calloutStart, end: calloutStart + 16),
                        ReferenceCallout(targets: ["b2", "missing"], start: bracket, end: bracket + 3)]
        let document = Document(path: "a.xml", format: .jats, metadata: DocumentMetadata(), text: text,
                                bibliography: bibliography, callouts: callouts)
        let analysis = try Analyzer(lexicon: lexicon).analyze(document)
        #expect(analysis.references.map(\.title) == ["The Modern World-System", "The Long Twentieth Century"])
        #expect(analysis.citations.map(\.text) == ["Wallerstein 1974", "Frank (1967)", "[2]"])
        #expect(analysis.citations.map(\.reference) == [0, nil, 1])
        #expect(analysis.citations.map(\.authors) == [["Wallerstein"], ["Frank"], ["Arrighi"]])
        // The reference list is not discourse: "World-System" in an entry's title is no mention.
        #expect(analysis.concepts.map(\.concept) == ["semiperiphery"])
    }
}
