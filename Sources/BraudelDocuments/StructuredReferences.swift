/// A reference-list entry that the source format gives already structured (JATS `<ref>`,
/// TEI `<biblStruct>`), so it need not be parsed back out of text.
public struct BibliographicEntry: Sendable, Hashable {
    /// The identifier callouts point at (`<ref id>`, `xml:id`), if any.
    public var id: String?
    /// Author surnames (or organization names) in order.
    public var authors: [String]
    /// The year as written ("1974", "1974a", "n.d."), if given.
    public var year: String?
    public var title: String?
    /// The journal or book the work appeared in, if given.
    public var container: String?
    public var doi: String?
    /// The entry as text, as it stands in ``Document/text``.
    public var raw: String
    /// Unicode scalar offsets of the entry in ``Document/text`` (readers render the reference
    /// list as a "References" section, one entry per paragraph).
    public var start: Int
    public var end: Int

    public init(id: String?, authors: [String], year: String?, title: String?, container: String? = nil,
                doi: String? = nil, raw: String, start: Int, end: Int) {
        self.id = id
        self.authors = authors
        self.year = year
        self.title = title
        self.container = container
        self.doi = doi
        self.raw = raw
        self.start = start
        self.end = end
    }
}

/// An in-text pointer to structured entries (JATS `<xref ref-type="bibr" rid="b1 b2">`,
/// TEI `<ref type="bibr" target="#b1">`), with the span of its text in ``Document/text``.
public struct ReferenceCallout: Sendable, Hashable {
    /// Ids of the entries pointed at.
    public var targets: [String]
    public var start: Int
    public var end: Int

    public init(targets: [String], start: Int, end: Int) {
        self.targets = targets
        self.start = start
        self.end = end
    }
}
