import Foundation

/// A title and byline found at the top of a document, and the head lines the title spans.
struct TitleBlock {
    /// Nil when the head shows a byline but no title (a byline over the first paragraph).
    var title: String?
    var authors: [String]
    var lines: Set<Int>
    /// The year of a date printed on the title's own line, when there was one.
    var year: Int?
    /// The line holding a run-together head, whose header is searched for the year even
    /// though the line goes on as prose.
    var headerLine: Int?

    init(title: String?, authors: [String], lines: Set<Int>) {
        self.title = title
        self.authors = authors
        self.lines = lines
        if let title { self.title = HeadLine.withoutLabelOfTitle(title) }
        if let title = self.title, let (bare, year) = DateLine.splitTrailingDate(title) {
            self.title = bare
            self.year = year
        }
        // A translation in parentheses after the title ("Mareas del sur (Tides of the South)").
        if let title = self.title, title.hasSuffix(")"), let open = title.lastIndex(of: "("), open > title.startIndex {
            let inner = String(title[title.index(after: open)..<title.index(before: title.endIndex)])
            let bare = title[..<open].trimmingCharacters(in: .whitespaces)
            if inner.split(separator: " ").count >= 4, TitleLanguage.isTranslation(inner, of: bare) { self.title = bare }
        }
        // A title with its byline on the same line ("The Long Waves by Ana Moreno").
        if let title = self.title, let (bare, names) = Self.splitTrailingByline(title) {
            self.title = bare
            if self.authors.isEmpty { self.authors = names }
        }
    }

    /// The title before a final " by " and the names after it, when those parse as a byline
    /// and at least three words of title come first.
    static func splitTrailingByline(_ title: String) -> (title: String, names: [String])? {
        guard let range = title.range(of: " by ", options: .backwards) else { return nil }
        let bare = String(title[..<range.lowerBound])
        let tail = String(title[range.upperBound...])
        guard bare.split(separator: " ").count >= 3, tail.split(separator: " ").count <= 8,
              let names = Bylines.parse(tail) else { return nil }
        return (bare, names)
    }
}
