import Testing
@testable import BraudelDocuments

/// JATS articles: text and sections, notes, metadata, structured references and callouts.
@Suite struct JATSReaderTests {
    static let sample = "semiperipheral-mobility.jats.xml"

    func readSample() throws -> Document {
        try JATSReader().read(bytes: try FormatSamples.bytes(Self.sample), path: Self.sample, context: .empty)
    }

    func read(_ xml: String) throws -> Document {
        try JATSReader().read(bytes: Array(xml.utf8), path: "inline.xml", context: .empty)
    }

    @Test func sampleTextMatchesGold() throws {
        let document = try readSample()
        let gold = try FormatSamples.gold(Self.sample)
        #expect(document.format == .jats)
        #expect(document.text.hasPrefix(gold.first_sentence + "\n\nAbstract\n\nThis article revisits"))
        #expect(document.textBeforeReferences.hasSuffix(gold.last_sentence))
        #expect(!document.text.contains("\n\n\n"))
        for paragraph in document.text.components(separatedBy: "\n\n") {
            #expect(!paragraph.isEmpty && !paragraph.contains("\n"))
        }
        // Tables, formulas, labels and footnote markers stay out; captions stay in.
        for absent in ["Periphery to semiperiphery", "Counts from the published appendix", "GNP y", "log", "ones.1", "Figure 1", "2.Zones"] {
            #expect(!document.text.contains(absent), "\(absent)")
        }
        #expect(document.text.contains("\n\nSchematic distribution of states across the three zones"))
        #expect(document.text.contains("\n\nUpward and downward moves between zones, 1938–1983.\n\n"))
        #expect(document.text.contains("upward ones. The result is consistent"))
    }

