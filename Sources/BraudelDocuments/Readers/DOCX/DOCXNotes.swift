/// Footnotes (word/footnotes.xml) and endnotes (word/endnotes.xml) of a Word document, one
/// paragraph per note, in the order the body refers to them. Word's separator pseudo-notes
/// (the rule above the notes and its continuation) are skipped.
enum DOCXNotes {
    static let separatorTypes: Set<String> = ["separator", "continuationSeparator", "continuationNotice"]

    /// The notes of one notes part, ordered by `references` (ids in order of appearance), then
    /// any note never referred to, in file order. A note's paragraphs are joined by a space.
    static func notes(in xml: [UInt8], part: String, references: [String], styles: DOCXStyles, path: String) throws -> [String] {
        let byId = try XMLPart.withRoot(of: xml, part: part, path: path) { root -> [(id: String, text: String)] in
            var found = [(id: String, text: String)]()
            for note in XMLPart.children(root) where ["footnote", "endnote"].contains(XMLPart.localName(note) ?? "") {
                if let type = XMLPart.attribute(note, "type"), separatorTypes.contains(type) { continue }
                var walker = DOCXTextWalker(styles: styles)
                walker.walk(note)
                let text = WhitespaceCollapser.collapse(walker.blocks.map(\.text).joined(separator: " "))
                if !text.isEmpty { found.append((XMLPart.attribute(note, "id") ?? "", text)) }
            }
            return found
        }
        var ordered = [String]()
        var used = Set<String>()
        let textById = Dictionary(byId.map { ($0.id, $0.text) }, uniquingKeysWith: { first, _ in first })
        for id in references where !used.contains(id) {
            guard let text = textById[id] else { continue }
            used.insert(id)
            ordered.append(text)
        }
        for note in byId where !used.contains(note.id) {
            used.insert(note.id)
            ordered.append(note.text)
        }
        return ordered
    }
}
