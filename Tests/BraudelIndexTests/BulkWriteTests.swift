import BraudelAnalysis
import BraudelCitations
import BraudelConcepts
import BraudelDocuments
import BraudelText
import Foundation
import Testing
@testable import BraudelIndex

/// Many generated documents written, then some rewritten in place: the counts come out
/// exact and the queries answer over them. Speed is not measured here (timed unit tests only
/// measure the machine's load); `scripts/bench` measures the writer.
@Suite struct BulkWriteTests {
    static let fillers = ["the", "capitalist", "expanded", "through", "systemic", "cycles", "of", "while",
                          "passed", "from", "Genoa", "to", "Dutch", "mediates", "between", "and", "states",
                          "Bértola", "commodity", "chains", "labour", "unequal", "exchange", "long", "waves",
                          "in", "a", "was", "by", "its", "which", "that", "century", "trade", "British", "market",
                          "production", "wages", "empire", "capital", "finance", "crisis", "decline", "rise",
                          "global", "historical", "social", "economic", "political", "structure", "for", "as"]
    static let conceptWords = ["world-economy", "accumulation", "hegemony", "semi-periphery", "core", "periphery"]
    static let concepts = Set(conceptWords)

    /// A deterministic pseudo-random document: sentences of 8-20 words, a citation every fifth sentence.
    static func analysis(_ number: Int) throws -> DocumentAnalysis {
        var generator = SplitMix(seed: UInt64(number))
        var text = ""
        var concepts = [ConceptMention]()
        var citations = [InTextCitation]()
        var scalarCount = 0
        var sentence = 0
        while text.utf8.count < 5_000 {
            let length = 8 + Int(generator.next() % 13)
            for position in 0..<length {
                // About one word in twenty-five is a concept term, as in dense world-systems prose.
                var word = generator.next() % 25 == 0
                    ? conceptWords[Int(generator.next() % UInt64(conceptWords.count))]
                    : fillers[Int(generator.next() % UInt64(fillers.count))]
                if position == 0 { word = word.prefix(1).uppercased() + word.dropFirst() }
                if position > 0 { text += " "; scalarCount += 1 }
                let start = scalarCount
                text += word
                scalarCount += word.unicodeScalars.count
                if Self.concepts.contains(word.lowercased()) {
                    concepts.append(ConceptMention(concept: word.lowercased(), label: word.lowercased(), text: word,
                                                   start: start, end: scalarCount, sentence: sentence))
                }
            }
            if sentence % 5 == 4 {
                let cited = "Author\(generator.next() % 50) \(1950 + generator.next() % 60)"
                text += " (" + cited + ")"
                let start = scalarCount + 2
                scalarCount += cited.unicodeScalars.count + 3
                let parts = cited.split(separator: " ").map(String.init)
                citations.append(InTextCitation(authors: [parts[0]], year: parts[1], text: cited, start: start,
                                                end: start + cited.unicodeScalars.count, narrative: false))
            }
            text += ". "
            scalarCount += 2
            sentence += 1
        }
        let document = Document(path: "/bench/doc\(number).txt", format: .txt,
                                metadata: DocumentMetadata(title: "Document \(number)"), text: text)
        return DocumentAnalysis(document: document, segmented: try Segmenter.segment(text), concepts: concepts,
                                citations: citations, references: [])
    }

    @Test func generatedDocumentsWrittenAndRewrittenKeepExactCounts() throws {
        let analyses = try (0..<200).map(Self.analysis)
        let directory = try Fixtures.temporaryDirectory()
        let index = try CorpusIndex(path: directory.appendingPathComponent("bulk.sqlite").path, create: true)
        for analysis in analyses {
            try index.write(analysis, file: Fixtures.stamp(analysis), workKey: Fixtures.workKey)
        }
        let written = try index.stats()
        // A rewrite under a new content hash replaces each document: nothing doubles.
        for analysis in analyses.prefix(50) {
            try index.write(analysis, file: Fixtures.stamp(analysis, hash: "h2"), workKey: Fixtures.workKey)
        }
        let rewritten = try index.stats()
        #expect(written.documents == 200)
        #expect(written.mentions == analyses.reduce(0) { $0 + $1.concepts.count })
        #expect(written.citations == analyses.reduce(0) { $0 + $1.citations.count })
        #expect(rewritten.documents == written.documents && rewritten.sentences == written.sentences)
        #expect(rewritten.mentions == written.mentions && rewritten.citations == written.citations)
        #expect(try !index.search(SearchQuery("hegemony core"), limit: 20).isEmpty)
        #expect(try !index.kwic(phrase: "core", width: 40, limit: 100).isEmpty)
    }
}

/// Small deterministic generator so the bench corpus is the same on every run.
struct SplitMix {
    var state: UInt64
    init(seed: UInt64) { state = seed &+ 0x9E37_79B9_7F4A_7C15 }
    mutating func next() -> UInt64 {
        state = state &+ 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}
