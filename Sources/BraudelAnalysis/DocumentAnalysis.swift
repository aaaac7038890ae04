import BraudelCitations
import BraudelConcepts
import BraudelDocuments
import BraudelLibrary
import BraudelText

/// Everything Braudel learns from one document: the stage outputs handed to the index.
public struct DocumentAnalysis: Sendable {
    public var document: Document
    /// The cleaned text's sentences and counts (the tokens are not kept: see ``WindowedTagging``).
    public var layout: SentenceLayout
    public var concepts: [ConceptMention]
    public var citations: [InTextCitation]
    public var references: [ReferenceEntry]
    /// The languages of the text, judged paragraph by paragraph (``LanguageIdentifier``).
    public var languages: LanguageIdentifier.Identification
    /// The researcher's library entry matched to the document (``applyLibrary(_:)``), if any.
    public var library: LibraryMatch?
    /// Where each metadata value came from; the document itself until a library entry wins.
    public var metadataSources: MetadataSources

    public init(document: Document, layout: SentenceLayout, concepts: [ConceptMention],
                citations: [InTextCitation], references: [ReferenceEntry],
                languages: LanguageIdentifier.Identification = .init(language: nil, languages: [])) {
        self.document = document
        self.layout = layout
        self.concepts = concepts
        self.citations = citations
        self.references = references
        self.languages = languages
        self.library = nil
        self.metadataSources = MetadataSources(guessed: document.metadata)
    }

    /// An analysis of a document segmented whole (what tests build by hand).
    public init(document: Document, segmented: SegmentedText, concepts: [ConceptMention],
                citations: [InTextCitation], references: [ReferenceEntry],
                languages: LanguageIdentifier.Identification = .init(language: nil, languages: [])) {
        self.init(document: document, layout: SentenceLayout(segmented), concepts: concepts, citations: citations,
                  references: references, languages: languages)
    }

    /// Number of word and number tokens.
    public var tokenCount: Int { layout.tokenCount }
}
