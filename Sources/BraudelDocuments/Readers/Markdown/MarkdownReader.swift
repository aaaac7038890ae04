/// Reads Markdown: front matter for metadata, block structure for paragraphs and sections,
/// inline markup removed. Lines of a paragraph are joined as the PDF cleaner joins them, with
/// the same evidence-based handling of line-end hyphens.
public struct MarkdownReader: DocumentReader {
    public let format = DocumentFormat.md
    static let extensions: Set<String> = ["md", "markdown", "mdown", "mkd"]

    /// A reader with no state: safe to share across threads.
    public init() {}

    /// Claims Markdown extensions; Markdown has no signature to sniff.
    public func accepts(pathExtension: String, head: [UInt8]) -> Bool {
        Self.extensions.contains(pathExtension.lowercased())
    }

    /// Decodes, reads the front matter, strips markup; the title falls back to the first `#`
    /// heading, authors and year to the byline and date lines under it.
    public func read(bytes: [UInt8], path: String, context: CleaningContext) throws -> Document {
        let decoded = TextDecoder.decode(bytes)
        let lines = Self.lines(of: decoded.text)
        let (frontMatter, bodyStart) = MarkdownFrontMatter.parse(lines)
        let blocks = MarkdownBlockParser.parse(lines[bodyStart...])
        let (text, sections) = Self.assemble(blocks, context: context)
        var metadata = frontMatter?.metadata ?? DocumentMetadata()
        if metadata.title == nil {
            metadata.title = blocks.first { $0.headingLevel == 1 }.map { MarkdownInline.strip($0.lines.joined(separator: " ")) }
        }
        // A post without front matter prints its byline and date under the `# Title`.
        metadata = TitleBlockParser.completing(metadata, from: text)
        return Document(path: path, format: format, metadata: metadata, text: text,
                        sections: sections, warnings: decoded.warnings + (frontMatter?.warnings ?? []))
    }

    /// Strips inline markup, then joins each block's lines into one paragraph.
    static func assemble(_ blocks: [MarkdownBlock], context: CleaningContext) -> (String, [DocumentSection]) {
        var buffer = [UInt8]()
        var blockLines = [[Range<Int>]]()
        for block in blocks {
            let visible = MarkdownInline.strip(block.lines.joined(separator: "\n"))
            var ranges = [Range<Int>]()
            for line in lines(of: visible) {
                let utf8 = line.utf8
                let blank: (UInt8) -> Bool = { $0 == 0x20 || $0 == 0x09 }
                guard let first = utf8.firstIndex(where: { !blank($0) }),
                      let last = utf8.lastIndex(where: { !blank($0) }) else { continue }
                let start = buffer.count
                buffer.append(contentsOf: utf8[first...last])
                ranges.append(start..<buffer.count)
                buffer.append(0x0A)
            }
            blockLines.append(ranges)
        }
        var breaks = Set<HyphenBreak>()
        for ranges in blockLines where ranges.count > 1 {
            for index in 1..<ranges.count {
                if let item = LineJoiner.hyphenBreak(buffer, ranges[index - 1], ranges[index]) { breaks.insert(item) }
            }
        }
        let resolver = HyphenationResolver(breaks: breaks, text: buffer, context: context)
        var builder = SectionedTextBuilder(reservingCapacity: buffer.count)
        var paragraph = [UInt8]()
        for (block, ranges) in zip(blocks, blockLines) {
            paragraph.removeAll(keepingCapacity: true)
            for (index, range) in ranges.enumerated() {
                if index > 0 {
                    switch LineJoiner.joint(buffer, ranges[index - 1], range, resolver: resolver, context: context) {
                    case .space: paragraph.append(0x20)
                    case .direct: break
                    case .dropHyphen(let length): paragraph.removeLast(min(length, paragraph.count))
                    }
                }
                for byte in buffer[range] where !(UTF8Bytes.isBlank(byte) && (paragraph.last ?? 0x20) == 0x20) {
                    paragraph.append(UTF8Bytes.isBlank(byte) ? 0x20 : byte)
                }
            }
            while paragraph.last == 0x20 { paragraph.removeLast() }
            builder.appendParagraph(paragraph[...], isHeading: block.headingLevel != nil)
        }
        return builder.finish()
    }

    /// The lines of `text` split at LF (a CR before it is left for the block parser), found on
    /// UTF-8 bytes rather than Characters.
    static func lines(of text: String) -> [Substring] {
        var lines = [Substring]()
        var start = text.startIndex
        while let newline = text.utf8[start...].firstIndex(of: 0x0A) {
            lines.append(text[start..<newline])
            start = text.utf8.index(after: newline)
        }
        lines.append(text[start...])
        return lines
    }
}
