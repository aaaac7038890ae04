import Foundation
import BraudelText
import GRDB
import Testing
@testable import BraudelIndex

/// Concept words inside proper names are stored with their flag and left out of counts,
/// co-occurrence and trends unless a connection asks for them.
@Suite struct NameMentionTests {
    /// The Arrighi fixture with its "core" mention marked as part of a name.
    static func indexWithOneNameMention() throws -> CorpusIndex {
        var analysis = try Fixtures.arrighi()
        for index in analysis.concepts.indices where analysis.concepts[index].concept == "core" {
            analysis.concepts[index].inName = true
        }
        analysis.languages = LanguageIdentifier.Identification(language: "en", languages: ["en"])
        let directory = try Fixtures.temporaryDirectory()
        let index = try CorpusIndex(path: directory.appendingPathComponent("braudel.sqlite").path, create: true)
        try index.write(analysis, file: Fixtures.stamp(analysis), workKey: Fixtures.workKey)
        return index
    }

    @Test func nameMentionsAreStoredButNotCounted() throws {
        let index = try Self.indexWithOneNameMention()
        let flagged = try index.reading { try Int.fetchOne($0, sql: "SELECT COUNT(*) FROM mention_all WHERE in_name = 1") }
        #expect(flagged == 1)
        #expect(!(try index.conceptCounts()).map(\.concept).contains("core"))
        #expect(!(try index.conceptAssociations(CooccurrenceQuery())).contains { $0.a == "core" || $0.b == "core" })
        #expect(!(try index.conceptRates(["core"])).rates.contains { $0.mentions > 0 })
    }

    @Test func aConnectionMayIncludeThem() throws {
        let index = try Self.indexWithOneNameMention()
        try index.scopeMentions(includeNames: true)
        #expect(try index.conceptCounts().first { $0.concept == "core" }?.mentions == 1)
        #expect(try index.conceptRates(["core"]).rates.map(\.mentions).reduce(0, +) == 1)
    }

    /// `--lang`: only documents identified in that language, their sentences and mentions.
    @Test func aConnectionMayKeepOneLanguage() throws {
        let index = try Self.indexWithOneNameMention()
        let documents = try index.reading { try Int.fetchOne($0, sql: "SELECT COUNT(*) FROM document WHERE language = 'en'") }
        #expect(documents == 1)
        try index.scopeMentions(includeNames: true, language: "fr")
        #expect(try index.conceptCounts().isEmpty)
        #expect(try index.reading { try Int.fetchOne($0, sql: "SELECT COUNT(*) FROM sentence") } == 0)
        let english = try Self.indexWithOneNameMention()
        try english.scopeMentions(includeNames: true, language: "en")
        #expect(try english.conceptCounts().first { $0.concept == "core" }?.mentions == 1)
    }
}
