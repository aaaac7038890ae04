/// A block of a Markdown document: a heading or a run of lines forming one paragraph
/// (a paragraph, a list item, a quoted paragraph, a code block).
struct MarkdownBlock: Equatable {
    /// Heading level 1–6, or nil for a paragraph.
    var headingLevel: Int?
    /// The block's lines with block markup (#, >, bullets, indentation) removed and inline
    /// markup still in place.
    var lines: [String]
}

/// Splits Markdown body lines into blocks: ATX and Setext headings, paragraphs, list items,
/// block quotes, fenced code; drops horizontal rules, table separator rows, link reference
/// definitions and HTML comments.
struct MarkdownBlockParser {
    private(set) var blocks: [MarkdownBlock] = []
    private var current: [String] = []
    private var fence: String?
    private var inComment = false

    static func parse(_ lines: some Sequence<Substring>) -> [MarkdownBlock] {
        var parser = MarkdownBlockParser()
        for line in lines { parser.consume(line) }
        parser.flush()
        return parser.blocks
    }

    private mutating func flush() {
        if !current.isEmpty { blocks.append(MarkdownBlock(headingLevel: nil, lines: current)) }
        current = []
    }

    private mutating func consume(_ raw: Substring) {
        var line = String(raw)
        if line.utf8.last == 0x0D { line.removeLast() }
        let leading = line.utf8.prefix { $0 == 0x20 || $0 == 0x09 }.count
        var body = leading == 0 ? line : String(line.utf8.dropFirst(leading))!
        if let marker = fence {
            if body.hasPrefix(marker) { fence = nil; flush() }
            else if !body.isEmpty { current.append(body) }
            return
        }
        if inComment || body.hasPrefix("<!--") {
            guard let close = line.firstRange(of: "-->") else { inComment = true; return }
            inComment = false
            let rest = line[close.upperBound...]
            if !rest.utf8.allSatisfy({ $0 == 0x20 || $0 == 0x09 }) { consume(rest) }
            return
        }
        // Block quotes: drop every leading ">".
        while body.utf8.first == 0x3E { body = String(body.dropFirst()).trimmingLeadingSpaces() }
        if body.hasPrefix("```") || body.hasPrefix("~~~") {
            flush()
            fence = String(body.prefix(3))
            return
        }
        if body.utf8.allSatisfy({ $0 == 0x20 || $0 == 0x09 }) { flush(); return }
        if body.utf8.first == 0x23, let heading = atxHeading(body) {
            flush()
            blocks.append(MarkdownBlock(headingLevel: heading.level, lines: [heading.text]))
            return
        }
        if leading < 4, let level = setextLevel(body), !current.isEmpty {
            blocks.append(MarkdownBlock(headingLevel: level, lines: current))
            current = []
            return
        }
        if isRule(body) || isTableSeparator(body) || isLinkDefinition(body) { flush(); return }
        if let note = footnoteDefinitionContent(body) {
            flush()
            current = [note]
            return
        }
        if let item = listItemContent(body) {
            flush()
            current = [item]
            return
        }
        current.append(tableRowText(body).trimmingTrailingSpaces())
    }

    /// "## Title ##" → (2, "Title").
    private func atxHeading(_ line: String) -> (level: Int, text: String)? {
        let hashes = line.prefix { $0 == "#" }.count
        guard (1...6).contains(hashes) else { return nil }
        let rest = line.dropFirst(hashes)
        guard rest.isEmpty || rest.first == " " || rest.first == "\t" else { return nil }
        var text = rest.trimmingLeadingSpaces().trimmingTrailingSpaces()
        let closing = text.reversed().prefix { $0 == "#" }.count
        if closing > 0 && (closing == text.count || text.dropLast(closing).last == " ") {
            text = String(text.dropLast(closing)).trimmingTrailingSpaces()
        }
        return (hashes, text)
    }

    /// "===" under a paragraph makes it a level-1 heading, "---" a level-2 one.
    private func setextLevel(_ line: String) -> Int? {
        guard let first = line.utf8.first, first == 0x3D || first == 0x2D else { return nil }
        let marks = line.utf8.reversed().drop { $0 == 0x20 || $0 == 0x09 }
        guard marks.allSatisfy({ $0 == first }) else { return nil }
        return first == 0x3D ? 1 : 2
    }

    /// "***", "---", "___" (spaces allowed between).
    private func isRule(_ line: String) -> Bool {
        guard let first = line.utf8.first, first == 0x2D || first == 0x2A || first == 0x5F else { return false }
        var marks = 0
        for byte in line.utf8 {
            if byte == first { marks += 1 }
            else if byte != 0x20 && byte != 0x09 { return false }
        }
        return marks >= 3
    }

    /// "|---|:---:|" rows under a table header.
    private func isTableSeparator(_ line: String) -> Bool {
        var dash = false, pipe = false
        for byte in line.utf8 {
            switch byte {
            case 0x2D: dash = true
            case 0x7C: pipe = true
            case 0x3A, 0x20, 0x09: break
            default: return false
            }
        }
        return dash && pipe
    }

    /// "[label]: https://..." (but not footnotes "[^1]: text", which are content).
    private func isLinkDefinition(_ line: String) -> Bool {
        guard line.hasPrefix("["), !line.hasPrefix("[^"), let close = line.firstIndex(of: "]") else { return false }
        return line[line.index(after: close)...].hasPrefix(":")
    }

    /// The text of a list item: "- text", "* text", "+ text", "1. text", "2) text".
    private func listItemContent(_ line: String) -> String? {
        if let first = line.first, "-*+".contains(first), line.dropFirst().first == " " {
            return line.dropFirst(2).trimmingLeadingSpaces()
        }
        let digits = line.prefix { $0.isASCII && $0.isNumber }
        guard (1...9).contains(digits.count) else { return nil }
        let rest = line.dropFirst(digits.count)
        guard let marker = rest.first, marker == "." || marker == ")", rest.dropFirst().first == " " else { return nil }
        return rest.dropFirst(2).trimmingLeadingSpaces()
    }

    /// The text of a footnote definition "[^1]: text".
    private func footnoteDefinitionContent(_ line: String) -> String? {
        guard line.hasPrefix("[^"), let close = line.firstRange(of: "]:") else { return nil }
        return line[close.upperBound...].trimmingLeadingSpaces()
    }

    /// A table row's cells separated by spaces instead of pipes.
    private func tableRowText(_ line: String) -> String {
        guard line.hasPrefix("|") else { return line }
        return line.split(separator: "|").map { $0.trimmingLeadingSpaces().trimmingTrailingSpaces() }
            .filter { !$0.isEmpty }.joined(separator: " ")
    }
}

extension StringProtocol {
    /// The string without leading spaces and tabs.
    func trimmingLeadingSpaces() -> String { String(drop { $0 == " " || $0 == "\t" }) }

    /// The string without trailing spaces and tabs.
    func trimmingTrailingSpaces() -> String {
        var text = String(self)
        while let last = text.last, last == " " || last == "\t" { text.removeLast() }
        return text
    }
}
