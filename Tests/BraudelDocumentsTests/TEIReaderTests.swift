import Testing
@testable import BraudelDocuments

/// TEI, GROBID's output above all: header metadata, divisions, notes, biblStructs, callouts.
@Suite struct TEIReaderTests {
    static let sample = "labor-unrest-hegemonic-cycles.tei.xml"

    func readSample() throws -> Document {
        try TEIReader().read(bytes: try FormatSamples.bytes(Self.sample), path: Self.sample, context: .empty)
    }

    func read(_ xml: String) throws -> Document {
        try TEIReader().read(bytes: Array(xml.utf8), path: "inline.tei", context: .empty)
    }

    @Test func sampleTextMatchesGold() throws {
        let document = try readSample()
        let gold = try FormatSamples.gold(Self.sample)
        #expect(document.format == .tei)
        #expect(document.text.hasPrefix(gold.first_sentence + "\n\nAbstract\n\nLabor unrest has moved"))
        #expect(document.textBeforeReferences.hasSuffix(gold.last_sentence))
        for paragraph in document.text.components(separatedBy: "\n\n") {
            #expect(!paragraph.isEmpty && !paragraph.contains("\n"))
        }
        // GROBID's adjacent callouts get their space back; footnote markers and header text stay out.
        #expect(document.text.contains("(Wallerstein 1974; Emmanuel 1972)"))
        #expect(document.text.contains("São Paulo and Ulsan. In both cases"))
        #expect(document.text.contains("\n\nFigure 1 . Waves of labor unrest in the automobile industry by region, after Silver (2003).\n\n"))
        for absent in ["GROBID", "Example University", "l.ferreyra", "labor unrest hegemony", "fig1.png"] {
            #expect(!document.text.contains(absent), "\(absent)")
        }
    }

