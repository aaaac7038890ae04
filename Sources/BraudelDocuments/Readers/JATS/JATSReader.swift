import CLibXML2

/// Reads JATS (and older NLM) journal articles, as publishers and PubMed Central deliver them:
/// the article title, abstract, body sections with their headings, back matter, footnotes as a
/// Notes section, and the `<ref-list>` as structured ``BibliographicEntry`` values rendered at the
/// end of the text, with `<xref ref-type="bibr">` callouts pointing into them. Tables are left
/// out but their captions kept; formulas are left out.
public struct JATSReader: DocumentReader {
    public let format = DocumentFormat.jats

    /// A JATS reader (parsing is safe by construction; nothing to configure).
    public init() {}

    /// Claims `.nxml` (PubMed Central's extension for JATS), and `.xml` or any file whose first
    /// markup is a JATS `<article>` root or `<!DOCTYPE article …JATS/NLM…>`.
    public func accepts(pathExtension: String, head: [UInt8]) -> Bool {
        let lowered = pathExtension.lowercased()
        if lowered == "nxml" { return true }
        return Self.looksLikeJATS(head)
    }

    /// A root `<article>` that is not DocBook's, or an article DOCTYPE naming JATS or NLM.
    static func looksLikeJATS(_ head: [UInt8]) -> Bool {
        let sniffed = XMLHeadSniffer(head)
        if let doctype = sniffed.doctype, sniffed.doctypeRoot == "article" {
            if doctype.contains("docbook") { return false }
            if doctype.contains("jats") || doctype.contains("nlm") || doctype.contains("journal publishing") { return true }
        }
        return sniffed.rootName == "article" && !sniffed.rootTag.contains("docbook.org")
    }

    /// Parses safely (``SafeXMLParser``) and turns the article into text, metadata, references.
    public func read(bytes: [UInt8], path: String, context: CleaningContext) throws -> Document {
        try SafeXMLParser.readDocument(bytes: bytes, path: path) { root in
            guard XMLNodes.localName(root) == "article" else {
                throw DocumentError.malformed(path: path, reason: "root element is <\(XMLNodes.localName(root) ?? "?")>, not a JATS <article>")
            }
            return Self.document(from: root, path: path)
        }
    }

    /// Title, abstract, body, back matter, notes, references — in that order.
    static func document(from root: XMLNodes.Node, path: String) -> Document {
        let articleMeta = XMLNodes.path(root, "front", "article-meta")
        let metadata = JATSMetadata.read(articleMeta)
        var walker = XMLBlockWalker(vocabulary: JATSVocabulary())
        if let title = metadata.title { walker.appendHeading(title) }
        for abstract in articleMeta.map({ XMLNodes.children($0, named: "abstract") }) ?? []
        where XMLNodes.attribute(abstract, "abstract-type") != "graphical" {
            if XMLNodes.child(abstract, "title") == nil { walker.appendHeading("Abstract") }
            walker.walkChildren(of: abstract)
        }
        if let body = XMLNodes.child(root, "body") { walker.walkChildren(of: body) }
        let back = XMLNodes.child(root, "back")
        if let back { walker.walkChildren(of: back) }
        walker.appendNotes()
        let references = back.map { XMLNodes.descendants($0, named: ["ref"]) }?.map(JATSReferences.reference) ?? []
        let bibliography = StructuredReferenceList.append(references, to: &walker)
        let callouts = walker.assembler.callouts
        let (text, sections) = walker.assembler.finish()
        return Document(path: path, format: .jats, metadata: metadata, text: text, sections: sections,
                        bibliography: bibliography, callouts: callouts)
    }
}

