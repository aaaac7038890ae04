import Testing
@testable import BraudelDocuments

/// Plain text: decoding, cleaning and title-block metadata.
@Suite struct PlainTextReaderTests {
    func read(_ text: String) throws -> Document {
        try PlainTextReader().read(bytes: Array(text.utf8), path: "inline.txt", context: .empty)
    }

    @Test func extractedArticleMetadata() throws {
        let document = try PlainTextReader().read(bytes: try Fixtures.bytes("pdf_extracted.txt"),
                                                  path: "pdf_extracted.txt", context: .empty)
        #expect(document.format == .txt)
        #expect(document.metadata.title == "Semiperipheral States in the Contemporary World-Economy")
        #expect(document.metadata.authors == ["Maria K. Okafor", "Thomas Lindqvist"])
        #expect(document.metadata.year == 2003)
        #expect(document.warnings.isEmpty)
    }

    @Test func windows1252FileIsReadWithAWarning() throws {
        let document = try PlainTextReader().read(bytes: try Fixtures.bytes("windows1252.txt"),
                                                  path: "windows1252.txt", context: .empty)
        #expect(document.text == """
        Dependency and the Semiperiphery

        José Ramírez

        The “core” of Frank’s argument – that development produces underdevelopment – was taken up by Cardoso and by the café economies of Latin America.
        """)
        #expect(document.metadata.title == "Dependency and the Semiperiphery")
        #expect(document.metadata.authors == ["José Ramírez"])
        #expect(document.metadata.year == nil)
        #expect(document.warnings.contains { $0.contains("windows-1252") })
        #expect(document.sections.map(\.heading) == ["Dependency and the Semiperiphery"])
    }

    @Test func utf16FileWithCRLF() throws {
        let document = try PlainTextReader().read(bytes: try Fixtures.bytes("utf16le_bom.txt"),
                                                  path: "utf16le_bom.txt", context: .empty)
        #expect(document.text == """
        The Long Twentieth Century

        Giovanni Arrighi

        Arrighi’s systemic cycles of accumulation run from Genoa to the United States; each ends in a “signal crisis”.
        """)
        #expect(document.metadata.title == "The Long Twentieth Century")
        #expect(document.metadata.authors == ["Giovanni Arrighi"])
    }

    @Test func bylineWithByAndAffiliation() throws {
        let document = try read("""
        The Rise of East Asia

        by Jane Doe, University of Lagos

        March 2004

        Body text follows here and runs on for a while.
        """)
        #expect(document.metadata.title == "The Rise of East Asia")
        #expect(document.metadata.authors == ["Jane Doe"])
        #expect(document.metadata.year == 2004)
    }

    @Test func allCapsBylineIsTitleCased() throws {
        let document = try read("CHAOS AND GOVERNANCE\nGIOVANNI ARRIGHI & BEVERLY J. SILVER\n\nText.")
        #expect(document.metadata.title == "CHAOS AND GOVERNANCE")
        #expect(document.metadata.authors == ["Giovanni Arrighi", "Beverly J. Silver"])
    }

    @Test func twoLineTitleIsNotTakenForAByline() throws {
        let document = try read("Capitalism and the\nGlobal Inequality\n\nSome body text.")
        #expect(document.metadata.title == "Capitalism and the Global Inequality")
        #expect(document.metadata.authors == [])
    }

    @Test func nothingIsInventedFromProse() throws {
        let document = try read("""
        In 1974 Immanuel Wallerstein published the first volume of The Modern World-System, which
        argued that a capitalist world-economy had emerged in the long sixteenth century and that it
        has since expanded to cover the globe.
        """)
        #expect(document.metadata.title == nil)
        #expect(document.metadata.authors == [])
        #expect(document.metadata.year == nil)
    }

    @Test func yearInTheTitleIsNotThePublicationYear() throws {
        let document = try read("The World Revolution of 1968\nMaria K. Okafor\n\nText of the essay.")
        #expect(document.metadata.title == "The World Revolution of 1968")
        #expect(document.metadata.year == nil)
    }
}
