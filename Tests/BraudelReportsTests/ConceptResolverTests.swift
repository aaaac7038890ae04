import BraudelConcepts
import BraudelReports
import Foundation
import Testing

/// One concept-name resolver for every command: ids, labels and spellings, case and hyphens
/// ignored; an unknown name suggests the nearest concepts.
struct ConceptResolverTests {
    static let lexicon: Lexicon = {
        let path = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().appendingPathComponent("lexicons/world-systems.yaml").path
        return try! LexiconFiles.load(path: path).lexicon
    }()

    @Test(arguments: ["semiperiphery", "Semiperiphery", "SEMI-PERIPHERY", "semi-peripheral", "concept:semiperiphery",
                      "semi periphery"])
    func spellingsResolveToOneConcept(_ name: String) throws {
        #expect(try ConceptResolver(lexicon: Self.lexicon).resolve(name).id == "semiperiphery")
    }

    @Test func plainWordsNeverNameAGroupingConcept() throws {
        let resolver = ConceptResolver(lexicon: Self.lexicon)
        var groupingIDs = [String]()
        for concept in Self.lexicon.concepts where concept.abstract { groupingIDs.append(concept.id) }
        let groupingID = try #require(groupingIDs.first)
        #expect(resolver.concept(named: groupingID)?.id == groupingID)
        #expect(resolver.concept(named: groupingID, includingAbstract: false) == nil)
    }

    @Test func unknownNameSuggestsTheNearest() {
        let resolver = ConceptResolver(lexicon: Self.lexicon)
        #expect(throws: ConceptNameError.self) { try resolver.resolve("hegemoni") }
        #expect(resolver.suggestions(for: "hegemoni").first == "hegemony")
        #expect(resolver.suggestions(for: "semiperifery").contains("semiperiphery"))
        let message = ConceptNameError(name: "hegemoni", suggestions: ["hegemony"]).description
        #expect(message == "unknown concept 'hegemoni'; did you mean 'hegemony'? (see `braudel concepts`)")
        #expect(resolver.suggestions(for: "zzzzzzzzzzzz").isEmpty)
    }

    @Test func editDistance() {
        #expect(EditDistance.levenshtein("kitten", "sitting") == 3)
        #expect(EditDistance.levenshtein("", "abc") == 3)
        #expect(EditDistance.nearest(to: "serch", in: ["search", "stats", "cites"]) == ["search"])
    }
}
