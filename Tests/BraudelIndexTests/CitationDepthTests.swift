import BraudelAnalysis
import BraudelCitations
import BraudelDocuments
import BraudelText
import Foundation
import GRDB
import Testing
@testable import BraudelIndex

/// Citations in depth: works cited alongside a concept, per-document linking, reference details.
@Suite struct CitationDepthTests {
    static let notesPath = "/corpus/notes.txt"
    static let notesText = """
        Unequal exchange drains the periphery (Emmanuel 1972; Amin 1974). The semiperiphery absorbs \
        the shock (Arrighi 1994).

        References

        Amin, Samir. 1974. Accumulation on a World Scale. New York: Monthly Review Press.
        Wallerstein, Immanuel. 1979. The Capitalist World-Economy. Review 1(2): 111–45. doi:10.1000/xyz.
        """

    /// A third document: two unlinked citations and one uncited entry, with publication details.
    static func notes() throws -> DocumentAnalysis {
        let segmented = try Segmenter.segment(notesText)
        let document = Document(path: notesPath, format: .txt, metadata: DocumentMetadata(), text: notesText)
        let concepts = [
            Fixtures.mention("periphery", "periphery", in: segmented, after: ""),
            Fixtures.mention("semiperiphery", "semiperiphery", in: segmented, after: ""),
        ].compactMap { $0 }
        var amin = try #require(Fixtures.reference(["Amin"], "1974", "Accumulation on a World Scale",
                                                   startingWith: "Amin, Samir", in: segmented))
        amin.publisher = "Monthly Review Press"
        amin.place = "New York"
        var wallerstein = try #require(Fixtures.reference(["Wallerstein"], "1979", "The Capitalist World-Economy",
                                                          startingWith: "Wallerstein, Immanuel", in: segmented))
        wallerstein.container = "Review"
        wallerstein.volume = "1"
        wallerstein.issue = "2"
        wallerstein.pages = "111–45"
        wallerstein.doi = "10.1000/xyz"
        let citations = [
            Fixtures.citation(["Emmanuel"], "1972", "Emmanuel 1972", narrative: false, reference: nil, in: segmented),
            Fixtures.citation(["Amin"], "1974", "Amin 1974", narrative: false, reference: 0, in: segmented),
            Fixtures.citation(["Arrighi"], "1994", "Arrighi 1994", narrative: false, reference: nil, in: segmented),
        ].compactMap { $0 }
        return DocumentAnalysis(document: document, segmented: segmented, concepts: concepts,
                                citations: citations, references: [amin, wallerstein])
    }

    static func index() throws -> CorpusIndex {
        let (index, _) = try Fixtures.populatedIndex()
        let analysis = try notes()
        try index.write(analysis, file: Fixtures.stamp(analysis), workKey: Fixtures.workKey)
        return index
    }

    @Test func worksCitedWithAConceptCountTheirSentencesAndDocuments() throws {
        let index = try Self.index()
        let core = try index.worksCited(withConcepts: ["core"])
        #expect(core.map(\.key) == ["arrighi|1994", "wallerstein|1974", "wallerstein|1979"])
        #expect(core.map(\.citations) == [1, 1, 1])
        #expect(core.map(\.paths) == [[Fixtures.chaseDunnPath], [Fixtures.chaseDunnPath], [Fixtures.arrighiPath]])

        let hegemony = try index.worksCited(withConcepts: ["hegemony"])
        #expect(hegemony.map(\.key) == ["wallerstein|1974"])
        #expect(hegemony.first?.paths == [Fixtures.arrighiPath])

        // Two concepts: one work cited in both documents ranks first; a sentence naming core and
        // periphery counts its citations once.
        let both = try index.worksCited(withConcepts: ["core", "periphery", "hegemony"])
        #expect(both.first?.key == "wallerstein|1974")
        #expect(both.first?.citations == 2)
        #expect(both.first?.sentences == 2)
        #expect(both.first?.documents == 2)
        #expect(both.first?.paths == [Fixtures.arrighiPath, Fixtures.chaseDunnPath])
        #expect(both.map(\.key) == ["wallerstein|1974", "amin|1974", "arrighi|1994", "emmanuel|1972", "wallerstein|1979"])
        #expect(both.first(where: { $0.key == "amin|1974" })?.paths == [Self.notesPath])

        #expect(try index.worksCited(withConcepts: ["semiperiphery"]).map(\.key) == ["arrighi|1994", "wallerstein|1979"])
        #expect(try index.worksCited(withConcepts: ["core"], top: 1).count == 1)
        #expect(try index.worksCited(withConcepts: ["no-such-concept"]).isEmpty)
        #expect(try index.worksCited(withConcepts: []).isEmpty)
    }

    @Test func perDocumentStatisticsCountLinkedUnlinkedAndUncited() throws {
        let stats = try Self.index().citationStatsByDocument()
        #expect(stats.map(\.path) == [Fixtures.arrighiPath, Self.notesPath, Fixtures.chaseDunnPath])
        let notes = try #require(stats.first { $0.path == Self.notesPath })
        #expect(notes.citations == 3 && notes.linked == 1 && notes.unlinked == 2)
        #expect(notes.unlinkedTexts == ["Emmanuel 1972", "Arrighi 1994"])
        #expect(notes.references == 2 && notes.uncitedReferences == 1)
        let arrighi = try #require(stats.first { $0.path == Fixtures.arrighiPath })
        #expect(arrighi.citations == 2 && arrighi.linked == 2 && arrighi.unlinkedTexts.isEmpty)
        #expect(arrighi.references == 2 && arrighi.uncitedReferences == 0)
        let chaseDunn = try #require(stats.first { $0.path == Fixtures.chaseDunnPath })
        #expect(chaseDunn.references == 3 && chaseDunn.uncitedReferences == 1)
    }

    @Test func referenceDetailsAreStoredWithEachEntry() throws {
        let index = try Self.index()
        let rows = try index.queue.read { db in
            try Row.fetchAll(db, sql: """
                SELECT r.container, r.volume, r.issue, r.pages, r.publisher, r.place, r.doi, r.url
                FROM reference r JOIN document d ON d.id = r.document_id WHERE d.path = ? ORDER BY r.ordinal
                """, arguments: [Self.notesPath])
        }
        #expect(rows.count == 2)
        let amin: [String?] = (0..<8).map { rows[0][$0] }
        let wallerstein: [String?] = (0..<8).map { rows[1][$0] }
        #expect(amin == [nil, nil, nil, nil, "Monthly Review Press", "New York", nil, nil])
        #expect(wallerstein == ["Review", "1", "2", "111–45", nil, nil, "10.1000/xyz", nil])
    }

    @Test func aVersionTwoIndexGainsTheReferenceColumns() throws {
        let path = try Fixtures.temporaryDirectory().appendingPathComponent("old.sqlite").path
        let old = try DatabaseQueueFactory.make(path: path)
        try IndexSchema.migrator.migrate(old, upTo: "v2")
        let before = try old.read { db in try db.columns(in: "reference").map(\.name) }
        #expect(!before.contains("doi"))
        try old.close()
        let index = try CorpusIndex(path: path, create: false)
        let after = try index.queue.read { db in try db.columns(in: "reference").map(\.name) }
        for column in ["container", "volume", "issue", "pages", "publisher", "place", "doi", "url"] {
            #expect(after.contains(column), "\(column)")
        }
        let applied = try index.queue.read { db in try IndexSchema.migrator.appliedMigrations(db) }
        // Every later migration runs too, whatever features have added since.
        #expect(applied.starts(with: ["v1", "v2", "v3", "v4", "v5", "v6"]))
        #expect(Set(applied) == Set(IndexSchema.migrator.migrations))
        // Lookups by work go through the `*_work_pick` indexes; the plain ones are dropped.
        let indexes = try index.queue.read { db in try String.fetchAll(db, sql: "SELECT name FROM sqlite_master WHERE type = 'index'") }
        #expect(!indexes.contains("citation_work") && !indexes.contains("reference_work") && indexes.contains("reference_work_pick"))
    }
}
