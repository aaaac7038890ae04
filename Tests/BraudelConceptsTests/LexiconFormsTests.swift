import BraudelText
import Foundation
import Testing
@testable import BraudelConcepts

/// Spellings met in real scholarship, matched by the bundled lexicon: slash compounds,
/// transliterations, Spanish and Portuguese school names, -ist forms, an inserted modifier.
@Suite struct LexiconFormsTests {
    let matcher: ConceptMatcher

    init() throws {
        matcher = ConceptMatcher(lexicon: try LexiconLoader.load(path: PhraseSensesTests.lexiconPath))
    }

    func found(_ text: String) throws -> [String] {
        try matcher.mentions(in: Segmenter.segment(text)).map { "\($0.concept)=\($0.text)" }
    }

    @Test func slashCompoundsAreOneTerm() throws {
        #expect(try found("core/periphery relations") == ["core-periphery-hierarchy=core/periphery relations"])
        #expect(try found("a core/semiperiphery/periphery hierarchy") ==
            ["core-periphery-hierarchy=core/semiperiphery/periphery hierarchy"])
        #expect(try found("commodity/value chains") == ["commodity-chain=commodity/value chains"])
        // Spaces around the slash make it a list, not a compound.
        #expect(try found("commodity / value chains") == [])
    }

    @Test func transliterationsOfKondratieff() throws {
        for name in ["Kondratieff", "Kondratiev", "Kondratyev", "Kondrat'ev", "Kondratjew"] {
            #expect(try found("a \(name) wave") == ["kondratieff-wave=\(name) wave"])
        }
        #expect(try found("Kondratiev swings") == ["kondratieff-wave=Kondratiev swings"])
    }

    @Test func schoolNamesInOtherLanguagesAndTheirAdherents() throws {
        #expect(try found("la teoría de la dependencia") == ["dependency=teoría de la dependencia"])
        #expect(try found("a teoria da dependência") == ["dependency=teoria da dependência"])
        #expect(try found("the dependentistas") == ["dependency=dependentistas"])
        #expect(try found("a world-systemist and two world systemists") ==
            ["world-systems-analysis=world-systemist", "world-systems-analysis=world systemists"])
        #expect(try found("el sistema-mundo y la economía-mundo") ==
            ["world-system=sistema-mundo", "world-economy=economía-mundo"])
    }

    @Test func aWordSplitAtALineEndIsRejoined() throws {
        #expect(try found("the incorpora- tion of the region into the world-economy") ==
            ["incorporation=incorpora- tion", "world-economy=world-economy"])
        // A hyphen before "and" is a suspended compound, not a split word.
        #expect(try found("pre- and post-war trade") == [])
    }

    @Test func anInsertedModifierAndModelskisLongCycles() throws {
        #expect(try found("unequal ecological exchange") == ["ecologically-unequal-exchange=unequal ecological exchange"])
        #expect(try found("Modelski's long cycles of world leadership and war") ==
            ["long-cycle-theory=long cycles of world leadership"])
        #expect(try found("Modelski traced long cycles ending in global war.") == ["long-cycle-theory=long cycles"])
        #expect(try found("The machine has a long cycle for wool.") == [])
    }
}

/// Concept words inside journal, institute and centre names are marked, not dropped.
@Suite struct ProperNameTests {
    let matcher: ConceptMatcher

    init() throws {
        matcher = ConceptMatcher(lexicon: try LexiconLoader.load(path: PhraseSensesTests.lexiconPath))
    }

    func marked(_ text: String) throws -> [String] {
        try matcher.mentions(in: Segmenter.segment(text)).map { "\($0.text)\($0.inName ? " (name)" : "")" }
    }

    @Test func journalAndInstituteNamesMarkTheirConceptWords() throws {
        #expect(try marked("She published in the Journal of World-Systems Research.") == ["World-Systems (name)"])
        #expect(try marked("The Institute for Research on World-Systems hosted it.") == ["World-Systems (name)"])
        #expect(try marked("The Political Economy of the World-System Section met.") == ["World-System (name)"])
    }

    @Test func capitalizedHeadingsAndLowercaseDescriptionsAreUses() throws {
        #expect(try marked("Hegemony and the Modern World-System") == ["Hegemony", "Modern World-System"])
        #expect(try marked("a journal of world-systems research") == ["world-systems"])
    }
}
