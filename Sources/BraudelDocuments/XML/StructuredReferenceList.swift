/// A reference entry as a structured format gives it, before it is placed in the text.
struct StructuredReference {
    var id: String?
    var authors: [String]
    var year: String?
    var title: String?
    var container: String?
    var doi: String?
    /// The entry as the source formats it (JATS `mixed-citation`, GROBID `raw_reference`), if
    /// it does; otherwise the text is composed from the fields.
    var formatted: String?

    /// The paragraph standing for the entry in the text: the source's own formatting when
    /// given, else "Authors (year). Title. Container. doi:…", the shape citation parsers read.
    var renderedText: String {
        if let formatted, !formatted.isEmpty { return formatted }
        var text = authors.joined(separator: ", ")
        if let year { text += text.isEmpty ? "(\(year))." : " (\(year))." }
        else if !text.isEmpty { text += "." }
        for part in [title, container].compactMap({ $0 }) where !part.isEmpty {
            text += (text.isEmpty ? "" : " ") + part + (part.last.map { ".?!".contains($0) } == true ? "" : ".")
        }
        if let doi { text += (text.isEmpty ? "" : " ") + "doi:" + doi }
        return text
    }
}

/// Places structured references at the end of a document's text, under a "References"
/// heading, one paragraph per entry, and records each entry's offsets.
enum StructuredReferenceList {
    /// Appends the heading and entries; returns the entries with their scalar offsets. Entries
    /// whose text is empty are left out.
    static func append<Vocabulary>(_ references: [StructuredReference],
                                   to walker: inout XMLBlockWalker<Vocabulary>) -> [BibliographicEntry] {
        let rendered = references.map { ($0, $0.renderedText) }.filter { !$0.1.isEmpty }
        guard !rendered.isEmpty else { return [] }
        walker.appendHeading("References")
        var entries = [BibliographicEntry]()
        for (reference, text) in rendered {
            guard let range = walker.assembler.appendParagraph(text) else { continue }
            let raw = XMLNodes.collapsed(Array(text.utf8))
            entries.append(BibliographicEntry(
                id: reference.id, authors: reference.authors, year: reference.year, title: reference.title,
                container: reference.container, doi: reference.doi, raw: raw,
                start: range.lowerBound, end: range.upperBound))
        }
        return entries
    }

    /// A field's text, nil when empty.
    static func nonEmpty(_ text: String) -> String? { text.isEmpty ? nil : text }
}
