/// A person's name as structured formats split it.
struct PersonName {
    var surname: String
    var given: String

    /// "Surname, Given" for a list's first name, "Given Surname" after it (author–date style).
    func rendered(inverted: Bool) -> String {
        if given.isEmpty || surname.isEmpty { return surname.isEmpty ? given : surname }
        return inverted ? surname + ", " + given : given + " " + surname
    }
}

/// A reference entry as a structured format gives it, before it is placed in the text.
struct StructuredReference {
    var id: String?
    /// Authors (or editors when there are no authors) in order; organizations as surnames.
    var names: [PersonName] = []
    var year: String?
    var title: String?
    var container: String?
    var doi: String?
    /// The entry as the source formats it (JATS `mixed-citation`, GROBID `raw_reference`), if
    /// it does; otherwise the text is composed from the fields.
    var formatted: String?

    init(id: String?) { self.id = id }

    /// Surnames (or organization names), the form ``BibliographicEntry/authors`` keeps.
    var surnames: [String] { names.map { $0.surname.isEmpty ? $0.given : $0.surname }.filter { !$0.isEmpty } }

    /// The paragraph standing for the entry in the text: the source's own formatting when
    /// given, else author–date style ("Arrighi, Giovanni, and Jessica Drangel. 1986. Title.
    /// Container. doi:…"), the shape reference-list parsers expect.
    var renderedText: String {
        if let formatted, !formatted.isEmpty { return formatted }
        let rendered = names.enumerated().map { $0.element.rendered(inverted: $0.offset == 0) }.filter { !$0.isEmpty }
        var parts = [String]()
        switch rendered.count {
        case 0: break
        case 1, 2: parts.append(rendered.joined(separator: rendered.count == 2 && rendered[0].contains(",") ? ", and " : " and "))
        default: parts.append(rendered.dropLast().joined(separator: ", ") + ", and " + rendered[rendered.count - 1])
        }
        parts += [year, title, container].compactMap { $0 }.filter { !$0.isEmpty }
        var text = parts.map { $0.last.map { ".?!".contains($0) } == true ? $0 : $0 + "." }.joined(separator: " ")
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
                id: reference.id, authors: reference.surnames, year: reference.year, title: reference.title,
                container: reference.container, doi: reference.doi, raw: raw,
                start: range.lowerBound, end: range.upperBound))
        }
        return entries
    }

    /// A field's text, nil when empty.
    static func nonEmpty(_ text: String) -> String? { text.isEmpty ? nil : text }
}
