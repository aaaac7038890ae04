import CLibXML2

/// Reads TEI P5 documents, GROBID's output from PDFs above all: the title and abstract from the
/// header, `<text>` divisions with their headings, footnotes as a Notes section, and the
/// `<listBibl>` of `<biblStruct>`s as structured ``BibliographicEntry`` values rendered at the end
/// of the text, with `<ref type="bibr">` callouts pointing into them.
public struct TEIReader: DocumentReader {
    public let format = DocumentFormat.tei

    /// A TEI reader (parsing is safe by construction; nothing to configure).
    public init() {}

    /// Claims `.tei` files, and any file whose root element is `<TEI>` (prefixed or not).
    public func accepts(pathExtension: String, head: [UInt8]) -> Bool {
        pathExtension.lowercased() == "tei" || XMLHeadSniffer(head).rootName == "TEI"
    }

    /// Parses safely (``SafeXMLParser``) and turns the document into text, metadata, references.
    public func read(bytes: [UInt8], path: String, context: CleaningContext) throws -> Document {
        try SafeXMLParser.readDocument(bytes: bytes, path: path) { root in
            guard XMLNodes.localName(root) == "TEI" else {
                throw DocumentError.malformed(path: path, reason: "root element is <\(XMLNodes.localName(root) ?? "?")>, not <TEI>")
            }
            return Self.document(from: root, path: path)
        }
    }

    /// Title, abstract, front, body and back divisions, notes, references — in that order.
    static func document(from root: XMLNodes.Node, path: String) -> Document {
        let header = XMLNodes.child(root, "teiHeader")
        let metadata = TEIMetadata.read(header)
        var walker = XMLBlockWalker(vocabulary: TEIVocabulary())
        if let title = metadata.title { walker.appendHeading(title) }
        for abstract in XMLNodes.path(header, "profileDesc").map({ XMLNodes.children($0, named: "abstract") }) ?? [] {
            if XMLNodes.descendants(abstract, named: ["head"]).isEmpty { walker.appendHeading("Abstract") }
            walker.walkChildren(of: abstract)
        }
        let text = XMLNodes.child(root, "text")
        for part in ["front", "body", "back"] {
            if let node = XMLNodes.child(text, part) { walker.walkChildren(of: node) }
        }
        walker.appendNotes()
        let lists = text.map { XMLNodes.descendants($0, named: ["listBibl"]) } ?? []
        let references = lists.flatMap { XMLNodes.descendants($0, named: ["biblStruct", "bibl"]) }.map(TEIReferences.reference)
        let bibliography = StructuredReferenceList.append(references, to: &walker)
        let callouts = walker.assembler.callouts
        let (content, sections) = walker.assembler.finish()
        return Document(path: path, format: .tei, metadata: metadata, text: content, sections: sections,
                        bibliography: bibliography, callouts: callouts)
    }
}

/// TEI element names mapped onto text roles.
struct TEIVocabulary: XMLVocabulary {
    static let blocks: Set<String> = [
        "div", "div1", "div2", "div3", "div4", "div5", "div6", "div7", "p", "ab", "list", "item", "figure", "lg", "l", "sp", "speaker", "argument", "epigraph", "opener", "closer", "byline", "dateline",
        "salute", "signed", "front", "body", "back", "abstract", "docTitle", "titlePage", "trailer",
    ]
    static let skipped: Set<String> = [
        "label", "table", "formula", "graphic", "listBibl", "fw", "pb", "cb", "milestone", "gap", "teiHeader",
        "facsimile", "standOff", "interp", "interpGrp", "desc", "castList",
    ]

    func role(of node: XMLNodes.Node) -> XMLElementRole {
        guard let name = XMLNodes.localName(node) else { return .skip }
        let parent = node.pointee.parent.flatMap { XMLNodes.localName($0) } ?? ""
        if parent == "choice" && ["sic", "orig", "abbr"].contains(name) { return .skip }   // the corrected reading stays
        switch name {
        case "head":
            if parent == "figure" { return .spacedInline }   // "Figure 1." runs into its figDesc
            return ["table", "list", "lg"].contains(parent) ? .block : .heading
        case "note": return .note
        case "figDesc": return .spacedInline
        case "lb": return .space
        case "ref":
            switch XMLNodes.attribute(node, "type") {
            case "bibr":
                let targets = (XMLNodes.attribute(node, "target") ?? "").split(whereSeparator: { $0.isWhitespace })
                    .map { $0.hasPrefix("#") ? String($0.dropFirst()) : String($0) }.filter { !$0.isEmpty }
                return targets.isEmpty ? .inline : .callout(targets)
            case "foot", "note", "footnote": return .skip   // a note's number glued to the word it follows
            default: return .inline
            }
        default:
            if Self.skipped.contains(name) { return .skip }
            if name == "div" && XMLNodes.child(node, "listBibl") != nil
                && XMLNodes.child(node, "p") == nil { return .skip }   // the bibliography's own div, heading and all
            return Self.blocks.contains(name) ? .block : .inline
        }
    }

    func isNote(_ node: XMLNodes.Node) -> Bool { XMLNodes.localName(node) == "note" }
}

