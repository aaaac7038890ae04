import BraudelText
import Foundation
import Testing
@testable import BraudelConcepts

/// quanteda YAML and LIWC .dic dictionaries become lexicons the matcher uses.
@Suite struct DictionaryImportTests {
    func mentions(_ lexicon: Lexicon, _ text: String) throws -> [String] {
        ConceptMatcher(lexicon: lexicon).mentions(in: try Segmenter.segment(text)).map { "\($0.concept)=\($0.text)" }
    }

    @Test func quantedaCategoriesBecomeAHierarchy() throws {
        let imported = try LexiconFiles.load(path: fixtures.appendingPathComponent("quanteda-dictionary.yml").path)
        #expect(imported.format == .quanteda)
        let lexicon = imported.lexicon
        #expect(lexicon.concepts.map(\.id) == ["economy", "economy.trade", "economy.finance", "labor"])
        let economy = try #require(lexicon.concept("economy"))
        #expect(economy.abstract && economy.label == "economy")
        let trade = try #require(lexicon.concept("economy.trade"))
        #expect(trade.broader == "economy" && !trade.abstract)
        #expect(trade.label == "trade")
        #expect(trade.variants == ["tariff*", "free trade", "Terms of Trade"])
        #expect(trade.line == 3)
        #expect(lexicon.concept("economy.finance")?.variants == ["financial crisis"])
        #expect(lexicon.concept("labor")?.variants == ["labor union", "labour union"])
        #expect(lexicon.concept("labor")?.broader == nil)
        #expect(lexicon.narrower(than: "economy") == ["economy", "economy.trade", "economy.finance"])
    }

    @Test func quantedaWildcardsAndDoubleClaimsAreReported() throws {
        let warnings = try LexiconFiles.load(path: fixtures.appendingPathComponent("quanteda-dictionary.yml").path).warnings
        let byLine = Dictionary(grouping: warnings, by: { $0.line ?? 0 }).mapValues { $0.map(\.message) }
        #expect(byLine[5] == nil, "a trailing '*' is a prefix pattern the matcher understands")
        #expect(byLine[10]?.first?.contains("financiali?ation") == true)
        #expect(byLine[11]?.first?.contains("*finance") == true)
        #expect(byLine[15]?.first?.contains("already a spelling of 'economy.trade'") == true)
        #expect(byLine[18]?.first?.contains("'empty' has no usable pattern") == true)
        #expect(warnings.allSatisfy { $0.severity == .warning })
    }