/// JATS element names mapped onto text roles.
struct JATSVocabulary: XMLVocabulary {
    static let blocks: Set<String> = [
        "sec", "p", "list", "list-item", "def-list", "def-item", "term", "def", "disp-quote", "boxed-text",
        "caption", "fig", "fig-group", "table-wrap", "table-wrap-group", "statement", "speech", "verse-group",
        "verse-line", "ack", "app", "app-group", "glossary", "notes", "body", "back", "attrib", "sig-block",
        "supplementary-material", "preformat", "abstract",
    ]
    static let skipped: Set<String> = [
        "label", "table", "table-wrap-foot", "disp-formula", "inline-formula", "tex-math", "math", "ref-list",
        "alt-text", "long-desc", "object-id", "graphic", "inline-graphic", "media", "processing-meta",
        "sub-article", "response", "private-char", "permissions",
    ]

    func role(of node: XMLNodes.Node) -> XMLElementRole {
        guard let name = XMLNodes.localName(node) else { return .skip }
        let parent = node.pointee.parent.flatMap { XMLNodes.localName($0) } ?? ""
        if parent == "table-wrap" && name != "caption" { return .skip }
        switch name {
        case "title": return parent == "caption" || parent == "fig" || parent == "table-wrap" ? .block : .heading
        case "fn": return .note
        case "fn-group": return .noteGroup
        case "break": return .space
        case "xref":
            switch XMLNodes.attribute(node, "ref-type") {
            case "bibr":
                let targets = (XMLNodes.attribute(node, "rid") ?? "").split(whereSeparator: { $0.isWhitespace }).map(String.init)
                return targets.isEmpty ? .inline : .callout(targets)
            case "fn", "table-fn": return .skip   // a note's number glued to the word it follows
            default: return .inline
            }
        default:
            if Self.skipped.contains(name) { return .skip }
            return Self.blocks.contains(name) ? .block : .inline
        }
    }

    func isNote(_ node: XMLNodes.Node) -> Bool { XMLNodes.localName(node) == "fn" }
}

/// The article's own title, authors and year from `<front><article-meta>`.
enum JATSMetadata {
    /// Publication dates in order of preference: the (print, collection) before online.
    static let datePreference = ["ppub", "collection", "pub", "epub-ppub", "epub"]

    static func read(_ articleMeta: XMLNodes.Node?) -> DocumentMetadata {
        guard let articleMeta else { return DocumentMetadata() }
        var metadata = DocumentMetadata()
        let title = XMLNodes.text(XMLNodes.path(articleMeta, "title-group", "article-title"), skipping: ["xref", "fn"])
        metadata.title = title.isEmpty ? nil : title
        var contributors = [XMLNodes.Node]()
        for group in XMLNodes.children(articleMeta, named: "contrib-group") {
            contributors += XMLNodes.children(group, named: "contrib")
        }
        let authors = contributors.filter { (XMLNodes.attribute($0, "contrib-type") ?? "author") == "author" }
        metadata.authors = authors.compactMap(personName)
        metadata.year = year(XMLNodes.children(articleMeta, named: "pub-date"))
        return metadata
    }

    /// "Given Surname" (or "Surname Given" for `name-style="eastern"`), a string-name or a collab.
    static func personName(_ contrib: XMLNodes.Node) -> String? {
        let name = XMLNodes.child(contrib, "name") ?? XMLNodes.path(contrib, "name-alternatives", "name")
        if let name {
            let surname = XMLNodes.text(XMLNodes.child(name, "surname"))
            let given = XMLNodes.text(XMLNodes.child(name, "given-names"))
            let parts = XMLNodes.attribute(name, "name-style") == "eastern" ? [surname, given] : [given, surname]
            let joined = parts.filter { !$0.isEmpty }.joined(separator: " ")
            return joined.isEmpty ? nil : joined
        }
        for element in ["string-name", "collab"] {
            if let text = XMLNodes.child(contrib, element).map({ XMLNodes.text($0) }), !text.isEmpty { return text }
        }
        return nil
    }

