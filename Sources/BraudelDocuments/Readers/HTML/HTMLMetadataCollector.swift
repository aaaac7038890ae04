import CLibXML2

/// What one pass over a whole HTML tree finds: meta tags, the <title>, and the candidates for
/// the main content (<article>, <main>, <body>).
struct HTMLPageOutline {
    var meta: [String: [String]] = [:]
    var titleElement: String?
    /// The first <h1>, wherever it sits (a page header keeps it outside the article).
    var heading: String?
    var articles: [HTMLTree.Node] = []
    var main: HTMLTree.Node?
    var body: HTMLTree.Node?

    /// Elements whose contents are never page content.
    static let droppedElements: Set<String> = [
        "script", "style", "noscript", "nav", "header", "footer", "aside", "form", "template", "svg",
        "iframe", "button", "select", "textarea", "object", "embed", "canvas", "math", "head", "title",
    ]

    init(document: xmlDocPtr) {
        let root = UnsafeMutableRawPointer(document)
        HTMLTree.walk(children: document.pointee.children, of: root, enter: { node in
            guard let name = HTMLTree.elementName(node) else { return false }
            switch name {
            case "meta":
                record(node)
                return false
            case "title":
                if titleElement == nil { titleElement = HTMLTree.collectedText(node) }
                return false
            case "h1":
                if heading == nil { heading = HTMLTree.collectedText(node).split(whereSeparator: \.isWhitespace).joined(separator: " ") }
                return true
            case "header": return true
            case "article": articles.append(node)
            case "main": if main == nil { main = node }
            case "body": if body == nil { body = node }
            case "head", "html": return true
            default:
                if Self.droppedElements.contains(name) { return false }
            }
            return true
        }, leave: { _ in })
    }

    private mutating func record(_ node: HTMLTree.Node) {
        guard let key = HTMLTree.attribute(node, "name") ?? HTMLTree.attribute(node, "property"),
              let content = HTMLTree.attribute(node, "content") else { return }
        let value = content.split(whereSeparator: { $0.isWhitespace }).joined(separator: " ")
        guard !value.isEmpty else { return }
        meta[key.lowercased(), default: []].append(value)
    }

    /// The element whose text is the document: a single <article>, else <main>, else the
    /// first <article>, else <body>.
    var contentRoot: HTMLTree.Node? {
        if articles.count == 1 { return articles[0] }
        return main ?? articles.first ?? body
    }

    /// Title, authors and year from Highwire (citation_*) and Dublin Core tags, then the page's
    /// <h1>, then Open Graph and <title>: a social-media title is often cut short and a <title>
    /// carries the site's name ("Title | Institute"), while the <h1> is the title the page shows.
    var metadata: DocumentMetadata {
        func first(_ keys: [String]) -> String? { keys.lazy.compactMap { meta[$0]?.first }.first }
        var result = DocumentMetadata()
        result.title = first(["citation_title", "dc.title"]) ?? heading.flatMap { $0.isEmpty ? nil : $0 }
            ?? first(["og:title"]) ?? titleElement.flatMap { $0.isEmpty ? nil : $0 }
        // An organization in an author tag ("Meridian Institute") is not a personal author.
        result.authors = (["citation_author", "dc.creator", "author"].lazy.compactMap { meta[$0] }.first ?? [])
            .filter { PersonNames.parseName($0) != nil || Bylines.parseLabelled($0) != nil }
        let dated = ["citation_publication_date", "citation_date", "citation_year", "citation_online_date",
                     "dc.date", "dc.date.issued", "article:published_time", "date"]
        result.year = dated.lazy.compactMap { meta[$0]?.first }.compactMap { YearFinder.firstYear(in: $0) }.first
        return result
    }
}
