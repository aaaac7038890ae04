import BraudelText
import Foundation
import Testing
@testable import BraudelConcepts

/// SKOS in Turtle gives the same lexicon as the same thesaurus in RDF/XML.
@Suite struct SKOSTurtleTests {
    @Test func turtleAndRDFXMLGiveTheSameConcepts() throws {
        let turtle = try LexiconFiles.load(path: fixtures.appendingPathComponent("skos-thesaurus.ttl").path)
        let xml = try LexiconFiles.load(path: fixtures.appendingPathComponent("skos-thesaurus.rdf").path)
        #expect(turtle.format == .skosTurtle)
        #expect(turtle.lexicon.name == "world-systems thesaurus")
        #expect(turtle.lexicon.concepts.map(\.id) == xml.lexicon.concepts.map(\.id))
        for concept in xml.lexicon.concepts {
            let twin = try #require(turtle.lexicon.concept(concept.id))
            #expect(twin.label == concept.label)
            #expect(twin.variants == concept.variants)
            #expect(twin.broader == concept.broader)
            #expect(twin.related == concept.related)
            #expect(twin.source == concept.source)
        }
        #expect(turtle.lexicon.concept("semiperiphery")?.definition == "An intermediate zone between core & periphery")
        #expect(turtle.lexicon.concept("semiperiphery")?.line == 15)
        #expect(turtle.warnings.map(\.line) == [33], "the link to a concept outside the file is reported where it is written")
    }

    @Test func syntaxErrorsNameTheLine() {
        let broken = "@prefix skos: <http://www.w3.org/2004/02/skos/core#> .\n<urn:a> a skos:Concept ;\n  skos:prefLabel \"open\n"
        do {
            _ = try SKOSTurtleImporter.load(text: broken, path: "broken.ttl")
            Issue.record("accepted an unterminated string")
        } catch let error as LexiconError {
            #expect(error.line == 3 && error.reason.contains("unterminated string"))
        } catch {
            Issue.record("unexpected \(error)")
        }
        #expect(throws: LexiconError.self) { try SKOSTurtleImporter.load(text: "x:a x:b x:c .", path: "prefix.ttl") }
        #expect(throws: LexiconError.self) { try SKOSTurtleImporter.load(text: "<urn:a> <urn:b> \"c\" .", path: "none.ttl") }
    }

    /// Issue 18, failure 6: ~20,000 nested `[` overflowed the stack; now a line-numbered error.
    @Test func deepNestingIsALineNumberedError() throws {
        for (open, close) in [("[ <urn:p> ", " ]"), ("( ", " )")] {
            let deep = "<urn:a> <urn:p> " + String(repeating: open, count: 20_000) + "<urn:o>" + String(repeating: close, count: 20_000) + " ."
            do {
                _ = try SKOSTurtleImporter.load(text: "\n" + deep, path: "deep.ttl")
                Issue.record("accepted 20,000 nested levels")
            } catch let error as LexiconError {
                #expect(error.line == 2 && error.reason.contains("nested deeper than 256"), "\(error)")
            }
        }
    }

    @Test func turtleLexiconMatchesText() throws {
        let lexicon = try LexiconFiles.load(path: fixtures.appendingPathComponent("skos-thesaurus.ttl").path).lexicon
        let matcher = ConceptMatcher(lexicon: lexicon)
        let found = matcher.mentions(in: try Segmenter.segment("Semi-peripheral zones and a peripheral zone."))
        #expect(found.map(\.concept) == ["semiperiphery", "periphery"])
    }
}
