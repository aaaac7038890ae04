/// An author–year citation found in running text: one per cited work, so "(Amin 1990, 1992)"
/// yields two.
public struct InTextCitation: Sendable, Codable, Hashable {
    /// Surnames (or organization names) as written, without "et al.".
    public var authors: [String]
    /// True when the citation wrote "et al." after the listed authors.
    public var etAl: Bool
    /// The year as written: "1974", "1974a", "n.d.", "forthcoming".
    public var year: String
    /// The cited span as it stands in the text: text == cleaned[start..<end].
    public var text: String
    /// Unicode scalar offsets into the cleaned text.
    public var start: Int
    public var end: Int
    /// True for "Author (1999)" forms, false for parenthetical "(Author 1999)".
    public var narrative: Bool
    /// A page, table or chapter locator ("45", "pp. 45–47", "Table 2"), if any.
    public var locator: String?
    /// Index of the linked entry in the document's reference list, if any.
    public var reference: Int?

    public init(authors: [String], etAl: Bool = false, year: String, text: String, start: Int, end: Int,
                narrative: Bool, locator: String? = nil, reference: Int? = nil) {
        self.authors = authors
        self.etAl = etAl
        self.year = year
        self.text = text
        self.start = start
        self.end = end
        self.narrative = narrative
        self.locator = locator
        self.reference = reference
    }
}

/// One entry of a document's reference list.
public struct ReferenceEntry: Sendable, Codable, Hashable {
    /// Author surnames (or organization names) in order.
    public var authors: [String]
    /// The year as written ("1974a", "n.d."), if found.
    public var year: String?
    public var title: String?
    /// The entry's full text as it stands in the cleaned text.
    public var raw: String
    /// Unicode scalar offsets of the entry in the cleaned text.
    public var start: Int
    public var end: Int
    /// The journal of an article or the book holding a chapter; nil for a book or report.
    public var container: String?
    public var volume: String?
    public var issue: String?
    /// Page range as written ("333–62"), for articles and chapters.
    public var pages: String?
    public var publisher: String?
    public var place: String?
    /// The DOI ("10.1177/0020…") wherever it stands, also taken out of doi.org links.
    public var doi: String?
    /// A web address other than a doi.org link.
    public var url: String?

    public init(authors: [String], year: String?, title: String?, raw: String, start: Int, end: Int,
                container: String? = nil, volume: String? = nil, issue: String? = nil, pages: String? = nil,
                publisher: String? = nil, place: String? = nil, doi: String? = nil, url: String? = nil) {
        self.authors = authors
        self.year = year
        self.title = title
        self.raw = raw
        self.start = start
        self.end = end
        self.container = container
        self.volume = volume
        self.issue = issue
        self.pages = pages
        self.publisher = publisher
        self.place = place
        self.doi = doi
        self.url = url
    }
}
