import Foundation

/// Which paragraph styles of a Word document are headings. Style ids are localized ("Heading1"
/// in English Word, "berschrift1" in German), so styles.xml is read for each style's name
/// ("heading 1", "Title"), its outline level and the style it is based on. A name makes only
/// that style a heading (Word's "Subtitle" may be based on "Title"); an outline level is
/// inherited through `basedOn`, as Word inherits it.
struct DOCXStyles: Sendable {
    /// Style ids that make a paragraph a heading.
    private(set) var headingStyleIds: Set<String> = []

    /// Styles read from the bytes of word/styles.xml; with no styles part, the English ids only.
    init(stylesXML: [UInt8]?, path: String) throws {
        guard let stylesXML else { return }
        var parents = [String: String]()
        var levels = [String: String]()
        try XMLPart.withRoot(of: stylesXML, part: "word/styles.xml", path: path) { root in
            for style in XMLPart.children(root) where XMLPart.localName(style) == "style" {
                guard XMLPart.attribute(style, "type") == "paragraph", let id = XMLPart.attribute(style, "styleId") else { continue }
                let name = XMLPart.child(style, "name").flatMap { XMLPart.attribute($0, "val") }
                let level = XMLPart.child(style, "pPr").flatMap { XMLPart.child($0, "outlineLvl") }.flatMap { XMLPart.attribute($0, "val") }
                if Self.isHeadingName(name ?? "") || Self.isHeadingName(id) { headingStyleIds.insert(id) }
                if let level { levels[id] = level }
                if let basedOn = XMLPart.child(style, "basedOn").flatMap({ XMLPart.attribute($0, "val") }) { parents[id] = basedOn }
            }
        }
        for id in Set(parents.keys).union(levels.keys) where Self.isHeadingLevel(Self.inheritedLevel(id, levels: levels, parents: parents)) {
            headingStyleIds.insert(id)
        }
    }

    /// Whether a paragraph with style `styleId` (and maybe its own outline level) is a heading.
    func isHeading(styleId: String?, outlineLevel: String?) -> Bool {
        if Self.isHeadingLevel(outlineLevel) { return true }
        guard let styleId else { return false }
        return headingStyleIds.contains(styleId) || Self.isHeadingName(styleId)
    }

    /// "heading 1"…"heading 6", "Heading3", "Title" (any case).
    static func isHeadingName(_ name: String) -> Bool {
        let lower = name.lowercased().replacingOccurrences(of: " ", with: "")
        if lower == "title" { return true }
        guard lower.hasPrefix("heading"), let level = Int(lower.dropFirst("heading".count)) else { return false }
        return (1...6).contains(level)
    }

    /// Outline levels 0–5 are headings 1–6 (9 means body text).
    static func isHeadingLevel(_ level: String?) -> Bool {
        guard let level, let value = Int(level) else { return false }
        return (0...5).contains(value)
    }

    /// The outline level a style defines or inherits (at most 16 `basedOn` steps, so a cycle ends).
    private static func inheritedLevel(_ id: String, levels: [String: String], parents: [String: String]) -> String? {
        var current: String? = id
        var steps = 0
        while let style = current, steps < 16 {
            if let level = levels[style] { return level }
            current = parents[style]
            steps += 1
        }
        return nil
    }
}
