import BraudelAnalysis
import BraudelCitations
import BraudelConcepts
import BraudelDocuments
import BraudelText
import Foundation
@testable import BraudelIndex

/// Hand-built analyses standing in for the reader/matcher/citation stages, with offsets found by
/// locating the exact text in the document (scalar offsets, as the contract says).
enum Fixtures {
    static let arrighiPath = "/corpus/arrighi.txt"
    static let chaseDunnPath = "/corpus/sub/chase-dunn.md"

    static let arrighiText = """
        The capitalist world-economy expanded through systemic cycles of accumulation. \
        Hegemony passed from Genoa to the Dutch (Wallerstein 1974). The semi-periphery mediates \
        between core and periphery, as Wallerstein (1979) argued.

        References

        Wallerstein, Immanuel. 1974. The Modern World-System. New York: Academic Press.

        Wallerstein, Immanuel. 1979. The Capitalist World-Economy. Cambridge: Cambridge University Press.
        """

    static let chaseDunnText = """
        World-systems analysis studies the core and the periphery together (Wallerstein 1974; \
        Arrighi 1994). Bértola compared semiperipheral growth in Latin America. Hegemony rose \
        and fell in the core.

        References

        Arrighi, Giovanni. 1994. The Long Twentieth Century. London: Verso.
        Wallerstein, Immanuel. 1974. The Modern World-System. New York: Academic Press.
        Frank, Andre Gunder. 1967. Capitalism and Underdevelopment in Latin America.
        """

    /// Key rule for tests: first author and four-digit year, the reference winning when linked.
    static func workKey(_ citation: InTextCitation, _ reference: ReferenceEntry?) -> String {
        let author = reference?.authors.first ?? citation.authors.first ?? "?"
        return author.lowercased() + "|" + String((reference?.year ?? citation.year).prefix(4))
    }

    static func arrighi(text: String = arrighiText) throws -> DocumentAnalysis {
        let segmented = try Segmenter.segment(text)
        let document = Document(path: arrighiPath, format: .txt, metadata: DocumentMetadata(
            title: "The Long Twentieth Century", authors: ["Giovanni Arrighi"], year: 1994), text: text)
        var concepts = [ConceptMention]()
        for (concept, written) in [("world-economy", "world-economy"), ("accumulation", "accumulation"),
                                   ("hegemony", "Hegemony"), ("semiperiphery", "semi-periphery"),
                                   ("core", "core"), ("periphery", "periphery")] {
            if let mention = mention(concept, written, in: segmented, after: "") { concepts.append(mention) }
        }
        let references = [
            reference(["Wallerstein"], "1974", "The Modern World-System", startingWith: "Wallerstein, Immanuel. 1974", in: segmented),
            reference(["Wallerstein"], "1979", "The Capitalist World-Economy", startingWith: "Wallerstein, Immanuel. 1979", in: segmented),
        ].compactMap { $0 }
        let citations = [
            citation(["Wallerstein"], "1974", "Wallerstein 1974", narrative: false, reference: 0, in: segmented),
            citation(["Wallerstein"], "1979", "Wallerstein (1979)", narrative: true, reference: 1, in: segmented),
        ].compactMap { $0 }
        return DocumentAnalysis(document: document, segmented: segmented, concepts: concepts,
                                citations: citations, references: references)
    }

    static func chaseDunn() throws -> DocumentAnalysis {
        let text = chaseDunnText
        let segmented = try Segmenter.segment(text)
        let document = Document(path: chaseDunnPath, format: .md, metadata: DocumentMetadata(
            title: "Rise and Demise", authors: ["Christopher Chase-Dunn", "Thomas D. Hall"], year: 1997), text: text)
        let concepts = [
            mention("core", "core", in: segmented, after: ""),
            mention("periphery", "periphery", in: segmented, after: ""),
            mention("semiperiphery", "semiperipheral", in: segmented, after: ""),
            mention("hegemony", "Hegemony", in: segmented, after: ""),
            mention("core", "core", in: segmented, after: "fell in the "),
        ].compactMap { $0 }
        let references = [
            reference(["Arrighi"], "1994", "The Long Twentieth Century", startingWith: "Arrighi, Giovanni", in: segmented),
            reference(["Wallerstein"], "1974", "The Modern World-System", startingWith: "Wallerstein, Immanuel", in: segmented),
            reference(["Frank"], "1967", "Capitalism and Underdevelopment in Latin America", startingWith: "Frank, Andre", in: segmented),
        ].compactMap { $0 }
        let citations = [
            citation(["Wallerstein"], "1974", "Wallerstein 1974", narrative: false, reference: 1, in: segmented),
            citation(["Arrighi"], "1994", "Arrighi 1994", narrative: false, reference: 0, in: segmented),
        ].compactMap { $0 }
        return DocumentAnalysis(document: document, segmented: segmented, concepts: concepts,
                                citations: citations, references: references)
    }

    static func stamp(_ analysis: DocumentAnalysis, hash: String = "h1") -> FileStamp {
        FileStamp(path: analysis.document.path, hash: hash, size: analysis.document.text.utf8.count, mtime: 1_700_000_000)
    }

    /// Scalar range of the first occurrence of `needle` after the first occurrence of `anchor`.
    static func range(of needle: String, in text: String, after anchor: String = "") -> Range<Int>? {
        let scalars = Array(text.unicodeScalars)
        let target = Array(needle.unicodeScalars)
        let from = anchor.isEmpty ? 0 : (range(of: anchor, in: text).map(\.upperBound) ?? 0)
        guard target.count <= scalars.count else { return nil }
        for start in from...(scalars.count - target.count) where Array(scalars[start..<start + target.count]) == target {
            return start..<start + target.count
        }
        return nil
    }

    static func mention(_ concept: String, _ written: String, in segmented: SegmentedText, after anchor: String) -> ConceptMention? {
        guard let found = range(of: written, in: segmented.text, after: anchor) else { return nil }
        return ConceptMention(concept: concept, label: concept, text: written, start: found.lowerBound,
                              end: found.upperBound, sentence: segmented.sentenceIndex(at: found.lowerBound))
    }

    static func citation(_ authors: [String], _ year: String, _ written: String, narrative: Bool,
                         reference: Int?, in segmented: SegmentedText) -> InTextCitation? {
        guard let found = range(of: written, in: segmented.text) else { return nil }
        return InTextCitation(authors: authors, year: year, text: written, start: found.lowerBound,
                              end: found.upperBound, narrative: narrative, reference: reference)
    }

    static func reference(_ authors: [String], _ year: String, _ title: String, startingWith head: String,
                          in segmented: SegmentedText) -> ReferenceEntry? {
        guard let start = range(of: head, in: segmented.text)?.lowerBound else { return nil }
        let scalars = segmented.scalars
        var end = start
        while end < scalars.count && scalars[end] != "\n" { end += 1 }
        return ReferenceEntry(authors: authors, year: year, title: title, raw: segmented.slice(start, end),
                              start: start, end: end)
    }

    /// A fresh temporary directory for one test's index files.
    static func temporaryDirectory() throws -> URL {
        let url = FileManager.default.temporaryDirectory
            .appendingPathComponent("braudel-index-tests-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url
    }

    /// An index holding the two fixture documents.
    static func populatedIndex() throws -> (CorpusIndex, URL) {
        let directory = try temporaryDirectory()
        let index = try CorpusIndex(path: directory.appendingPathComponent("braudel.sqlite").path, create: true)
        for analysis in [try arrighi(), try chaseDunn()] {
            try index.write(analysis, file: stamp(analysis), workKey: workKey)
        }
        return (index, directory)
    }
}