    /// The year of the preferred `<pub-date>` (by `pub-type` or `date-type`), else the first.
    static func year(_ dates: [XMLNodes.Node]) -> Int? {
        func kind(_ date: XMLNodes.Node) -> String {
            XMLNodes.attribute(date, "pub-type") ?? XMLNodes.attribute(date, "date-type") ?? ""
        }
        let ordered = dates.sorted {
            (datePreference.firstIndex(of: kind($0)) ?? datePreference.count) < (datePreference.firstIndex(of: kind($1)) ?? datePreference.count)
        }
        return ordered.lazy.compactMap { YearFinder.firstYear(in: XMLNodes.text(XMLNodes.child($0, "year"))) }.first
    }
}

/// One `<ref>` of a JATS reference list read into its fields.
enum JATSReferences {
    static let citationElements: Set<String> = ["element-citation", "mixed-citation", "nlm-citation", "citation"]

    /// The entry: fields from the first citation (an `element-citation` preferred when a ref
    /// offers alternatives), the formatted text from a `mixed-citation` when there is one.
    static func reference(_ ref: XMLNodes.Node) -> StructuredReference {
        let citations = XMLNodes.descendants(ref, named: citationElements)
        let structured = citations.first { XMLNodes.localName($0) == "element-citation" } ?? citations.first
        let mixed = citations.first { XMLNodes.localName($0) == "mixed-citation" }
        var reference = StructuredReference(id: XMLNodes.attribute(ref, "id"))
        guard let citation = structured else {
            reference.formatted = XMLNodes.text(ref)
            return reference
        }
        reference.names = names(of: citation)
        reference.year = XMLNodes.descendants(citation, named: ["year"]).first.map { XMLNodes.text($0) }.flatMap(StructuredReferenceList.nonEmpty)
        let field = { (name: String) in XMLNodes.descendants(citation, named: [name]).first.map { XMLNodes.text($0) }.flatMap(StructuredReferenceList.nonEmpty) }
        let source = field("source")
        if let title = field("article-title") ?? field("chapter-title") ?? field("data-title") {
            reference.title = title
            reference.container = source
        } else {
            reference.title = source
        }
        reference.doi = doi(of: citation)
        if let mixed {
            let label = XMLNodes.text(XMLNodes.child(ref, "label"))
            let text = XMLNodes.text(mixed)
            reference.formatted = label.isEmpty || text.hasPrefix(label) ? text : label + " " + text
        }
        return reference
    }

    /// The authors (collective names as surnames), else the first named group (editors of an
    /// edited book), else the names standing directly in the citation.
    static func names(of citation: XMLNodes.Node) -> [PersonName] {
        let groups = XMLNodes.descendants(citation, named: ["person-group"])
        let group = groups.first { XMLNodes.attribute($0, "person-group-type") == "author" } ?? groups.first
        var names = [PersonName]()
        for node in XMLNodes.children(group ?? citation) {
            switch XMLNodes.localName(node) {
            case "name", "string-name", "name-alternatives":
                let name = XMLNodes.localName(node) == "name-alternatives" ? XMLNodes.child(node, "name") ?? node : node
                let surname = XMLNodes.text(XMLNodes.child(name, "surname"))
                let given = XMLNodes.text(XMLNodes.child(name, "given-names"))
                names.append(surname.isEmpty ? PersonName(surname: XMLNodes.text(name), given: "") : PersonName(surname: surname, given: given))
            case "collab":
                names.append(PersonName(surname: XMLNodes.text(node), given: ""))
            default: continue
            }
        }
        return names.filter { !$0.surname.isEmpty }
    }

    /// A `pub-id` of type doi, or a DOI link, without its resolver prefix.
    static func doi(of citation: XMLNodes.Node) -> String? {
        let candidates = XMLNodes.descendants(citation, named: ["pub-id", "ext-link"]).filter {
            (XMLNodes.attribute($0, "pub-id-type") ?? XMLNodes.attribute($0, "ext-link-type"))?.lowercased() == "doi"
        }
        guard let node = candidates.first else { return nil }
        return DOIText.normalized(XMLNodes.text(node))
    }
}
