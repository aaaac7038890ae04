import BraudelText
import Foundation

/// Writes a lexicon as SKOS RDF/XML that thesaurus tools (Skosmos, VocBench, Protégé) read and
/// that ``SKOSImporter`` reads back to the same concepts. Concept URIs are
/// `urn:braudel:concept:<id>`; `abstract` and `case_sensitive` go in Braudel's own namespace.
/// Context rules have no SKOS counterpart and are not written.
public enum SKOSExporter {
    /// The RDF/XML document for `lexicon`.
    public static func rdfXML(_ lexicon: Lexicon) -> String {
        let scheme = "urn:braudel:scheme:" + encode(lexicon.name)
        var out = """
        <?xml version="1.0" encoding="UTF-8"?>
        <rdf:RDF xmlns:rdf="\(SKOSVocabulary.rdf)"
                 xmlns:skos="\(SKOSVocabulary.skos)"
                 xmlns:dc="\(SKOSVocabulary.dc)"
                 xmlns:owl="\(SKOSVocabulary.owl)"
                 xmlns:braudel="\(SKOSVocabulary.braudel)">
          <skos:ConceptScheme rdf:about="\(escape(scheme))">
            <dc:title>\(escape(lexicon.name))</dc:title>
            <owl:versionInfo>\(escape(lexicon.version))</owl:versionInfo>
          </skos:ConceptScheme>

        """
        var children = [String: [String]]()
        for concept in lexicon.concepts { if let broader = concept.broader { children[broader, default: []].append(concept.id) } }
        for concept in lexicon.concepts {
            out += element(concept, scheme: scheme, narrower: children[concept.id] ?? [])
        }
        return out + "</rdf:RDF>\n"
    }

    private static func element(_ concept: Concept, scheme: String, narrower: [String]) -> String {
        var lines = ["  <skos:Concept rdf:about=\"\(escape(uri(concept.id)))\">",
                     "    <skos:inScheme rdf:resource=\"\(escape(scheme))\"/>",
                     "    <skos:prefLabel>\(escape(concept.label))</skos:prefLabel>"]
        lines += concept.variants.map { "    <skos:altLabel>\(escape($0))</skos:altLabel>" }
        for language in concept.labels.keys.sorted() {
            let names = concept.labels[language]!, tag = escape(language)
            lines.append("    <skos:prefLabel xml:lang=\"\(tag)\">\(escape(names[0]))</skos:prefLabel>")
            lines += names.dropFirst().map { "    <skos:altLabel xml:lang=\"\(tag)\">\(escape($0))</skos:altLabel>" }
        }
        if let broader = concept.broader { lines.append("    <skos:broader rdf:resource=\"\(escape(uri(broader)))\"/>") }
        lines += narrower.map { "    <skos:narrower rdf:resource=\"\(escape(uri($0)))\"/>" }
        lines += concept.related.map { "    <skos:related rdf:resource=\"\(escape(uri($0)))\"/>" }
        if let definition = concept.definition { lines.append("    <skos:definition>\(escape(definition))</skos:definition>") }
        if let source = concept.source { lines.append("    <dc:source>\(escape(source))</dc:source>") }
        if concept.abstract { lines.append("    <braudel:abstract>true</braudel:abstract>") }
        if concept.caseSensitive { lines.append("    <braudel:caseSensitive>true</braudel:caseSensitive>") }
        lines.append("  </skos:Concept>")
        return lines.joined(separator: "\n") + "\n"
    }

    /// The URI of a concept id; characters outside unreserved ones are percent-encoded, so
    /// the id comes back intact through ``SKOSVocabulary/id(fromURI:)``.
    static func uri(_ id: String) -> String { SKOSVocabulary.conceptBase + encode(id) }

    private static func encode(_ text: String) -> String {
        text.addingPercentEncoding(withAllowedCharacters: unreserved) ?? text
    }

    private static let unreserved = CharacterSet.alphanumerics.union(CharacterSet(charactersIn: "-._~"))

    /// Escapes markup characters and drops characters XML 1.0 cannot hold at all.
    static func escape(_ text: String) -> String {
        XMLText.escape(text)
    }
}
