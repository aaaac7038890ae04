import BraudelAnalysis
import BraudelConcepts
import BraudelDocuments
import BraudelText
import Foundation
@testable import BraudelIndex

/// Three small documents whose sentences and paragraphs hold known concepts, so co-occurrence
/// counts can be worked out by hand for each unit:
///
/// - 2001: ¶0 [core, periphery] [semiperiphery] · ¶1 [hegemony, core] [—] · ¶2 [periphery]
/// - 2002: ¶0 [core, periphery] · ¶1 [hegemony]
/// - undated: ¶0 [—]
enum UnitFixtures {
    static let first = """
        Core and periphery trade unequally. The semiperiphery mediates.

        Hegemony rests on the core. Nothing else is said here.

        The periphery resists.
        """
    static let second = "The core exploits the periphery.\n\nHegemony shifts."
    static let undated = "A short note without any of the terms."

    static func analysis(_ path: String, _ text: String, year: Int?,
                         _ mentions: [(concept: String, written: String, after: String)]) throws -> DocumentAnalysis {
        let segmented = try Segmenter.segment(text)
        let document = Document(path: path, format: .txt, metadata: DocumentMetadata(title: path, year: year), text: text)
        let concepts = mentions.compactMap { Fixtures.mention($0.concept, $0.written, in: segmented, after: $0.after) }
        precondition(concepts.count == mentions.count, "a fixture mention was not found in \(path)")
        return DocumentAnalysis(document: document, segmented: segmented, concepts: concepts, citations: [], references: [])
    }

    static func analyses() throws -> [DocumentAnalysis] {
        [
            try analysis("/u/first.txt", first, year: 2001, [
                ("core", "Core", ""), ("periphery", "periphery", ""), ("semiperiphery", "semiperiphery", ""),
                ("hegemony", "Hegemony", ""), ("core", "core", "rests on the "), ("periphery", "periphery", "said here."),
            ]),
            try analysis("/u/second.txt", second, year: 2002, [
                ("core", "core", ""), ("periphery", "periphery", ""), ("hegemony", "Hegemony", ""),
            ]),
            try analysis("/u/undated.txt", undated, year: nil, []),
        ]
    }

    static func index() throws -> CorpusIndex {
        let directory = try Fixtures.temporaryDirectory()
        let index = try CorpusIndex(path: directory.appendingPathComponent("units.sqlite").path, create: true)
        for analysis in try analyses() {
            try index.write(analysis, file: Fixtures.stamp(analysis), workKey: Fixtures.workKey)
        }
        return index
    }
}
