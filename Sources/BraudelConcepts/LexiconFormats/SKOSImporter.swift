import Foundation

/// Reads SKOS RDF/XML: every `skos:Concept` (or `rdf:Description` typed as one, at any depth)
/// becomes a concept. The preferred label (no language or English first) is the label; other
/// preferred labels, `skos:altLabel` and `skos:hiddenLabel` are variants; `skos:broader` /
/// `skos:narrower` give the one broader concept Braudel keeps, `skos:related`,
/// `skos:definition` and `dc:source` / `dcterms:source` the rest. Ids are the URIs' fragments
/// or last segments. Links to concepts outside the file are dropped with a warning.
public enum SKOSImporter {
    /// Imports SKOS RDF/XML bytes; `path` names the file in messages.
    public static func load(bytes: [UInt8], path: String) throws -> ImportedLexicon {
        let tree = try SafeXMLTree(bytes: bytes, path: path)
        var collector = SKOSCollector(path: path)
        collector.walk(tree.root)
        guard !collector.records.isEmpty else {
            throw LexiconError(path: path, line: SafeXMLTree.line(tree.root), reason: "no skos:Concept found")
        }
        let (concepts, warnings) = SKOSLinker(path: path).concepts(from: collector.records)
        let name = collector.schemeTitle ?? URL(fileURLWithPath: path).deletingPathExtension().lastPathComponent
        return ImportedLexicon(lexicon: Lexicon(name: name, version: collector.schemeVersion ?? "1", concepts: concepts),
                               format: .skos, warnings: collector.warnings + warnings)
    }
}

/// What one skos:Concept element says, URIs not yet resolved to ids.
struct SKOSRecord {
    var uri: String
    var line: Int?
    var prefLabels = [(text: String, language: String?)]()
    var otherLabels = [String]()
    /// Alternative and hidden labels with a language tag other than English.
    var taggedLabels = [(text: String, language: String)]()
    var broader = [String]()
    var narrower = [String]()
    var related = [String]()
    var definition: String?
    var source: String?
    var abstract = false
    var caseSensitive = false
}

extension SKOSRecord {
    /// Files an alternative label: untagged and English ones are variants, others labels of their language.
    mutating func addOther(_ text: String, language: String?) {
        if let language, !language.isEmpty, !language.lowercased().hasPrefix("en") {
            taggedLabels.append((text, language.lowercased()))
        } else {
            otherLabels.append(text)
        }
    }
}

/// Walks the RDF tree and collects concept records and the scheme's title.
struct SKOSCollector {
    typealias Tree = SafeXMLTree
    let path: String
    var records = [SKOSRecord]()
    var warnings = [LexiconFinding]()
    var schemeTitle: String?
    var schemeVersion: String?

    init(path: String) { self.path = path }

    static func isConcept(_ node: Tree.Node) -> Bool {
        if Tree.localName(node) == "Concept" && Tree.namespace(node) == SKOSVocabulary.skos { return true }
        return Tree.children(node).contains { child in
            Tree.localName(child) == "type" && Tree.namespace(child) == SKOSVocabulary.rdf
                && Tree.attribute(child, "resource", namespace: SKOSVocabulary.rdf) == SKOSVocabulary.skos + "Concept"
        }
    }

    mutating func walk(_ node: Tree.Node) {
        if Tree.localName(node) == "ConceptScheme" && Tree.namespace(node) == SKOSVocabulary.skos {
            for child in Tree.children(node) where Tree.localName(child) == "title" { schemeTitle = schemeTitle ?? Tree.text(child) }
            for child in Tree.children(node) where Tree.localName(child) == "versionInfo" { schemeVersion = Tree.text(child) }
        }
        if Self.isConcept(node) { record(node) }
        for child in Tree.children(node) { walk(child) }
    }

    /// The URI an element names: rdf:about, else rdf:ID relative to the document.
    static func uri(_ node: Tree.Node) -> String? {
        Tree.attribute(node, "about", namespace: SKOSVocabulary.rdf)
            ?? Tree.attribute(node, "ID", namespace: SKOSVocabulary.rdf).map { "#" + $0 }
    }

    /// The concept a property points to: rdf:resource, or a nested described element.
    static func target(_ property: Tree.Node) -> String? {
        if let resource = Tree.attribute(property, "resource", namespace: SKOSVocabulary.rdf) { return resource }
        return Tree.children(property).lazy.compactMap(uri).first
    }

    mutating func record(_ node: Tree.Node) {
        guard let uri = Self.uri(node) else {
            warnings.append(LexiconFinding(.warning, path: path, line: Tree.line(node), "skos:Concept without rdf:about; skipped"))
            return
        }
        var record = SKOSRecord(uri: uri, line: Tree.line(node))
        for property in Tree.children(node) {
            guard let name = Tree.localName(property) else { continue }
            switch (Tree.namespace(property), name) {
            case (SKOSVocabulary.skos, "prefLabel"):
                record.prefLabels.append((Tree.text(property), Tree.attribute(property, "lang", namespace: Tree.xmlNamespace)))
            case (SKOSVocabulary.skos, "altLabel"), (SKOSVocabulary.skos, "hiddenLabel"):
                record.addOther(Tree.text(property), language: Tree.attribute(property, "lang", namespace: Tree.xmlNamespace))
            case (SKOSVocabulary.skos, "broader"): if let target = Self.target(property) { record.broader.append(target) }
            case (SKOSVocabulary.skos, "narrower"): if let target = Self.target(property) { record.narrower.append(target) }
            case (SKOSVocabulary.skos, "related"): if let target = Self.target(property) { record.related.append(target) }
            case (SKOSVocabulary.skos, "definition"): record.definition = record.definition ?? Tree.text(property)
            case (SKOSVocabulary.dc, "source"), (SKOSVocabulary.dcterms, "source"):
                record.source = record.source ?? Self.target(property) ?? Tree.text(property)
            case (SKOSVocabulary.braudel, "abstract"): record.abstract = Tree.text(property) == "true"
            case (SKOSVocabulary.braudel, "caseSensitive"): record.caseSensitive = Tree.text(property) == "true"
            default: continue
            }
        }
        records.append(record)
    }
}