/// The document's title, authors and year from `<teiHeader><fileDesc>`.
enum TEIMetadata {
    static func read(_ header: XMLNodes.Node?) -> DocumentMetadata {
        let fileDesc = XMLNodes.child(header, "fileDesc")
        var metadata = DocumentMetadata()
        let titles = XMLNodes.path(fileDesc, "titleStmt").map { XMLNodes.children($0, named: "title") } ?? []
        metadata.title = TEIReferences.preferredTitle(titles, levels: ["a", "m", "j"]).flatMap(StructuredReferenceList.nonEmpty)
        let source = XMLNodes.path(fileDesc, "sourceDesc", "biblStruct")
        let authorSources = [XMLNodes.child(source, "analytic"), XMLNodes.child(fileDesc, "titleStmt"), XMLNodes.child(source, "monogr")]
        metadata.authors = authorSources.lazy.compactMap { $0 }
            .map { XMLNodes.children($0, named: "author").compactMap(fullName) }.first { !$0.isEmpty } ?? []
        let dates = [XMLNodes.path(fileDesc, "publicationStmt", "date"), XMLNodes.path(source, "monogr", "imprint", "date")]
        metadata.year = dates.lazy.compactMap { $0 }.compactMap { date in
            YearFinder.firstYear(in: XMLNodes.attribute(date, "when") ?? "") ?? YearFinder.firstYear(in: XMLNodes.text(date))
        }.first
        return metadata
    }

    /// "Forenames Surname" from a `persName`, else the author's text (an organization).
    static func fullName(_ author: XMLNodes.Node) -> String? {
        if let person = XMLNodes.child(author, "persName") {
            let forenames = XMLNodes.children(person, named: "forename").map { XMLNodes.text($0) }
            let surname = XMLNodes.children(person, named: "surname").map { XMLNodes.text($0) }
            let joined = (forenames + surname).filter { !$0.isEmpty }.joined(separator: " ")
            return joined.isEmpty ? StructuredReferenceList.nonEmpty(XMLNodes.text(person)) : joined
        }
        let text = XMLNodes.text(XMLNodes.child(author, "orgName") ?? author, skipping: ["affiliation", "email", "idno"])
        return StructuredReferenceList.nonEmpty(text)
    }
}

/// One `<biblStruct>` (or a plain `<bibl>`) of a TEI bibliography read into its fields.
enum TEIReferences {
    static func reference(_ entry: XMLNodes.Node) -> StructuredReference {
        let analytic = XMLNodes.child(entry, "analytic")
        let monogr = XMLNodes.child(entry, "monogr")
        var reference = StructuredReference(id: XMLNodes.identifier(entry))
        let nameSources = [analytic, monogr, entry].compactMap { $0 }
        reference.names = nameSources.lazy.map { names(in: $0, element: "author") }.first { !$0.isEmpty }
            ?? nameSources.lazy.map { names(in: $0, element: "editor") }.first { !$0.isEmpty } ?? []
        let monographTitles = XMLNodes.children(monogr ?? entry, named: "title")
        if let analytic, let title = preferredTitle(XMLNodes.children(analytic, named: "title"), levels: ["a"]) {
            reference.title = title
            reference.container = preferredTitle(monographTitles, levels: ["j", "m", "s"])
        } else {
            reference.title = preferredTitle(monographTitles, levels: ["m", "j", "s"])
        }
        reference.year = year(of: entry)
        let idnos = XMLNodes.descendants(entry, named: ["idno"]).filter { XMLNodes.attribute($0, "type")?.lowercased() == "doi" }
        reference.doi = idnos.first.flatMap { DOIText.normalized(XMLNodes.text($0)) }
        let raw = XMLNodes.children(entry, named: "note").first { XMLNodes.attribute($0, "type") == "raw_reference" }
        if let raw { reference.formatted = XMLNodes.text(raw) }
        else if XMLNodes.localName(entry) == "bibl" { reference.formatted = XMLNodes.text(entry) }
        return reference
    }

    /// The names of the `element`s (author, editor) directly in `parent`; organizations as
    /// surnames.
    static func names(in parent: XMLNodes.Node, element: String) -> [PersonName] {
        XMLNodes.children(parent, named: element).compactMap { person in
            let personName = XMLNodes.child(person, "persName") ?? person
            let surname = XMLNodes.text(XMLNodes.child(personName, "surname"))
            if !surname.isEmpty {
                let forenames = XMLNodes.children(personName, named: "forename").map { XMLNodes.text($0) }
                return PersonName(surname: surname, given: forenames.filter { !$0.isEmpty }.joined(separator: " "))
            }
            let name = XMLNodes.child(person, "orgName") ?? XMLNodes.child(person, "persName") ?? XMLNodes.child(person, "name")
            let text = XMLNodes.text(name ?? person, skipping: ["affiliation", "email"])
            return text.isEmpty ? nil : PersonName(surname: text, given: "")
        }
    }

    /// The first title of the first level in `levels` (a `type="main"` one before a subtitle),
    /// else the first title at all.
    static func preferredTitle(_ titles: [XMLNodes.Node], levels: [String]) -> String? {
        let main = titles.filter { (XMLNodes.attribute($0, "type") ?? "main") == "main" }
        for level in levels {
            if let title = (main + titles).first(where: { XMLNodes.attribute($0, "level") == level }) {
                return StructuredReferenceList.nonEmpty(XMLNodes.text(title))
            }
        }
        return (main + titles).first.flatMap { StructuredReferenceList.nonEmpty(XMLNodes.text($0)) }
    }

    /// The year as written ("1974", "1974a"): the date's text when it is a short year form,
    /// else the year of its `when`.
    static func year(of entry: XMLNodes.Node) -> String? {
        guard let date = XMLNodes.descendants(entry, named: ["date"]).first else { return nil }
        let text = XMLNodes.text(date)
        if text.count <= 6, YearFinder.firstYear(in: text) != nil { return text }
        if let when = XMLNodes.attribute(date, "when"), when.count >= 4, when.prefix(4).allSatisfy(\.isNumber) { return String(when.prefix(4)) }
        return StructuredReferenceList.nonEmpty(text)
    }
}
