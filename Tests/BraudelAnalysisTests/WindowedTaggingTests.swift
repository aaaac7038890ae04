import BraudelConcepts
import BraudelDocuments
import BraudelText
import Foundation
import Testing
@testable import BraudelAnalysis

/// A long document is segmented and tagged a window at a time; where paragraphs are shorter than
/// the window, the window's edges must change nothing.
@Suite struct WindowedTaggingTests {
    let lexicon: Lexicon

    init() throws {
        lexicon = try LexiconLoader.load(path: repository.appendingPathComponent("lexicons/world-systems.yaml").path)
    }

    /// Every corpus document analysed with windows just longer than its longest paragraph (so it
    /// is cut at many blank lines) gives the sentences, tokens, mentions and citations of the
    /// document analysed whole.
    @Test func windowsJustOverTheLongestParagraphChangeNothingOnTheCorpus() throws {
        let whole = Analyzer(lexicon: lexicon)
        let files = try FileManager.default.contentsOfDirectory(atPath: repository.appendingPathComponent("corpus").path)
            .filter { ["txt", "md", "html"].contains(($0 as NSString).pathExtension) }.sorted()
        var windowed = 0
        for file in files {
            let document = try whole.read(fileAt: repository.appendingPathComponent("corpus/\(file)").path, maxBytes: 1 << 24)
            let longest = document.text.components(separatedBy: "\n\n").map(\.unicodeScalars.count).max() ?? 0
            let size = longest + 2
            let expected = try whole.analyze(document)
            let actual = try Analyzer(lexicon: lexicon, windowSize: size).analyze(document)
            if size < expected.layout.characterCount { windowed += 1 }
            #expect(actual.layout.sentences == expected.layout.sentences, "\(file): sentences")
            #expect(actual.tokenCount == expected.tokenCount, "\(file): tokens")
            #expect(actual.concepts == expected.concepts, "\(file): concepts")
            #expect(actual.citations == expected.citations, "\(file): citations")
        }
        #expect(windowed >= files.count / 2, "most documents must be cut into several windows")
    }

    /// A text on one line (no paragraph to cut at) is cut after sentence ends; simple prose then
    /// keeps its sentences, tokens and mentions.
    @Test func oneLineIsCutAtSentenceEnds() throws {
        let sentence = "The core states of the world-economy exploit the periphery (Wallerstein 1974). "
        let text = String(repeating: sentence, count: 60)
        let document = Document(path: "line.txt", format: .txt, metadata: DocumentMetadata(), text: text)
        let expected = try Analyzer(lexicon: lexicon).analyze(document)
        let actual = try Analyzer(lexicon: lexicon, windowSize: sentence.unicodeScalars.count * 7 + 3).analyze(document)
        #expect(actual.layout.sentences == expected.layout.sentences)
        #expect(actual.tokenCount == expected.tokenCount)
        #expect(actual.concepts == expected.concepts)
        #expect(expected.concepts.count >= 60)
    }

    /// The citation scan of a window asks the whole document which words it writes in
    /// lowercase: evidence in a paragraph far outside the citation's window still counts.
    @Test func citationEvidenceIsTheWholeDocuments() throws {
        let filler = String(repeating: "The core exploits the periphery through unequal exchange.\n\n", count: 400)
        let text = "Lending grew (Global Development Finance, 2005).\n\n" + filler
            + "Here development and finance are global matters, written in lowercase.\n\n" + filler
        let document = Document(path: "far.txt", format: .txt, metadata: DocumentMetadata(), text: text)
        let expected = try Analyzer(lexicon: lexicon).analyze(document)
        let actual = try Analyzer(lexicon: lexicon, windowSize: 2000).analyze(document)
        #expect(expected.citations.map(\.authors) == [["Global Development Finance"]])
        #expect(actual.citations == expected.citations)
    }

    /// Cut points, best first: after a blank line, after a sentence end, after a space.
    @Test func cutsPreferBlankLinesThenSentenceEndsThenSpaces() {
        let scalars = Array("One two. Three four\n\nFive six. seven eight".unicodeScalars)
        #expect(WindowedTagging.cut(in: scalars, atOrBefore: 30, after: 0) == 21)   // "Five"
        #expect(WindowedTagging.cut(in: scalars, atOrBefore: 18, after: 0) == 9)    // "Three"
        #expect(WindowedTagging.cut(in: scalars, atOrBefore: 8, after: 0) == 4)     // "two."
        #expect(WindowedTagging.cut(in: scalars, atOrAfter: 27, before: 40) == 31)  // "seven": no capital, a space
        #expect(WindowedTagging.cut(in: scalars, atOrAfter: 50, before: 60) == scalars.count)
    }
}
