import Foundation
import Testing
@testable import BraudelConcepts

/// SKOS RDF/XML import (safely: no XXE), export, and the round trip between them.
@Suite struct SKOSTests {
    static let repository = fixtures.deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    @Test func importsConceptsLabelsAndLinks() throws {
        let imported = try LexiconFiles.load(path: fixtures.appendingPathComponent("skos-thesaurus.rdf").path)
        #expect(imported.format == .skos)
        let lexicon = imported.lexicon
        #expect(lexicon.name == "world-systems thesaurus")
        #expect(lexicon.concepts.map(\.id) == ["zones", "semiperiphery", "periphery", "unequal-exchange"])
        let semi = try #require(lexicon.concept("semiperiphery"))
        #expect(semi.label == "semiperiphery")
        #expect(semi.variants == ["semi-peripheral zone", "semiperiphary"])
        #expect(semi.labels == ["fr": ["semi-périphérie"]])      // a French prefLabel is the French label
        #expect(semi.broader == "zones")          // from zones' skos:narrower
        #expect(semi.related == ["periphery"])
        #expect(semi.source == "Wallerstein 1976")
        #expect(semi.line == 20)
        let periphery = try #require(lexicon.concept("periphery"))   // rdf:Description typed skos:Concept, URI by path
        #expect(periphery.broader == "zones" && periphery.variants == ["peripheral zone"])
        #expect(periphery.related == ["unequal-exchange"] && periphery.source == "Prebisch 1950")
        #expect(lexicon.concept("unequal-exchange")?.broader == nil)     // outside the file: dropped
        #expect(imported.warnings.map(\.line) == [36])
    }

    @Test func externalEntitiesNeverLeak() throws {
        let lexicon = try LexiconFiles.load(path: fixtures.appendingPathComponent("skos-thesaurus.rdf").path).lexicon
        #expect(lexicon.concept("semiperiphery")?.definition == "An intermediate zone between core & periphery")
        let secret = FileManager.default.temporaryDirectory.appendingPathComponent("braudel-secret-\(UUID().uuidString).txt")
        try "TOP-SECRET-VALUE".write(to: secret, atomically: true, encoding: .utf8)
        defer { try? FileManager.default.removeItem(at: secret) }
        let hostile = """
        <?xml version="1.0"?>
        <!DOCTYPE rdf:RDF [ <!ENTITY leak SYSTEM "file://\(secret.path)"> ]>
        <rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#" xmlns:skos="http://www.w3.org/2004/02/skos/core#">
          <skos:Concept rdf:about="urn:x:a"><skos:prefLabel>a&leak;</skos:prefLabel><skos:altLabel>&leak;</skos:altLabel>
            <skos:definition>&leak;</skos:definition></skos:Concept>
        </rdf:RDF>
        """
        let concept = try #require(try SKOSImporter.load(bytes: Array(hostile.utf8), path: "hostile.rdf").lexicon.concept("a"))
        let everything = ([concept.label, concept.definition ?? ""] + concept.variants).joined(separator: " ")
        #expect(!everything.contains("TOP-SECRET"))
        #expect(concept.label == "a")
    }

    @Test func malformedXMLIsRefusedWithItsLine() throws {
        let broken = "<rdf:RDF xmlns:rdf=\"http://www.w3.org/1999/02/22-rdf-syntax-ns#\">\n<a>\n</b>\n</rdf:RDF>\n"
        do {
            _ = try SKOSImporter.load(bytes: Array(broken.utf8), path: "broken.rdf")
            Issue.record("accepted malformed XML")
        } catch let error as LexiconError {
            #expect(error.line == 3)
            #expect(error.reason.hasPrefix("not well-formed XML"))
        }
        let empty = "<rdf:RDF xmlns:rdf=\"http://www.w3.org/1999/02/22-rdf-syntax-ns#\"/>"
        #expect(throws: LexiconError.self) { try SKOSImporter.load(bytes: Array(empty.utf8), path: "empty.rdf") }
    }

    @Test func exportRoundTripsTheBundledLexicon() throws {
        let original = try LexiconLoader.load(path: Self.repository.appendingPathComponent("lexicons/world-systems.yaml").path)
        let xml = SKOSExporter.rdfXML(original)
        let back = try SKOSImporter.load(bytes: Array(xml.utf8), path: "export.rdf")
        #expect(back.warnings.isEmpty)
        #expect(back.lexicon.name == original.name && back.lexicon.version == original.version)
        #expect(back.lexicon.concepts.count == original.concepts.count)
        for (a, b) in zip(original.concepts, back.lexicon.concepts) {
            #expect(a.id == b.id)
            #expect(a.label == b.label, "\(a.id)")
            #expect(a.variants == b.variants, "\(a.id)")
            #expect(a.labels == b.labels, "\(a.id)")              // fr/es/pt/de names, by xml:lang
            #expect(a.broader == b.broader, "\(a.id)")
            #expect(a.related == b.related, "\(a.id)")
            #expect(a.definition == b.definition, "\(a.id)")
            #expect(a.source == b.source, "\(a.id)")
            #expect(a.abstract == b.abstract && a.caseSensitive == b.caseSensitive, "\(a.id)")
        }
    }

    @Test func exportEscapesMarkupAndOddIds() throws {
        let concepts = [
            Concept(id: "a/b#c d", label: "<core> & \"periphery\"", related: ["x:y"], definition: "it's <b>bold</b> & more\u{1}",
                    source: "Amin & Frank 1977", variants: ["A&B", "‘quoted’"], caseSensitive: true),
            Concept(id: "x:y", label: "x", broader: "a/b#c d", abstract: true),
        ]
        let xml = SKOSExporter.rdfXML(Lexicon(name: "odd <name>", version: "2", concepts: concepts))
        #expect(!xml.contains("<core>") && !xml.contains("\u{1}"))
        let back = try SKOSImporter.load(bytes: Array(xml.utf8), path: "odd.rdf").lexicon
        #expect(back.name == "odd <name>")
        #expect(back.concepts.map(\.id) == ["a/b#c d", "x:y"])
        let first = back.concepts[0]
        #expect(first.label == "<core> & \"periphery\"" && first.variants == ["A&B", "‘quoted’"])
        #expect(first.definition == "it's <b>bold</b> & more" && first.source == "Amin & Frank 1977")
        #expect(first.related == ["x:y"] && first.caseSensitive)
        #expect(back.concepts[1].broader == "a/b#c d" && back.concepts[1].abstract)
    }
}

/// Entity expansion attacks must neither hang nor blow up memory.
@Suite struct SKOSEntityBombTests {
    @Test func billionLaughsIsNotExpanded() throws {
        var entities = "<!ENTITY lol0 \"lol\">"
        for level in 1...9 { entities += "<!ENTITY lol\(level) \"" + String(repeating: "&lol\(level - 1);", count: 10) + "\">" }
        let xml = """
        <?xml version="1.0"?>
        <!DOCTYPE rdf:RDF [ \(entities) ]>
        <rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#" xmlns:skos="http://www.w3.org/2004/02/skos/core#">
          <skos:Concept rdf:about="urn:x:bomb"><skos:prefLabel>bomb &lol9;</skos:prefLabel></skos:Concept>
        </rdf:RDF>
        """
        do {
            let lexicon = try SKOSImporter.load(bytes: Array(xml.utf8), path: "bomb.rdf").lexicon
            #expect(lexicon.concept("bomb")?.label == "bomb")
        } catch let error as LexiconError {
            #expect(error.reason.contains("XML"))
        }
    }
}
