import BraudelCitations
import BraudelConcepts
import BraudelDocuments
import BraudelLibrary

/// The JSON object of `braudel analyze` (a contract for programs): document, concepts, citations,
/// references, with scalar offsets into the text that `braudel text` prints.
public struct AnalysisReport: Encodable, Sendable {
    /// The document part of the report.
    public struct DocumentPart: Encodable, Sendable {
        public var path: String
        public var title: String?
        public var authors: [String]
        public var year: Int?
        public var format: String
        public var tokens: Int
        public var sentences: Int
        public var warnings: [String]
        /// Where title, authors and year came from (`sidecar`, `document`, null when absent).
        public var metadataSources: MetadataSources
        /// The library entry matched, if any.
        public var library: LibraryPart?

        enum CodingKeys: String, CodingKey {
            case path, title, authors, year, format, tokens, sentences, warnings
            case metadataSources = "metadata_sources", library
        }

        /// Absent values are written as null so that every key of the contract is always there.
        public func encode(to encoder: Encoder) throws {
            var c = encoder.container(keyedBy: CodingKeys.self)
            try c.encode(path, forKey: .path)
            try c.encode(title, forKey: .title)
            try c.encode(authors, forKey: .authors)
            try c.encode(year, forKey: .year)
            try c.encode(format, forKey: .format)
            try c.encode(tokens, forKey: .tokens)
            try c.encode(sentences, forKey: .sentences)
            try c.encode(warnings, forKey: .warnings)
            try c.encode(metadataSources, forKey: .metadataSources)
            try c.encode(library, forKey: .library)
        }
    }

    /// The matched library entry's values the document row does not hold, and the match.
    public struct LibraryPart: Encodable, Sendable {
        public var sidecar: String
        public var line: Int
        public var key: String?
        public var matchedBy: String
        public var score: Double
        public var container: String?
        public var doi: String?
        public var language: String?
        public var keywords: [String]

        enum CodingKeys: String, CodingKey {
            case sidecar, line, key, matchedBy = "matched_by", score, container, doi, language, keywords
        }

        init(_ match: LibraryMatch) {
            let entry = match.entry
            sidecar = entry.source.file
            line = entry.source.line
            key = entry.key
            matchedBy = match.method.rawValue
            score = match.score
            container = entry.container
            doi = entry.doi
            language = entry.language
            keywords = entry.keywords
        }

        public func encode(to encoder: Encoder) throws {
            var c = encoder.container(keyedBy: CodingKeys.self)
            try c.encode(sidecar, forKey: .sidecar)
            try c.encode(line, forKey: .line)
            try c.encode(key, forKey: .key)
            try c.encode(matchedBy, forKey: .matchedBy)
            try c.encode(score, forKey: .score)
            try c.encode(container, forKey: .container)
            try c.encode(doi, forKey: .doi)
            try c.encode(language, forKey: .language)
            try c.encode(keywords, forKey: .keywords)
        }
    }

    public var document: DocumentPart
    public var concepts: [ConceptMention]
    public var citations: [InTextCitation]
    public var references: [ReferenceEntry]

    /// The report of one analysis.
    public init(_ analysis: DocumentAnalysis) {
        let document = analysis.document
        self.document = DocumentPart(path: document.path, title: document.metadata.title, authors: document.metadata.authors,
                                     year: document.metadata.year, format: document.format.rawValue,
                                     tokens: analysis.tokenCount, sentences: analysis.layout.sentences.count,
                                     warnings: document.warnings, metadataSources: analysis.metadataSources,
                                     library: analysis.library.map(LibraryPart.init))
        concepts = analysis.concepts
        citations = analysis.citations
        references = analysis.references
    }

    enum CodingKeys: String, CodingKey { case document, concepts, citations, references }

    public func encode(to encoder: Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(document, forKey: .document)
        try container.encode(concepts, forKey: .concepts)
        try container.encode(citations.map(CitationJSON.init), forKey: .citations)
        try container.encode(references.map(ReferenceJSON.init), forKey: .references)
    }

    /// Reference entries with explicit nulls for every field an entry lacks (year, title and
    /// the publication details), so consumers can rely on every key being present.
    private struct ReferenceJSON: Encodable {
        let entry: ReferenceEntry
        init(_ entry: ReferenceEntry) { self.entry = entry }
        enum Keys: String, CodingKey {
            case authors, year, title, container, volume, issue, pages, publisher, place, doi, url, raw, start, end
        }
        func encode(to encoder: Encoder) throws {
            var c = encoder.container(keyedBy: Keys.self)
            try c.encode(entry.authors, forKey: .authors)
            try c.encode(entry.year, forKey: .year)
            try c.encode(entry.title, forKey: .title)
            try c.encode(entry.container, forKey: .container)
            try c.encode(entry.volume, forKey: .volume)
            try c.encode(entry.issue, forKey: .issue)
            try c.encode(entry.pages, forKey: .pages)
            try c.encode(entry.publisher, forKey: .publisher)
            try c.encode(entry.place, forKey: .place)
            try c.encode(entry.doi, forKey: .doi)
            try c.encode(entry.url, forKey: .url)
            try c.encode(entry.raw, forKey: .raw)
            try c.encode(entry.start, forKey: .start)
            try c.encode(entry.end, forKey: .end)
        }
    }

    /// Citations with explicit nulls for locator and reference, as the contract shows them.
    private struct CitationJSON: Encodable {
        let citation: InTextCitation
        init(_ citation: InTextCitation) { self.citation = citation }
        enum Keys: String, CodingKey { case authors, etAl, year, text, start, end, narrative, locator, reference }
        func encode(to encoder: Encoder) throws {
            var c = encoder.container(keyedBy: Keys.self)
            try c.encode(citation.authors, forKey: .authors)
            try c.encode(citation.etAl, forKey: .etAl)
            try c.encode(citation.year, forKey: .year)
            try c.encode(citation.text, forKey: .text)
            try c.encode(citation.start, forKey: .start)
            try c.encode(citation.end, forKey: .end)
            try c.encode(citation.narrative, forKey: .narrative)
            try c.encode(citation.locator, forKey: .locator)
            try c.encode(citation.reference, forKey: .reference)
        }
    }
}