    @Test func quantedaLexiconMatchesText() throws {
        let lexicon = try LexiconFiles.load(path: fixtures.appendingPathComponent("quanteda-dictionary.yml").path).lexicon
        #expect(try mentions(lexicon, "Free trade, tariffs and a labour union strike.") ==
            ["economy.trade=Free trade", "economy.trade=tariffs", "labor=labour union", "labor=strike"])
        #expect(try mentions(lexicon, "Tariffication and strikers; a tariff.") ==
            ["economy.trade=Tariffication", "labor=strikers", "economy.trade=tariff"])
        #expect(try mentions(lexicon, "The economy and capital flight.") == ["economy.finance=capital flight"])
    }

    @Test func liwcCategoriesAndEntries() throws {
        let imported = try LexiconFiles.load(path: fixtures.appendingPathComponent("liwc-sample.dic").path)
        #expect(imported.format == .liwc)
        let lexicon = imported.lexicon
        #expect(lexicon.concepts.map(\.id) == ["posemo", "negemo", "work"])
        #expect(lexicon.concept("posemo")?.surfaceForms == ["happy", "good", "kind of"])
        #expect(lexicon.concept("negemo")?.surfaceForms == ["hate*"])
        #expect(lexicon.concept("work")?.surfaceForms == ["job", "work*", "boss"])
        #expect(lexicon.concept("work")?.line == 4)
        let messages = imported.warnings.map { "\($0.line ?? 0): \($0.message)" }
        #expect(!messages.contains { $0.hasPrefix("9: ") })
        #expect(messages.contains { $0.hasPrefix("11: ") && $0.contains("already a spelling of 'work'") })
        #expect(messages.contains { $0.hasPrefix("13: ") && $0.contains("conditional") })
        #expect(messages.contains { $0.hasPrefix("15: ") && $0.contains("unknown category 9") })
        #expect(messages.contains { $0.hasPrefix("16: ") && $0.contains("'*ism'") })
        #expect(messages.contains { $0.hasPrefix("5: ") && $0.contains("'money' has no usable word") })
        #expect(try mentions(lexicon, "A good job, kind of; I hate my boss.") ==
            ["posemo=good", "work=job", "posemo=kind of", "negemo=hate", "work=boss"])
        #expect(try mentions(lexicon, "Hateful, hated, hat.") == ["negemo=Hateful", "negemo=hated"])
    }

    @Test func liwcWithoutHeaderIsRefusedWithLine() throws {
        #expect(throws: LexiconError.self) { try LIWCDictionaryImporter.load(text: "happy\t1\n", path: "x.dic") }
        do {
            _ = try LIWCDictionaryImporter.load(text: "%\n1\tposemo\nbad header line\n%\n", path: "x.dic")
            Issue.record("accepted a malformed header")
        } catch let error as LexiconError {
            #expect(error.line == 3)
        }
    }

    @Test func formatIsChosenByExtensionAndContent() {
        #expect(LexiconFormat.detect(path: "a.yaml", text: "name: x\nconcepts:\n  - id: a\n") == .braudel)
        #expect(LexiconFormat.detect(path: "a.yml", text: "economy:\n  - trade\n") == .quanteda)
        #expect(LexiconFormat.detect(path: "a.dic", text: "%\n1\tx\n%\n") == .liwc)
        #expect(LexiconFormat.detect(path: "a.rdf", text: "") == .skos)
        #expect(LexiconFormat.detect(path: "a.skos", text: "") == .skos)
        #expect(LexiconFormat.detect(path: "a.txt", text: "  <?xml version=\"1.0\"?>") == .skos)
    }

    @Test func braudelYAMLStillLoadsThroughTheFormatRouter() throws {
        let imported = try LexiconFiles.load(path: fixtures.appendingPathComponent("small-lexicon.yaml").path)
        #expect(imported.format == .braudel)
        #expect(imported.lexicon.concept("periphery")?.context?.window == 6)
    }
}

/// Real dictionary files arrive with byte-order marks, legacy charsets and described headers.
@Suite struct DictionaryEncodingTests {
    func load(_ bytes: [UInt8], named name: String) throws -> ImportedLexicon {
        let file = FileManager.default.temporaryDirectory.appendingPathComponent("\(UUID().uuidString)-\(name)")
        try Data(bytes).write(to: file)
        defer { try? FileManager.default.removeItem(at: file) }
        return try LexiconFiles.load(path: file.path)
    }

    @Test func liwcWithBOMAndDescribedHeader() throws {
        let text = "\u{FEFF}%\n1\tfunct\tFunction words\n2\tsocial\n%\nthe\t1\nfriend*\t2\n"
        let imported = try load(Array(text.utf8), named: "bom.dic")
        #expect(imported.lexicon.concepts.map(\.id) == ["funct", "social"])
        #expect(imported.lexicon.concept("social")?.label == "friend*")
    }

    @Test func windows1252DictionaryIsReadWithAWarning() throws {
        // "économie" in Windows-1252: 0xE9 is é.
        let bytes: [UInt8] = Array("economie:\n  - ".utf8) + [0xE9] + Array("conomie\n  - march".utf8) + [0xE9] + [0x0A]
        let imported = try load(bytes, named: "fr.yml")
        #expect(imported.lexicon.concept("economie")?.surfaceForms == ["économie", "marché"])
        #expect(imported.warnings.first?.message == "not UTF-8; read as Windows-1252")
    }
}