    @Test func sampleSectionsAndNotes() throws {
        let document = try readSample()
        #expect(document.sections.map(\.heading) == [
            "Hegemonic Cycles and the Geography of Labor Unrest", "Abstract", "Introduction", "Cycles of accumulation",
            "The geography of unrest", "Conclusion", "Acknowledgements", "Notes", "References",
        ])
        let notes = try #require(document.sections.first { $0.heading == "Notes" })
        #expect(document.slice(notes.start, notes.end) == "Notes\n\nSilver counts waves rather than single events; a wave is a sustained rise in reports of unrest in one industry and country.")
        #expect(document.sections.last?.end == document.text.unicodeScalars.count)
    }

    @Test func sampleMetadata() throws {
        let document = try readSample()
        let gold = try FormatSamples.gold(Self.sample)
        #expect(document.metadata.title == gold.title)
        #expect(document.metadata.authors == gold.authors)
        #expect(document.metadata.year == gold.year)
    }

    @Test func sampleReferencesFieldByField() throws {
        let document = try readSample()
        let gold = try FormatSamples.gold(Self.sample)
        #expect(document.bibliography.map(\.id) == (0..<11).map { "b\($0)" })
        #expect(document.bibliography.count == gold.references.count)
        for (entry, expected) in zip(document.bibliography, gold.references) {
            #expect(entry.authors == expected.authors)
            #expect(entry.year == expected.year)
            #expect(entry.title == expected.title)
            #expect(document.slice(entry.start, entry.end) == entry.raw)
        }
        let article = document.bibliography[10]
        #expect(article.container == "Comparative Studies in Society and History")
        #expect(article.doi == "10.1017/S0010417500007520")
        #expect(document.bibliography[8].container == "Review (Fernand Braudel Center)")
        #expect(document.bibliography[0].container == nil)
        // GROBID's raw_reference note is the entry's text when present.
        #expect(document.bibliography[2].raw.hasPrefix("Arrighi, Giovanni, and Jessica Drangel. 1986. \"The Stratification"))
        #expect(document.bibliography[3].raw == "Arrighi, Giovanni, and Beverly J Silver. 1999. Chaos and Governance in the Modern World System.")
    }

    @Test func sampleCalloutsResolveToTheirEntries() throws {
        let document = try readSample()
        let gold = try FormatSamples.gold(Self.sample)
        #expect(document.callouts.count == gold.callouts)   // the unresolved ref (no target) is not one
        let byID = Dictionary(uniqueKeysWithValues: document.bibliography.map { ($0.id!, $0) })
        let expected: [(String, String)] = [
            ("(Wallerstein 1974;", "b10"), ("Emmanuel 1972)", "b5"), ("Silver (2003)", "b9"), ("Arrighi (1994)", "b1"),
            ("Arrighi and Silver (1999)", "b3"), ("(Goldstein 1988)", "b7"), ("(Chase-Dunn and Hall 1997;", "b4"),
            ("Arrighi and Drangel 1986)", "b2"), ("Frank (1967)", "b6"), ("Amin (1974)", "b0"),
            ("(Hopkins and Wallerstein 1986)", "b8"),
        ]
        for (callout, (span, id)) in zip(document.callouts, expected) {
            #expect(document.slice(callout.start, callout.end) == span)
            #expect(callout.targets == [id])
            let entry = try #require(byID[id])
            #expect(span.contains(entry.authors[0]) && span.contains(entry.year!))
        }
        #expect(document.text.contains("(Arrighi, Hopkins and Wallerstein 1989)"))
    }

    @Test func prefixedNamespaceAndPlainBibl() throws {
        let document = try read("""
        <tei:TEI xmlns:tei="http://www.tei-c.org/ns/1.0"><tei:teiHeader><tei:fileDesc>
        <tei:titleStmt><tei:title>Prefixed</tei:title><tei:author>Andre Gunder Frank</tei:author></tei:titleStmt>
        <tei:publicationStmt><tei:date>1998</tei:date></tei:publicationStmt></tei:fileDesc></tei:teiHeader>
        <tei:text><tei:body><tei:div><tei:head>One</tei:head><tei:p>Text<tei:note place="foot">A note citing <tei:ref type="bibr" target="#x1">Frank 1998</tei:ref>.</tei:note> here,<tei:lb/>continued <tei:choice><tei:sic>teh</tei:sic><tei:corr>the</tei:corr></tei:choice> end.</tei:p></tei:div></tei:body>
        <tei:back><tei:listBibl><tei:bibl xml:id="x1"><tei:author>Frank, Andre Gunder</tei:author>. <tei:date>1998</tei:date>. <tei:title level="m">ReOrient</tei:title>.</tei:bibl></tei:listBibl></tei:back></tei:text></tei:TEI>
        """)
        #expect(document.text == "Prefixed\n\nOne\n\nText here, continued the end.\n\nNotes\n\nA note citing Frank 1998.\n\nReferences\n\nFrank, Andre Gunder. 1998. ReOrient.")
        #expect(document.metadata == DocumentMetadata(title: "Prefixed", authors: ["Andre Gunder Frank"], year: 1998))
        let entry = try #require(document.bibliography.first)
        #expect(entry.id == "x1" && entry.authors == ["Frank, Andre Gunder"] && entry.year == "1998" && entry.title == "ReOrient")
        #expect(document.callouts.count == 1)
        #expect(document.callouts.first.map { document.slice($0.start, $0.end) } == "Frank 1998")
    }

    @Test func bibliographyDivisionIsNotRepeatedAsText() throws {
        let document = try read("""
        <TEI xmlns="http://www.tei-c.org/ns/1.0"><text><body><p>Body (<ref type="bibr" target="#r1 #r2">Amin 1974; Frank 1967</ref>).</p></body>
        <back><div type="references"><head>Bibliography</head><listBibl>
        <biblStruct xml:id="r1"><monogr><title level="m">Accumulation on a World Scale</title><author><persName><surname>Amin</surname></persName></author><imprint><date when="1974-01-01"/></imprint></monogr></biblStruct>
        <biblStruct xml:id="r2"><monogr><title level="m">Capitalism and Underdevelopment in Latin America</title><editor><persName><forename>Andre</forename><forename>Gunder</forename><surname>Frank</surname></persName></editor><imprint><date>1967b</date></imprint></monogr></biblStruct>
        </listBibl></div></back></text></TEI>
        """)
        #expect(document.text == "Body (Amin 1974; Frank 1967).\n\nReferences\n\nAmin. 1974. Accumulation on a World Scale.\n\nFrank, Andre Gunder. 1967b. Capitalism and Underdevelopment in Latin America.")
        #expect(document.bibliography.map(\.year) == ["1974", "1967b"])
        #expect(document.bibliography.map(\.authors) == [["Amin"], ["Frank"]])   // editors when no author
        #expect(document.callouts == [ReferenceCallout(targets: ["r1", "r2"], start: 6, end: 27)])
    }

    @Test func sniffsTEIRootsOnly() throws {
        let reader = TEIReader()
        #expect(reader.accepts(pathExtension: "", head: Array(try FormatSamples.bytes(Self.sample).prefix(ReaderRegistry.headSize))))
        #expect(reader.accepts(pathExtension: "", head: Array("<?xml version=\"1.0\"?>\n<tei:TEI xmlns:tei=\"http://www.tei-c.org/ns/1.0\">".utf8)))
        #expect(reader.accepts(pathExtension: "tei", head: []))
        #expect(!reader.accepts(pathExtension: "xml", head: Array("<article>".utf8)))
        #expect(throws: DocumentError.self) { try read("<teiCorpus><TEI/></teiCorpus>") }
    }
}
