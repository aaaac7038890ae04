import Foundation

/// The document information `pdfinfo -enc UTF-8 -isodates` prints, and how much of it to
/// trust. Producers fill Title with the source file name ("Microsoft Word - draft3.docx") and
/// Author with a login name ("jdoe", "Administrator") as often as with the real thing, so each
/// field is used only when it looks like what it claims to be, and the title block on the
/// first page fills the gaps.
struct PDFInfo: Equatable {
    var title: String?
    var author: String?
    var creationYear: Int?
    var pages: Int?

    /// Parses "Key:   value" lines; unknown keys are ignored.
    static func parse(_ output: String) -> PDFInfo {
        var info = PDFInfo()
        for line in output.split(whereSeparator: { $0 == "\n" || $0 == "\r" }) {
            guard let colon = line.firstIndex(of: ":") else { continue }
            let key = line[..<colon]
            let value = line[line.index(after: colon)...].trimmingCharacters(in: .whitespaces)
            guard !value.isEmpty else { continue }
            switch key {
            case "Title": info.title = value
            case "Author": info.author = value
            case "CreationDate": info.creationYear = YearFinder.firstYear(in: value, range: 1900...2099)
            case "Pages": info.pages = Int(value)
            default: break
            }
        }
        return info
    }

    /// Title, authors and year: Title and Author from the document information when they look
    /// genuine, else from the first page; the year from the first page's journal or date line
    /// when there is one (the publication year), else from CreationDate (when the file was
    /// made, which for a scan or a re-export can be decades later).
    func metadata(firstPage: DocumentMetadata) -> DocumentMetadata {
        var metadata = firstPage
        if let title, !Self.isPlaceholderTitle(title) { metadata.title = title }
        if let author, let names = Self.personalNames(author) { metadata.authors = names }
        if metadata.year == nil { metadata.year = creationYear }
        return metadata
    }

    /// Words producers put in Title when the author left it blank.
    static let placeholderTitles: Set<String> = [
        "untitled", "untitled document", "document", "title", "no title", "layout 1", "slide 1",
        "microsoft word", "doc1", "document1", "unknown", "none", "print", "pdf", "article",
    ]

    /// File extensions that betray a file name used as a title.
    static let fileExtensions: Set<String> = [
        "doc", "docx", "odt", "rtf", "tex", "dvi", "ps", "pdf", "indd", "qxd", "qxp", "txt",
        "wpd", "pages", "html", "htm", "xml", "fm", "p65", "pmd", "eps",
    ]

    /// Whether `title` is a file name, a producer's label or a placeholder rather than a title:
    /// "Microsoft Word - draft3.docx", "chapter_2_final", "JWSR-Vol9-2.pdf", "Untitled".
    static func isPlaceholderTitle(_ title: String) -> Bool {
        let trimmed = title.trimmingCharacters(in: .whitespaces)
        let lower = trimmed.lowercased()
        if lower.count < 3 || placeholderTitles.contains(lower) { return true }
        if lower.hasPrefix("microsoft ") && lower.contains(" - ") { return true }
        if let dot = lower.lastIndex(of: "."), fileExtensions.contains(String(lower[lower.index(after: dot)...])) {
            return true
        }
        // A single token with underscores or digits is a file or job name ("ms_2019_v3").
        if !trimmed.contains(" ") && trimmed.contains(where: { $0 == "_" || $0.isNumber }) { return true }
        return !trimmed.contains(where: \.isLetter)
    }

    /// The personal names in an Author field, or nil when it holds a login or an organization.
    static func personalNames(_ author: String) -> [String]? {
        guard let names = PersonNames.parseByline(author), !names.isEmpty else { return nil }
        return names
    }
}