    @Test func sampleSectionsAndNotes() throws {
        let document = try readSample()
        #expect(document.sections.map(\.heading) == [
            "Semiperipheral Mobility and the Limits of Developmentalism", "Abstract", "Introduction", "Zones and mobility",
            "Labor and the semiperiphery", "Conclusion", "Acknowledgements", "Notes", "References",
        ])
        let scalarCount = document.text.unicodeScalars.count
        for (section, next) in zip(document.sections, document.sections.dropFirst()) {
            #expect(section.end + 2 == next.start)
            #expect(document.slice(next.start, next.start + next.heading!.unicodeScalars.count) == next.heading)
        }
        #expect(document.sections.last?.end == scalarCount)
        let notes = try #require(document.sections.first { $0.heading == "Notes" })
        #expect(document.slice(notes.start, notes.end) == """
        Notes

        We follow Arrighi and Drangel in treating a move as durable only when it lasted across at least two of their benchmark years.

        The same caution applies to the recent ascent of China, whose place in the hierarchy is still contested.
        """)
    }

    @Test func sampleMetadata() throws {
        let document = try readSample()
        let gold = try FormatSamples.gold(Self.sample)
        #expect(document.metadata.title == gold.title)
        #expect(document.metadata.authors == gold.authors)   // the editor is not an author
        #expect(document.metadata.year == gold.year)         // the year, not the online one
    }

    @Test func sampleReferencesFieldByField() throws {
        let document = try readSample()
        let gold = try FormatSamples.gold(Self.sample)
        #expect(document.bibliography.count == gold.references.count)
        for (entry, expected) in zip(document.bibliography, gold.references) {
            #expect(entry.authors == expected.authors)
            #expect(entry.year == expected.year)
            #expect(entry.title == expected.title)
            #expect(document.slice(entry.start, entry.end) == entry.raw)
        }
        let byID = Dictionary(uniqueKeysWithValues: document.bibliography.map { ($0.id!, $0) })
        let article = try #require(byID["r11"])
        #expect(article.container == "Comparative Studies in Society and History")
        #expect(article.doi == "10.1017/S0010417500007520")
        #expect(article.raw == "Wallerstein, Immanuel. 1974b. The Rise and Future Demise of the World Capitalist System: Concepts for Comparative Analysis. Comparative Studies in Society and History. doi:10.1017/S0010417500007520")
        #expect(byID["r10"]?.container == nil)   // a book: its source is its title
        // A mixed-citation keeps the publisher's own formatting.
        #expect(byID["r12"]?.raw == "Wallerstein, Immanuel. 1976. “Semi-Peripheral Countries and the Contemporary World Crisis.” Theory and Society 3 (4): 461–483.")
        #expect(byID["r12"]?.container == "Theory and Society")
        let references = try #require(document.sections.last)
        #expect(references.heading == "References")
        #expect(document.bibliography.first?.start == references.start + "References\n\n".unicodeScalars.count)
    }

    @Test func sampleCalloutsResolveToTheirEntries() throws {
        let document = try readSample()
        let gold = try FormatSamples.gold(Self.sample)
        #expect(document.callouts.count == gold.callouts)
        let byID = Dictionary(uniqueKeysWithValues: document.bibliography.map { ($0.id!, $0) })
        let spans = document.callouts.map { document.slice($0.start, $0.end) }
        #expect(spans.prefix(4) == ["Wallerstein 1974a", "1974b", "1976", "1986"])
        #expect(spans.contains("Cardoso and Faletto (1979)"))
        for (callout, span) in zip(document.callouts, spans) {
            let entry = try #require(byID[callout.targets[0]])
            #expect(span.contains(entry.year!), "\(span) → \(entry.raw)")
            #expect(callout.end <= document.sections.first { $0.heading == "Notes" }!.start)
        }
        // The callout in the figure caption is found too.
        let caption = try #require(document.text.range(of: "Schematic distribution"))
        let captionStart = document.text.unicodeScalars.distance(from: document.text.unicodeScalars.startIndex, to: caption.lowerBound)
        #expect(document.callouts.contains { $0.start > captionStart && $0.targets == ["r4"] })
    }

    @Test func severalTargetsAndFootnoteCallouts() throws {
        let document = try read("""
        <article><body><p>As argued (<xref ref-type="bibr" rid="a b">Amin 1974; Frank 1967</xref>), and
        <xref ref-type="bibr" rid="c"/> nothing<xref ref-type="fn" rid="n1"><sup>3</sup></xref>.</p>
        <p><fn id="n1"><p>An inline note.</p></fn>After.</p></body></article>
        """)
        #expect(document.text == "As argued (Amin 1974; Frank 1967), and nothing.\n\nAfter.\n\nNotes\n\nAn inline note.")
        #expect(document.callouts == [ReferenceCallout(targets: ["a", "b"], start: 11, end: 32)])
        #expect(document.sections.map(\.heading) == [nil, "Notes"])
    }

    @Test func elementCitationVariants() throws {
        let document = try read("""
        <article><back><ref-list>
        <ref id="x1"><label>1.</label><element-citation publication-type="book"><person-group person-group-type="editor"><name><surname>Arrighi</surname><given-names>G.</given-names></name></person-group><collab>Research Working Group</collab><year>1989</year><source>Antisystemic Movements</source><pub-id pub-id-type="doi">https://doi.org/10.9999/EXAMPLE</pub-id></element-citation></ref>
        <ref id="x2"><citation-alternatives><element-citation><person-group person-group-type="author"><collab>World Bank</collab></person-group><year>1993</year><article-title>The East Asian Miracle</article-title><source>Policy Research Report</source></element-citation><mixed-citation>World Bank. 1993. The East Asian Miracle.</mixed-citation></citation-alternatives></ref>
        </ref-list></back></article>
        """)
        #expect(document.bibliography.count == 2)
        let editors = document.bibliography[0]
        #expect(editors.authors == ["Arrighi"])                  // the only named group: the editors
        #expect(editors.doi == "10.9999/EXAMPLE")
        #expect(editors.title == "Antisystemic Movements")
        let alternatives = document.bibliography[1]
        #expect(alternatives.authors == ["World Bank"])
        #expect(alternatives.title == "The East Asian Miracle")
        #expect(alternatives.container == "Policy Research Report")
        #expect(alternatives.raw == "World Bank. 1993. The East Asian Miracle.")
        #expect(document.text.hasPrefix("References\n\nArrighi, G. 1989. Antisystemic Movements. doi:10.9999/EXAMPLE"))
    }

    @Test func sniffsArticlesAndNotOtherXML() throws {
        let reader = JATSReader()
        let sample = Array(try FormatSamples.bytes(Self.sample).prefix(ReaderRegistry.headSize))
        #expect(reader.accepts(pathExtension: "", head: sample))
        #expect(reader.accepts(pathExtension: "nxml", head: []))
        #expect(reader.accepts(pathExtension: "", head: Array("<!-- c --><article xmlns:xlink=\"http://www.w3.org/1999/xlink\">".utf8)))
        #expect(!reader.accepts(pathExtension: "xml", head: Array("<TEI xmlns=\"http://www.tei-c.org/ns/1.0\">".utf8)))
        #expect(!reader.accepts(pathExtension: "xml", head: Array("<article xmlns=\"http://docbook.org/ns/docbook\">".utf8)))
        #expect(!reader.accepts(pathExtension: "", head: Array("<html><article>".utf8)))
        #expect(throws: DocumentError.self) { try read("<?xml version=\"1.0\"?><book><p>Not JATS.</p></book>") }
    }

    @Test func registryRoutesBothFormatsByContent() throws {
        let registry = ReaderRegistry(readers: [JATSReader(), TEIReader(), HTMLReader(), MarkdownReader(), PlainTextReader()])
        let jats = try registry.read(bytes: try FormatSamples.bytes(Self.sample), path: "a/paper.xml", context: .empty)
        #expect(jats.format == .jats)
        let teiName = TEIReaderTests.sample
        let tei = try registry.read(bytes: try FormatSamples.bytes(teiName), path: "b/paper.xml", context: .empty)
        #expect(tei.format == .tei)
        #expect(throws: DocumentError.self) { try registry.read(bytes: Array("<config><a/></config>".utf8), path: "c.xml", context: .empty) }
    }
}
