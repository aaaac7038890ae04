import BraudelText
import Foundation
import Testing
@testable import BraudelConcepts

/// The bundled lexicon's French, Spanish, Portuguese and German names: one concept id whatever
/// the language, elided articles split off, and the phrase grammar reading zone words in each
/// language (a shopping centre, the heart of a crisis or the centre of a debate is no zone).
@Suite struct MultilingualMatchingTests {
    let matcher: ConceptMatcher

    init() throws {
        matcher = ConceptMatcher(lexicon: try LexiconLoader.load(path: PhraseSensesTests.lexiconPath))
    }

    func mentions(_ text: String, language: String? = nil) throws -> [String] {
        try matcher.mentions(in: Segmenter.segment(text), language: language).map { "\($0.concept)|\($0.text)" }
    }

    @Test func oneIdInEveryLanguage() throws {
        #expect(try mentions("Braudel définit l'économie-monde.") == ["world-economy|économie-monde"])
        #expect(try mentions("Une histoire d'économies-monde successives.") == ["world-economy|économies-monde"])
        #expect(try mentions("La economía-mundo capitalista nació en Europa.") == ["capitalist-world-economy|economía-mundo capitalista"])
        #expect(try mentions("Die Weltwirtschaft wuchs.") == ["world-economy|Weltwirtschaft"])
        #expect(try mentions("O sistema-mundo tem uma semiperiferia.") == ["world-system|sistema-mundo", "semiperiphery|semiperiferia"])
        #expect(try mentions("La teoría de la dependencia y el subdesarrollo.") == ["dependency|teoría de la dependencia",
                                                                                       "underdevelopment|subdesarrollo"])
    }

    @Test func aSpellingSharedByTwoLanguagesIsListedOnce() {
        let concept = Concept(id: "semiperiphery", label: "semiperiphery",
                              labels: ["es": ["semiperiferia", "semiperiférico"], "pt": ["semiperiferia", "semiperiférica"]])
        #expect(concept.surfaceForms == ["semiperiphery", "semiperiferia", "semiperiférico", "semiperiférica"])
    }

    @Test func zoneWordsReadByTheirPhrase() throws {
        #expect(try mentions("Los países centrales y los países periféricos comercian.") == ["center|centrales", "periphery|periféricos"])
        #expect(try mentions("Visitamos el centro comercial de la capital.") == [])
        #expect(try mentions("Este punto es el centro de la discusión.") == [])
        #expect(try mentions("Au cœur de la crise, les banques ont cédé.") == [])
        #expect(try mentions("Le centre de l'économie-monde se déplace.") == ["center|centre", "world-economy|économie-monde"])
        #expect(try mentions("Das Zentrum der Stadt ist alt.") == [])
        #expect(try mentions("Zentrum und Peripherie bilden ein Modell.") == ["center|Zentrum", "periphery|Peripherie"])
        #expect(try mentions("Entre o centro e a periferia há trocas.") == ["center|centro", "periphery|periferia"])
    }

    @Test func aDegreePrefixMakesAnotherWord() throws {
        #expect(try mentions("Les semi-centres et les semi-périphéries diffèrent.") == ["semiperiphery|semi-périphéries"])
        // A relational prefix keeps the noun: "inter-core rivalry" is rivalry among core states.
        #expect(try mentions("An era of inter-core rivalry among core states began.").contains("core|core"))
    }

    @Test func inflectionsMeetTheLabelsSnowballStem() throws {
        // None of these inflections is listed in the lexicon: the text's language stems them.
        let german = "Die Peripherien und die Kernstaaten des Weltsystems stehen in einer Hierarchie; die Hegemonien wechseln."
        #expect(try mentions(german, language: "de") == ["periphery|Peripherien", "core|Kernstaaten", "world-system|Weltsystems",
                                                          "hegemony|Hegemonien"])
        #expect(try mentions("El sistema-mundo y sus hegemonías sucesivas.", language: "es") == ["world-system|sistema-mundo",
                                                                                                  "hegemony|hegemonías"])
        // Unstemmed (English, or no language known) the unlisted inflection stays unmatched.
        #expect(try mentions(german, language: nil).contains("periphery|Peripherien") == false)
        // Snowball's derivational stems are not followed: "impériaux" shares "impérial" with
        // "impérialisme" but is not imperialism.
        #expect(try mentions("Les liens impériaux de l'économie-monde.", language: "fr") == ["world-economy|économie-monde"])
    }
    @Test func germanCompoundsAreReadByTheirHead() throws {
        // The head names the thing: a world hegemon is a hegemon; a zone before a territorial head
        // names the zone's countries.
        #expect(try mentions("Ein Welthegemon setzte die Regeln für die Peripherieländer und Halbperipheriestaaten.", language: "de")
                == ["hegemony|Welthegemon", "periphery|Peripherieländer", "semiperiphery|Halbperipheriestaaten"])
        // A modifier only (cycles), a modifier the rule forbids (path) and a prefix ("un") name
        // something else.
        #expect(try mentions("Die Hegemoniezyklen, die Pfadabhängigkeit der Firmen und die Unabhängigkeit des Landes.", language: "de") == [])
        // Only German texts are read so.
        #expect(try mentions("Ein Welthegemon.", language: nil) == [])
    }

    @Test func labelsMatchWithoutTheirAccents() throws {
        #expect(try mentions("L'ECHANGE INEGAL ET LA THEORIE DE LA DEPENDANCE") == ["unequal-exchange|ECHANGE INEGAL",
                                                                                  "dependency|THEORIE DE LA DEPENDANCE"])
    }
}
