import BraudelCitations
import BraudelConcepts
import BraudelDocuments
import BraudelText

/// Runs the analysis pipeline on one document: read → clean → segment → tag concepts →
/// citations and references → links. A pure function of the file's bytes and the lexicon, so
/// many documents can be analyzed at once on different threads.
public struct Analyzer: Sendable {
    /// Bumped whenever a change to the pipeline changes what is stored for a document (new
    /// reference fields, a cleaner fix): an index built by an older version is re-analyzed.
    public static let version = "8"

    public let lexicon: Lexicon
    private let matcher: ConceptMatcher
    private let registry: ReaderRegistry
    private let cleaning: CleaningContext
    /// Characters per window of a long document (``WindowedTagging``).
    let windowSize: Int

    /// An analyzer for `lexicon`; the lexicon also tells the cleaner which hyphens are real.
    public init(lexicon: Lexicon, registry: ReaderRegistry = .standard) {
        self.init(lexicon: lexicon, registry: registry, windowSize: WindowedTagging.defaultSize)
    }

    init(lexicon: Lexicon, registry: ReaderRegistry = .standard, windowSize: Int) {
        self.lexicon = lexicon
        self.matcher = ConceptMatcher(lexicon: lexicon)
        self.registry = registry
        self.cleaning = Analyzer.cleaningContext(for: lexicon)
        self.windowSize = windowSize
    }

    /// Reads and cleans the file at `path` without analyzing it (what `braudel text` prints).
    public func read(fileAt path: String, maxBytes: Int) throws -> Document {
        try registry.read(fileAt: path, maxBytes: maxBytes, context: cleaning)
    }

    /// Reads and cleans already loaded bytes (standard input), the format told by `path`'s
    /// extension or the bytes themselves.
    public func read(bytes: [UInt8], path: String) throws -> Document {
        try registry.read(bytes: bytes, path: path, context: cleaning)
    }

    /// Reads, cleans and analyzes already loaded bytes of the file at `path`.
    public func analyze(bytes: [UInt8], path: String) throws -> DocumentAnalysis {
        try analyze(registry.read(bytes: bytes, path: path, context: cleaning))
    }

    /// Reads and analyzes the file at `path`.
    public func analyze(fileAt path: String, maxBytes: Int) throws -> DocumentAnalysis {
        try analyze(read(fileAt: path, maxBytes: maxBytes))
    }

    /// Analyzes a document already read. Sentences, tokens, concepts and citations are found a
    /// window at a time (``WindowedTagging``), and the reference list a run of paragraphs at a
    /// time, so that no stage holds the whole text's scalars.
    public func analyze(_ document: Document) throws -> DocumentAnalysis {
        let text = ScalarText(document.text)
        let structured = !document.bibliography.isEmpty
        let (references, section) = structured
            ? StructuredCitations.references(of: document) : ReferenceListParser.parse(text)
        let languages = LanguageIdentifier.shared.identify(document.text)
        let evidence = InTextCitationExtractor.Evidence(references: references, text: document.text)
        let (layout, concepts, found) = try WindowedTagging(matcher: matcher, size: windowSize, language: languages.language)
            .run(text, excluding: section, evidence: evidence)
        let citations = structured
            ? StructuredCitations.citations(of: document, scanned: found, references: references, text: text)
            : CitationLinker.link(found, to: references)
        return DocumentAnalysis(document: document, layout: layout, concepts: concepts,
                                citations: citations, references: references,
                                languages: languages)
    }

    /// Hyphenated and closed spellings from the lexicon, as evidence for end-of-line hyphens.
    static func cleaningContext(for lexicon: Lexicon) -> CleaningContext {
        var hyphenated = Set<String>()
        var closed = Set<String>()
        for concept in lexicon.concepts {
            for form in concept.surfaceForms {
                // Prefix patterns ("hegemon*") are not words and give no evidence.
                for word in form.split(whereSeparator: { $0 == " " }) where !word.hasSuffix("*") {
                    let folded = Folding.fold(String(word))
                    if folded.contains("-") { hyphenated.insert(folded) } else { closed.insert(folded) }
                }
            }
        }
        return CleaningContext(hyphenatedWords: hyphenated, closedWords: closed)
    }
}
