import Foundation

/// Reads SKOS written in Turtle (`.ttl`), as thesauri such as UNESCO's, EuroVoc or the Library
/// of Congress publish it: the same concepts, labels and links as the RDF/XML importer, from
/// triples instead of elements.
public enum SKOSTurtleImporter {
    /// Imports Turtle text; `path` names the file in messages.
    public static func load(text: String, path: String) throws -> ImportedLexicon {
        let triples: [RDFTriple]
        do {
            triples = try TurtleParser(text).triples
        } catch let error as TurtleSyntaxError {
            throw LexiconError(path: path, line: error.line, reason: "Turtle syntax: \(error.reason)")
        }
        let subjects = SubjectTable(triples)
        let records = subjects.order.filter { subjects.isTyped($0, SKOSVocabulary.skos + "Concept") }.map(subjects.record)
        guard !records.isEmpty else { throw LexiconError(path: path, line: nil, reason: "no skos:Concept found") }
        let scheme = subjects.order.first { subjects.isTyped($0, SKOSVocabulary.skos + "ConceptScheme") }
        let title = scheme.flatMap { subjects.firstLiteral($0, [SKOSVocabulary.dcterms + "title", SKOSVocabulary.dc + "title",
                                                                   SKOSVocabulary.skos + "prefLabel", SubjectTable.rdfsLabel]) }
        let version = scheme.flatMap { subjects.firstLiteral($0, [SKOSVocabulary.owl + "versionInfo"]) }
        let (concepts, warnings) = SKOSLinker(path: path).concepts(from: records)
        let name = title ?? URL(fileURLWithPath: path).deletingPathExtension().lastPathComponent
        return ImportedLexicon(lexicon: Lexicon(name: name, version: version ?? "1", concepts: concepts), format: .skosTurtle, warnings: warnings)
    }
}

/// Triples grouped by subject, in the order subjects first appear.
private struct SubjectTable {
    static let rdfsLabel = "http://www.w3.org/2000/01/rdf-schema#label"
    var order = [String]()
    var statements = [String: [RDFTriple]]()

    init(_ triples: [RDFTriple]) {
        for triple in triples {
            if statements[triple.subject] == nil { order.append(triple.subject) }
            statements[triple.subject, default: []].append(triple)
        }
    }

    func isTyped(_ subject: String, _ type: String) -> Bool {
        statements[subject, default: []].contains { $0.predicate == TurtleParser.rdfType && $0.object == .iri(type) }
    }

    func firstLiteral(_ subject: String, _ predicates: [String]) -> String? {
        for predicate in predicates {
            for triple in statements[subject, default: []] where triple.predicate == predicate {
                if case .literal(let text, _) = triple.object { return text }
            }
        }
        return nil
    }

    func record(_ subject: String) -> SKOSRecord {
        let skos = SKOSVocabulary.skos
        let triples = statements[subject, default: []]
        var record = SKOSRecord(uri: subject, line: triples.first?.line)
        for triple in triples {
            switch (triple.predicate, triple.object) {
            case (skos + "prefLabel", .literal(let text, let language)): record.prefLabels.append((text, language))
            case (skos + "altLabel", .literal(let text, let language)), (skos + "hiddenLabel", .literal(let text, let language)):
                record.addOther(text, language: language)
            case (skos + "broader", let object): if let target = object.resource { record.broader.append(target) }
            case (skos + "narrower", let object): if let target = object.resource { record.narrower.append(target) }
            case (skos + "related", let object): if let target = object.resource { record.related.append(target) }
            case (skos + "definition", .literal(let text, _)): record.definition = record.definition ?? text
            case (SKOSVocabulary.dc + "source", let object), (SKOSVocabulary.dcterms + "source", let object):
                if case .literal(let text, _) = object { record.source = record.source ?? text } else { record.source = record.source ?? object.resource }
            case (SKOSVocabulary.braudel + "abstract", .literal(let text, _)): record.abstract = text == "true"
            case (SKOSVocabulary.braudel + "caseSensitive", .literal(let text, _)): record.caseSensitive = text == "true"
            default: continue
            }
        }
        return record
    }
}
