@testable import BraudelLibrary
import Testing

@Suite struct BibTeXParserTests {
    private func parse(_ name: String) throws -> LibraryParse {
        let (text, path) = try fixture(name)
        return BibTeXParser().parse(text, file: path, folder: libraryFixtures.path)
    }

    @Test func stringsConcatenationQuotesAndMonthMacros() throws {
        let result = try parse("grammar.bib")
        #expect(result.errors.isEmpty)
        #expect(result.entries.map(\.key) == ["concatenated", "particles", "biblatex"])
        let entry = result.entries[0]
        #expect(entry.title == "The Semiperiphery and the \"Middle\" Zone")
        #expect(entry.container == "Review (Fernand Braudel Center) 12")
        #expect(entry.year == 1989)
        #expect(entry.doi == "10.2307/abc.1989.12")
        #expect(entry.keywords == ["semiperiphery", "labour"])
        #expect(entry.source.line == 9)
    }

    @Test func namesWithParticlesSuffixesAndOrganizations() throws {
        let entries = try parse("grammar.bib").entries
        #expect(entries[0].authors == [
            PersonName(given: "Marcel", particle: "van der", family: "Linden"),
            PersonName(given: "José", particle: "de", family: "Souza Santos"),
            PersonName(given: "José", family: "Ortega y Gasset"),
        ])
        let names = entries[1].authors
        #expect(names.map(\.fullName) == [
            "World Bank", "Emmanuel Le Roy Ladurie", "Ludwig von Mises", "John Smith Jr.",
            "Charles Louis Xavier Joseph de la Vallée Poussin",
        ])
        #expect(names[0].isLiteral)
        #expect(names[1].surname == "Le Roy Ladurie")
        #expect(names[4].surname == "de la Vallée Poussin")
    }

    @Test func latexAccentsEscapesAndDashes() throws {
        let entry = try parse("grammar.bib").entries[1]
        #expect(entry.title == "Accents: Çağlar, Šimečka, Köln, Große, Østergaard, århus, łódź, café au lait, 50% & more — a test")
        #expect(entry.language == "french")
        #expect(entry.type == "book")
        #expect(try parse("grammar.bib").entries[2].year == 1997)
        #expect(try parse("grammar.bib").entries[2].container == "Comparing World-Systems")
    }

    @Test func badEntriesAreReportedWithTheirLineAndSkipped() throws {
        let result = try parse("broken.bib")
        #expect(result.entries.map(\.key) == ["good_before", "good_after"])
        #expect(result.errors.map(\.line) == [9, 15])
        #expect(result.errors[0].description.hasSuffix("broken.bib:9: value of field 'title' runs into the next entry: a '{' is never closed"))
        #expect(result.errors[1].reason == "undefined @string macro 'nosuchmacro' in field 'journal'")
    }

    @Test func zoteroExportFieldsAndAttachedFiles() throws {
        let result = try parse("zotero.bib")
        #expect(result.errors.isEmpty)
        #expect(result.entries.count == 19)
        #expect(result.entries.allSatisfy { $0.year != nil && $0.title != nil && !$0.authors.isEmpty })
        let first = result.entries[0]
        #expect(first.title == "Signal Crises and Terminal Crises: Hegemonic Transitions in the Capitalist World-Economy")
        #expect(first.files == [libraryFixtures.appendingPathComponent("files/12/hegemonic-transitions.txt").path])
        #expect(first.container == "Journal of World-Systems Research")
        #expect(first.language == "en")
        let byKey = Dictionary(uniqueKeysWithValues: result.entries.map { ($0.key ?? "", $0) })
        #expect(byKey["fernandez_ortega_dependency_2007"]?.authors.map(\.fullName) == ["Lucía Fernández Ortega"])
        #expect(byKey["aydin-wright_external_2012"]?.authors.map(\.fullName) == ["Selin Aydın-Wright"])
        #expect(byKey["aydin-wright_external_2012"]?.title?.hasSuffix("World-Economy, 1750–1914") == true)
        #expect(byKey["de_la_vega_semiperipheral_2020"]?.authors.map(\.fullName) == ["Ana M. de la Vega", "Tomás van der Berg"])
    }

    @Test func fileFieldShapes() {
        let folder = "/library"
        #expect(AttachedFiles.bibTeX("Full Text PDF:files/3/a.pdf:application/pdf", folder: folder) == ["/library/files/3/a.pdf"])
        #expect(AttachedFiles.bibTeX("/Users/ana/Zotero/storage/AB12/b.pdf;/Users/ana/c.pdf", folder: folder)
            == ["/Users/ana/Zotero/storage/AB12/b.pdf", "/Users/ana/c.pdf"])
        #expect(AttachedFiles.bibTeX(":C\\:\\\\Users\\\\ana\\\\d.pdf:PDF", folder: folder).first?.hasSuffix("C:\\Users\\ana\\d.pdf") == true)
    }
}
