import BraudelIndex

/// A cited work and who cites it.
public struct WorkRow: TabularRecord {
    public var work: String
    public var authors: [String]
    public var year: String?
    public var title: String?
    public var citations: Int
    public var documents: Int
    public var citedBy: [String]

    public init(_ work: CitedWork) {
        self.work = work.key
        authors = work.authors
        year = work.year
        title = work.title
        citations = work.citations
        documents = work.documents
        citedBy = displayPaths(work.paths)
    }

    public static let columns = ["work", "authors", "year", "title", "citations", "documents", "cited_by"]
    public var cells: [String] {
        [work, Cell.json(authors), year ?? "", title ?? "", String(citations), String(documents), Cell.json(citedBy)]
    }
    public static let tableColumns = ["authors", "year", "title", "citations", "documents", "cited_by"]
    public var tableCells: [String] {
        [authors.joined(separator: ", "), year ?? "", title ?? "", String(citations), String(documents),
         citedBy.joined(separator: "; ")]
    }
}

/// A work cited in sentences mentioning a concept.
public struct ConceptWorkRow: TabularRecord {
    public var work: String
    public var authors: [String]
    public var year: String?
    public var title: String?
    /// Citations of the work in those sentences.
    public var citations: Int
    public var sentences: Int
    public var documents: Int
    public var citedBy: [String]

    public init(_ work: ConceptCitedWork) {
        self.work = work.key
        authors = work.authors
        year = work.year
        title = work.title
        citations = work.citations
        sentences = work.sentences
        documents = work.documents
        citedBy = displayPaths(work.paths)
    }

    public static let columns = ["work", "authors", "year", "title", "citations", "sentences", "documents", "cited_by"]
    public var cells: [String] {
        [work, Cell.json(authors), year ?? "", title ?? "", String(citations), String(sentences), String(documents),
         Cell.json(citedBy)]
    }
    public static let tableColumns = ["authors", "year", "title", "citations", "sentences", "documents", "cited_by"]
    public var tableCells: [String] {
        [authors.joined(separator: ", "), year ?? "", title ?? "", String(citations), String(sentences),
         String(documents), citedBy.joined(separator: "; ")]
    }
}
