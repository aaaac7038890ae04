/// Removes HTML tags that web extraction left in plain text: search-term highlighting copied
/// from a page's source (`show<strong>in</strong>g`, `<strong>of</strong> the`) and line breaks
/// (`<br />`). Left in, they split words and hide the words around citations
/// (`Bunker <strong>and</strong> Ciccantell 2005`).
///
/// A tag is recognised by the grammar of an HTML start or end tag whose name is an HTML
/// element: `<`, an optional `/`, the name, then `>`, `/>` or whitespace and attributes
/// without `<` or a line break up to `>`. So `a < b`, `<Wallerstein 1974>` or `<that>` in
/// prose stay as written. Phrasing elements sit inside words and vanish; elements that break
/// a line in a browser become a newline, so the paragraph planner sees the break.
enum StrayMarkup {
    /// Elements that sit inside a line of text (HTML's phrasing content).
    private static let phrasing: Set<String> = [
        "a", "abbr", "b", "bdi", "bdo", "cite", "code", "del", "dfn", "em", "font", "i", "ins",
        "kbd", "mark", "q", "s", "samp", "small", "span", "strong", "sub", "sup", "tt", "u", "var", "wbr",
    ]
    /// Elements a browser renders on a line of their own.
    private static let lineBreaking: Set<String> = [
        "br", "p", "div", "li", "ul", "ol", "blockquote", "h1", "h2", "h3", "h4", "h5", "h6", "tr", "td", "th",
    ]
    /// Tag names are short; a longer run of letters is not a tag name this repair knows.
    private static let longestName = 10
    /// Attributes rarely run longer; the bound keeps a stray `<` from scanning far ahead.
    private static let longestTag = 400

    /// `bytes` with every recognised tag removed or turned into a newline.
    static func remove(_ bytes: [UInt8]) -> [UInt8] {
        guard bytes.contains(0x3C) else { return bytes }
        var output = [UInt8]()
        output.reserveCapacity(bytes.count)
        var index = 0
        while index < bytes.count {
            if bytes[index] == 0x3C, let tag = tag(at: index, in: bytes) {
                if tag.breaksLine { output.append(0x0A) }
                index = tag.end
            } else {
                output.append(bytes[index])
                index += 1
            }
        }
        return output
    }

    /// The end of a recognised tag starting at `start`, and whether it breaks the line.
    private static func tag(at start: Int, in bytes: [UInt8]) -> (end: Int, breaksLine: Bool)? {
        var index = start + 1
        if index < bytes.count, bytes[index] == 0x2F { index += 1 }
        let nameStart = index
        while index < bytes.count, index - nameStart <= longestName, isNameByte(bytes[index]) { index += 1 }
        guard index > nameStart, index < bytes.count else { return nil }
        let name = String(decoding: bytes[nameStart..<index].map { $0 | 0x20 }, as: UTF8.self)
        let breaksLine = lineBreaking.contains(name)
        guard breaksLine || phrasing.contains(name) else { return nil }
        switch bytes[index] {
        case 0x3E: return (index + 1, breaksLine)
        case 0x2F: return index + 1 < bytes.count && bytes[index + 1] == 0x3E ? (index + 2, breaksLine) : nil
        case 0x20, 0x09:
            // Attributes: anything but another tag opening or a line break, up to `>`.
            var end = index
            while end < bytes.count, end - start < longestTag {
                switch bytes[end] {
                case 0x3E: return (end + 1, breaksLine)
                case 0x3C, 0x0A, 0x0D: return nil
                default: end += 1
                }
            }
            return nil
        default: return nil
        }
    }

    private static func isNameByte(_ byte: UInt8) -> Bool {
        (byte >= 0x61 && byte <= 0x7A) || (byte >= 0x41 && byte <= 0x5A) || (byte >= 0x31 && byte <= 0x36)
    }
}
