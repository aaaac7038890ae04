/// What the first bytes of an XML file say about it: the DOCTYPE's root name and public id, and
/// the root element's start tag. Enough to tell a JATS article from a TEI document without
/// parsing (readers are chosen on the first 1024 bytes).
struct XMLHeadSniffer {
    /// The DOCTYPE declaration up to its internal subset or end ("<!doctype article public …").
    private(set) var doctype: String?
    /// The root element's local name, case kept ("article", "TEI").
    private(set) var rootName: String?
    /// The root start tag as far as the head reaches (attributes, namespace declarations).
    private(set) var rootTag: String = ""

    /// Reads the prolog of `head`: BOM, XML declaration, comments, processing instructions,
    /// DOCTYPE, then the first start tag. UTF-16 heads are read through their ASCII bytes.
    init(_ head: [UInt8]) {
        var bytes = head
        if bytes.starts(with: [0xFF, 0xFE]) || bytes.starts(with: [0xFE, 0xFF]) {
            bytes = bytes.dropFirst(2).filter { $0 != 0 }
        } else if bytes.starts(with: [0xEF, 0xBB, 0xBF]) {
            bytes.removeFirst(3)
        }
        // Most files offered to the XML readers are not XML: stop before any string work.
        guard let firstMark = bytes.first(where: { $0 != 0x20 && $0 != 0x09 && $0 != 0x0A && $0 != 0x0D }),
              firstMark == 0x3C else { return }
        var text = Substring(String(decoding: bytes, as: UTF8.self))
        while true {
            text = text.drop { $0.isWhitespace }
            if text.hasPrefix("<?"), let end = text.firstRange(of: "?>") { text = text[end.upperBound...]; continue }
            if text.hasPrefix("<!--"), let end = text.firstRange(of: "-->") { text = text[end.upperBound...]; continue }
            if text.lowercased().hasPrefix("<!doctype") {
                let end = text.firstIndex { $0 == ">" || $0 == "[" } ?? text.endIndex
                doctype = String(text[..<end]).lowercased()
                guard let close = Self.endOfDoctype(text) else { return }
                text = text[close...]
                continue
            }
            break
        }
        guard text.hasPrefix("<"), let first = text.dropFirst().first, first.isLetter || first == "_" else { return }
        let tag = text.dropFirst().prefix { $0 != ">" }
        rootTag = String(tag)
        let qualified = tag.prefix { !$0.isWhitespace && $0 != "/" }
        rootName = String(qualified.split(separator: ":").last ?? qualified)
    }

    /// Just past the DOCTYPE's closing ">", skipping an internal subset in brackets.
    private static func endOfDoctype(_ text: Substring) -> Substring.Index? {
        var inSubset = false
        var index = text.startIndex
        while index < text.endIndex {
            let character = text[index]
            if character == "[" { inSubset = true }
            else if character == "]" { inSubset = false }
            else if character == ">" && !inSubset { return text.index(after: index) }
            index = text.index(after: index)
        }
        return nil
    }

    /// The DOCTYPE's root name ("article" in `<!DOCTYPE article PUBLIC …>`), lowercased.
    var doctypeRoot: String? {
        guard let doctype else { return nil }
        return doctype.dropFirst("<!doctype".count).split(whereSeparator: { $0.isWhitespace }).first.map(String.init)
    }
}
