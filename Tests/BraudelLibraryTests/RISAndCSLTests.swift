@testable import BraudelLibrary
import Foundation
import Testing

@Suite struct RISParserTests {
    @Test func zoteroRISRecords() throws {
        let (text, path) = try fixture("zotero.ris")
        let result = RISParser().parse(text, file: path, folder: libraryFixtures.path)
        #expect(result.errors.isEmpty)
        #expect(result.entries.map(\.type) == ["JOUR", "RPRT", "JOUR", "CHAP"])
        let first = result.entries[0]
        #expect(first.authors == [PersonName(given: "Daniel F.", family: "Lindqvist")])
        #expect(first.year == 2016)
        #expect(first.doi == "10.5195/jwsr.2016.0601")
        #expect(first.keywords == ["hegemony", "world-systems analysis"])
        #expect(first.files == [libraryFixtures.appendingPathComponent("files/12/hegemonic-transitions.txt").path])
        #expect(first.source.line == 1)
        #expect(result.entries[1].title == "La dépendance revisitée: périphéries et échange inégal")
        #expect(result.entries[1].language == "fr")
        #expect(result.entries[2].authors.map(\.surname) == ["de la Vega", "van der Berg"])
        #expect(result.entries[2].authors.map(\.family) == ["Vega", "Berg"])
        #expect(result.entries[2].files == ["/home/ana/Zotero/storage/7QXJ2K4M/repository-extraction.txt"])
        #expect(result.entries[3].container == "Global Social Change: An Introduction")
    }

    @Test func recordsWithoutTheirEndOrStartAreReported() {
        let text = "TY  - JOUR\nTI  - Open\n\nTY  - BOOK\nTI  - Closed\nPY  - 1974\nER  - \nAU  - Stray, Tag\nER  - \n"
        let result = RISParser().parse(text, file: "x.ris", folder: "/")
        #expect(result.entries.map(\.title) == ["Closed"])
        #expect(result.errors.map(\.description) == [
            "x.ris:1: record never closed with 'ER  -'; skipped",
            "x.ris:8: tag 'AU' before the record's 'TY  - '",
            "x.ris:9: 'ER  -' without a record",
        ])
    }
}

@Suite struct CSLJSONParserTests {
    @Test func zoteroCSLItemsAndABadOne() throws {
        let url = libraryFixtures.appendingPathComponent("zotero-csl.json")
        let result = CSLJSONParser().parse(try Data(contentsOf: url), file: url.path, folder: libraryFixtures.path)
        #expect(result.entries.count == 4)
        #expect(result.entries.map(\.year) == [2016, 2020, 2020, 2011])
        #expect(result.entries[0].doi == "10.5195/jwsr.2016.0601")
        #expect(result.entries[1].authors.map(\.fullName) == ["Ana M. de la Vega", "Tomás van der Berg"])
        #expect(result.entries[2].authors == [PersonName(family: "World Bank", isLiteral: true)])
        #expect(result.entries[2].keywords == ["global value chains", "trade"])
        #expect(result.entries[3].key == "42")
        #expect(result.errors.count == 1)
        #expect(result.errors[0].line == 67)
        #expect(result.errors[0].reason.hasPrefix("item 4: title"))
        #expect(CSLJSONParser.looksLikeCSL(try Data(contentsOf: url)))
        #expect(!CSLJSONParser.looksLikeCSL(Data("{\"documents\": {}}".utf8)))
    }
}
