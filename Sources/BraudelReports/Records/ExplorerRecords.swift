import BraudelConcepts
import BraudelIndex

/// An indexed document in a list (`/api/documents`): where it is and what it is.
public struct DocumentRow: TabularRecord {
    public var path: String
    public var format: String
    public var title: String?
    public var authors: [String]
    public var year: Int?
    public var tokens: Int
    public var sentences: Int

    public init(_ document: IndexedDocument) {
        path = displayPath(document.path)
        format = document.format
        title = document.title
        authors = document.authors
        year = document.year
        tokens = document.tokens
        sentences = document.sentences
    }

    public static let columns = ["path", "format", "title", "authors", "year", "tokens", "sentences"]
    public var cells: [String] {
        [path, format, title ?? "", Cell.json(authors), Cell.int(year), String(tokens), String(sentences)]
    }

    public func encode(to encoder: Encoder) throws {
        var c = encoder.container(keyedBy: Keys.self)
        try c.encode(path, forKey: .path)
        try c.encode(format, forKey: .format)
        try c.encode(title, forKey: .title)   // null rather than absent
        try c.encode(authors, forKey: .authors)
        try c.encode(year, forKey: .year)
        try c.encode(tokens, forKey: .tokens)
        try c.encode(sentences, forKey: .sentences)
    }

    enum Keys: String, CodingKey { case path, format, title, authors, year, tokens, sentences }
}

/// One document with its text and findings (`/api/document`): offsets are Unicode scalar
/// offsets into `text`, as everywhere in Braudel.
public struct DocumentRecord: Encodable {
    public var path: String
    public var format: String
    public var title: String?
    public var authors: [String]
    public var year: Int?
    public var tokens: Int
    public var text: String
    public var mentions: [Mention]
    public var citations: [Citation]
    public var references: [Reference]
    /// The sentence a search hit pointed at (`?sentence=N`): ordinal and scalar offsets into `text`.
    public var focus: Focus?

    public struct Focus: Encodable {
        public var sentence: Int
        public var start: Int
        public var end: Int
    }

    public struct Mention: Encodable {
        public var concept: String
        public var label: String
        public var start: Int
        public var end: Int
    }

    /// `reference`: the ordinal of the linked reference entry, nil when unlinked.
    public struct Citation: Encodable {
        public var text: String
        public var start: Int
        public var end: Int
        public var reference: Int?
        public var work: String
    }

    public struct Reference: Encodable {
        public var ordinal: Int
        public var raw: String
        public var work: String
    }

    public init(_ detail: DocumentDetail) {
        path = displayPath(detail.path)
        format = detail.format
        title = detail.title
        authors = detail.authors
        year = detail.year
        tokens = detail.tokens
        text = detail.text
        mentions = detail.mentions.map { Mention(concept: $0.concept, label: $0.label, start: $0.start, end: $0.end) }
        let ordinals = Dictionary(detail.references.map { ($0.id, $0.ordinal) }, uniquingKeysWith: { a, _ in a })
        citations = detail.citations.map {
            Citation(text: $0.text, start: $0.start, end: $0.end, reference: $0.reference.flatMap { ordinals[$0] }, work: $0.work)
        }
        references = detail.references.map { Reference(ordinal: $0.ordinal, raw: $0.raw, work: $0.work) }
        focus = detail.focus.map { Focus(sentence: $0.ordinal, start: $0.start, end: $0.end) }
    }
}

/// A cited work (`/api/work`): who cites it, where, and what is cited beside it.
public struct WorkRecord: Encodable {
    public var work: String
    public var authors: [String]
    public var year: String?
    public var title: String?
    public var doi: String?
    public var citing: [Citing]
    public var cocited: [Cocited]

    public struct Citing: Encodable {
        public var path: String
        public var year: Int?
        public var sentence: Int
        public var citation: String
        public var text: String
    }

    public struct Cocited: Encodable {
        public var work: String
        public var label: String
        public var documents: Int
    }

    public init(_ detail: WorkDetail) {
        work = detail.key
        authors = detail.authors
        year = detail.year
        title = detail.title
        doi = detail.doi
        citing = detail.citing.map {
            Citing(path: displayPath($0.path), year: $0.year, sentence: $0.sentence, citation: $0.citation, text: $0.text)
        }
        cocited = detail.cocited.map { Cocited(work: $0.key, label: $0.label, documents: $0.documents) }
    }
}

/// A lexicon concept with its place in the hierarchy (`/api/concept`).
public struct ConceptRecord: Encodable {
    public var concept: String
    public var label: String
    public var definition: String?
    public var source: String?
    public var broader: String?
    public var narrower: [String]
    public var related: [String]
    public var spellings: [String]

    public init(_ concept: Concept, in lexicon: Lexicon) {
        self.concept = concept.id
        label = concept.label
        definition = concept.definition
        source = concept.source
        broader = concept.broader
        narrower = lexicon.concepts.filter { $0.broader == concept.id }.map(\.id)
        related = concept.related
        spellings = concept.surfaceForms
    }
}
