import Foundation

/// Namespaces and names of SKOS RDF/XML as the importer and exporter use them.
enum SKOSVocabulary {
    static let rdf = "http://www.w3.org/1999/02/22-rdf-syntax-ns#"
    static let skos = "http://www.w3.org/2004/02/skos/core#"
    static let dc = "http://purl.org/dc/elements/1.1/"
    static let dcterms = "http://purl.org/dc/terms/"
    static let owl = "http://www.w3.org/2002/07/owl#"
    /// Braudel's own properties, for what SKOS has no word for (abstract grouping concepts,
    /// case-sensitive matching).
    static let braudel = "urn:braudel:lexicon#"
    /// Prefix of concept URIs written by the exporter; the id follows it.
    static let conceptBase = "urn:braudel:concept:"

    /// The concept id a URI stands for: its fragment, else its last path or URN segment,
    /// percent-decoded.
    static func id(fromURI uri: String) -> String {
        let base = uri.hasSuffix("/") ? String(uri.dropLast()) : uri
        var tail = Substring(base)
        if let hash = base.lastIndex(of: "#"), base.index(after: hash) != base.endIndex {
            tail = base[base.index(after: hash)...]
        } else if let cut = base.lastIndex(where: { $0 == "/" || $0 == ":" }) {
            tail = base[base.index(after: cut)...]
        }
        let decoded = String(tail).removingPercentEncoding ?? String(tail)
        return decoded.isEmpty ? uri : decoded
    }
}

