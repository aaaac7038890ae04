import Testing
@testable import BraudelDocuments

/// HTML through libxml2: main content, chrome removed, metadata from meta tags, no XXE.
@Suite struct HTMLReaderTests {
    func read(_ html: String) throws -> Document {
        try HTMLReader().read(bytes: Array(html.utf8), path: "inline.html", context: .empty)
    }

    @Test func articleFixture() throws {
        let document = try HTMLReader().read(bytes: try Fixtures.bytes("article.html"), path: "article.html", context: .empty)
        #expect(document.format == .html)
        #expect(document.text == """
        Semiperiphery Revisited

        The semiperiphery is a structural position\u{00A0}between core and periphery (Chase-Dunn & Hall 1997).

        Mobility

        Some states rise.

        Others fall.

        Brazil

        South Korea

        Core Periphery
        """)
        #expect(document.metadata.title == "Semiperiphery Revisited")
        #expect(document.metadata.authors == ["Okafor, Maria K.", "Lindqvist, Thomas"])
        #expect(document.metadata.year == 2003)
        #expect(document.sections.map(\.heading) == ["Semiperiphery Revisited", "Mobility"])
        for chrome in ["Home", "tracking", "font-family", "Related", "Search", "JavaScript", "injected", "Example Journal"] {
            #expect(!document.text.contains(chrome))
        }
    }

    @Test func dublinCoreAndTitleFallbacks() throws {
        let dublinCore = try read("""
        <html><head><title>Page title</title>
        <meta name="DC.title" content="Dublin Core Title"><meta name="DC.creator" content="Amin, Samir">
        <meta name="DC.creator" content="Frank, Andre Gunder"><meta name="DC.date" content="1990-05-01">
        </head><body><p>Body.</p></body></html>
        """)
        #expect(dublinCore.metadata.title == "Dublin Core Title")
        #expect(dublinCore.metadata.authors == ["Amin, Samir", "Frank, Andre Gunder"])
        #expect(dublinCore.metadata.year == 1990)
        let plain = try read("<html><head><title>Only a &amp; title</title></head><body><div>Text <b>bold</b></div></body></html>")
        #expect(plain.metadata.title == "Only a & title")
        #expect(plain.metadata.year == nil)
        #expect(plain.text == "Only a & title\n\nText bold")   // the title leads the text
    }

    @Test func titleOutsideTheArticleLeadsTheText() throws {
        let document = try read("""
        <html><head><title>Site | Labor and the Pink Tide</title>
        <meta name="citation_title" content="Labor and the Pink Tide"></head>
        <body><header><h1>Labor and the Pink Tide</h1></header><article><h2>Intro</h2><p>Workers.</p></article></body></html>
        """)
        #expect(document.text == "Labor and the Pink Tide\n\nIntro\n\nWorkers.")
        #expect(document.sections.first?.heading == "Labor and the Pink Tide")
        let scalars = Array(document.text.unicodeScalars)
        for section in document.sections { #expect(section.end <= scalars.count) }
        let already = try read("<html><head><title>Intro</title></head><body><article><h1>Intro</h1><p>Text.</p></article></body></html>")
        #expect(already.text == "Intro\n\nText.")
    }

    @Test func mainIsPreferredOverBody() throws {
        let document = try read("<body><div>Sidebar junk</div><main><p>Main text.</p></main></body>")
        #expect(document.text == "Main text.")
    }

    @Test func externalEntitiesAndSystemDoctypeAreNeverLoaded() throws {
        let document = try HTMLReader().read(bytes: try Fixtures.bytes("xxe.html"), path: "xxe.html", context: .empty)
        #expect(!document.text.contains("root:"))
        #expect(!document.text.contains("/bin/"))
        #expect(document.text == "XXE probe\n\nBefore &xxe; after.")
        #expect(document.metadata.title == "XXE probe")
    }

    @Test func legacyCharsetDeclaredInMeta() throws {
        let html = Array("<html><head><meta charset=\"windows-1252\"></head><body><p>".utf8) + [0x93, 0x63, 0x6F, 0x72, 0x65, 0x94, 0x20, 0x96, 0x20, 0xE9]
            + Array("</p></body></html>".utf8)
        let document = try HTMLReader().read(bytes: html, path: "legacy.html", context: .empty)
        #expect(document.text == "\u{201C}core\u{201D} \u{2013} é")
    }

    @Test func utf8PageWithLatin1DeclarationIsNotDoubleDecoded() throws {
        let document = try read("<html><head><meta charset=\"iso-8859-1\"></head><body><p>Braudel’s durée</p></body></html>")
        #expect(document.text == "Braudel’s durée")
    }

    @Test func nestedMarkupIsWalkedWithoutRecursion() throws {
        func nested(_ depth: Int) -> String {
            "<html><body><p>top</p>" + String(repeating: "<div>", count: depth) + "<span>deep</span>"
                + String(repeating: "</div>", count: depth) + "<p>bottom</p></body></html>"
        }
        #expect(try read(nested(200)).text == "top\n\ndeep\n\nbottom")
        #expect(try read(nested(20000)).text == "top\n\ndeep\n\nbottom")
    }

    /// Issue 18, failure 10: text nested below libxml2's default depth limit (256) was dropped
    /// silently, and so was everything after it. Deep pages are now read whole.
    @Test(arguments: [300, 3_000, 300_000])
    func deeplyNestedTextIsRead(depth: Int) throws {
        let html = "<html><body><p>Before the nest.</p>" + String(repeating: "<div>", count: depth)
            + "Deep within the semiperiphery." + String(repeating: "</div>", count: depth)
            + "<p>After the nest: hegemony.</p></body></html>"
        let document = try HTMLReader().read(bytes: Array(html.utf8), path: "deep.html", context: .empty)
        #expect(document.text.contains("Before the nest."))
        #expect(document.text.contains("Deep within the semiperiphery."))
        #expect(document.text.contains("After the nest: hegemony."))
    }
}

/// Documents are read in parallel by the pipeline; libxml2 must be set up for that.
@Test func htmlPagesReadConcurrentlyGiveTheSameText() async throws {
    let bytes = try Fixtures.bytes("article.html")
    let expected = try HTMLReader().read(bytes: bytes, path: "article.html", context: .empty).text
    let texts = try await withThrowingTaskGroup(of: String.self) { group in
        for _ in 0..<16 {
            group.addTask { try HTMLReader().read(bytes: bytes, path: "article.html", context: .empty).text }
        }
        return try await group.reduce(into: [String]()) { $0.append($1) }
    }
    #expect(texts.count == 16)
    #expect(texts.allSatisfy { $0 == expected })

}
