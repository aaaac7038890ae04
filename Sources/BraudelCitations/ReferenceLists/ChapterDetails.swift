/// The book a chapter stands in, its pages and the book's imprint:
/// ASA `Pp. 96–138 in Book, edited by A. Editor. Place: Publisher`,
/// Chicago `In Book, edited by A. Editor, 96–138. Place: Publisher`,
/// APA `In A. Editor (Ed.), Book (pp. 96–138). Publisher`,
/// Harvard `In: Editor, A. (ed.) Book. Place: Publisher, pp. 96–138`.
enum ChapterDetails {
    private nonisolated(unsafe) static let asaOpening =
        #/^pp?\.\s*(?<pages>[A-Za-z]?\d+(?:\s*[-–—]\s*[A-Za-z]?\d+)?)\s+in:?\s+/#.ignoresCase()
    private nonisolated(unsafe) static let inOpening = #/^In:?\s+/#
    /// The editors' mark that precedes the book title (APA, Harvard).
    private nonisolated(unsafe) static let editorMark = #/\s*,?\s*\(?\b[Ee]ds?\b\.?\)?\s*[.,]?\s+/#
    /// Where Chicago and ASA end the book title: the editors or translators that follow it, or
    /// the book's own author ("In Unequal Exchange, by Arghiri Emmanuel, 271–322").
    private nonisolated(unsafe) static let editedBy =
        #/,?\s+(?:edited|ed\.|eds\.|trans\.|translated)(?:\s+and\s+translated)?\s+by\s+|,\s+eds?\.\s+|,\s+by\s+/#.ignoresCase()
    /// APA's pages right after the book title: "(pp. 96–138)", "(Vol. 2, pp. 96–138)".
    private nonisolated(unsafe) static let apaPages =
        #/\s*\((?:vol\.\s*(?<volume>\w+),\s*)?pp?\.\s*(?<pages>[A-Za-z]?\d+(?:\s*[-–—]\s*[A-Za-z]?\d+)?)\)/#.ignoresCase()
    /// Chicago's pages after the editors: ", 96–138".
    private nonisolated(unsafe) static let trailingPages = #/,\s*(?:pp?\.\s*)?(?<pages>[A-Za-z]?\d+(?:\s*[-–—]\s*[A-Za-z]?\d+)?)\s*$/#

    /// Fills the book title (container), pages and imprint when `body` reads as a chapter.
    static func parse(_ body: String, into details: inout ReferenceDetails) -> Bool {
        guard let initial = body.first, "PpI".contains(initial) else { return false }
        var rest: Substring
        if let m = body.prefixMatch(of: asaOpening) {
            details.pages = String(m.pages)
            rest = body[m.range.upperBound...]
        } else if let m = body.prefixMatch(of: inOpening) {
            rest = body[m.range.upperBound...]
        } else {
            return false
        }
        // The editors follow the book title within its sentence; a later "edited by" belongs elsewhere.
        if let byEditors = rest.firstMatch(of: editedBy),
           ReferenceText.sentences(String(rest[..<byEditors.range.lowerBound])).count == 1 {
            details.container = ReferenceText.nonEmpty(String(rest[..<byEditors.range.lowerBound]))
            afterEditors(String(rest[byEditors.range.upperBound...]), into: &details)
            return details.container != nil
        }
        if let mark = rest.firstMatch(of: editorMark), rest.distance(from: rest.startIndex, to: mark.range.lowerBound) < 160 {
            rest = rest[mark.range.upperBound...]
        }
        afterBookTitle(String(rest), into: &details)
        return details.container != nil
    }

    /// "S. Amin, G. Arrighi, and I. Wallerstein, 96–138. New York: Monthly Review Press."
    private static func afterEditors(_ text: String, into details: inout ReferenceDetails) {
        let sentences = ReferenceText.sentences(text)
        guard let editors = sentences.first else { return }
        if details.pages == nil, let m = editors.firstMatch(of: trailingPages) { details.pages = String(m.pages) }
        imprint(Array(sentences.dropFirst()), into: &details)
    }

    /// "Transforming the revolution (pp. 96–138). Monthly Review Press." (APA) or
    /// "Transforming the Revolution. New York: Monthly Review Press, pp. 96–138." (Harvard).
    private static func afterBookTitle(_ text: String, into details: inout ReferenceDetails) {
        if let m = text.firstMatch(of: apaPages) {
            details.container = ReferenceText.nonEmpty(String(text[..<m.range.lowerBound]))
            details.pages = String(m.pages)
            if let volume = m.volume { details.volume = String(volume) }
            imprint(ReferenceText.sentences(String(text[m.range.upperBound...])), into: &details)
            return
        }
        let sentences = ReferenceText.sentences(text)
        details.container = sentences.first
        imprint(Array(sentences.dropFirst()), into: &details)
    }

    private static func imprint(_ sentences: [String], into details: inout ReferenceDetails) {
        guard !sentences.isEmpty else { return }
        var book = ReferenceDetails()
        BookDetails.parse(sentences.joined(separator: ". "), into: &book)
        details.place = book.place
        details.publisher = book.publisher
        if details.pages == nil { details.pages = book.pages }
        if details.volume == nil { details.volume = book.volume }
    }
}
