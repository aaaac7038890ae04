import Testing
@testable import BraudelDocuments

/// Markdown: front matter, markup removal, paragraphs and sections.
@Suite struct MarkdownReaderTests {
    func read(_ text: String) throws -> Document {
        try MarkdownReader().read(bytes: Array(text.utf8), path: "inline.md", context: .empty)
    }

    @Test func frontMatterFixture() throws {
        let document = try MarkdownReader().read(bytes: try Fixtures.bytes("frontmatter.md"), path: "frontmatter.md", context: .empty)
        #expect(document.format == .md)
        #expect(document.metadata.title == "Hegemony and the Long Durée")
        #expect(document.metadata.authors == ["Maria K. Okafor", "Thomas Lindqvist"])
        #expect(document.metadata.year == 2019)
        #expect(document.text == """
        Hegemony and the Long Durée

        Arrighi's systemic cycles of accumulation describe a sequence of hegemonies: Genoese, Dutch, British and American. See Arrighi 1994 and the cycles table.

        Core and semi-

        Core states concentrate capital-intensive production.

        Peripheral states export raw materials.

        Semi-peripheral states are both exploiter and exploited.

        Setext Heading

        Text with an WSA tag & an entity.
        """)
        #expect(document.sections.map(\.heading) == ["Hegemony and the Long Durée", "Core and semi-", "Setext Heading"])
        let scalars = Array(document.text.unicodeScalars)
        for section in document.sections {
            let heading = section.heading ?? ""
            #expect(String(String.UnicodeScalarView(scalars[section.start..<(section.start + heading.unicodeScalars.count)])) == heading)
        }
        #expect(document.sections.last?.end == scalars.count)
    }

    @Test func titleFromFirstHeadingWithoutFrontMatter() throws {
        let document = try read("Intro line.\n\n## Second level\n\n# The *Real* Title\n\nBody.")
        #expect(document.metadata.title == "The Real Title")
        #expect(document.metadata.authors == [])
        #expect(document.metadata.year == nil)
    }

    @Test func inlineMarkupIsRemoved() throws {
        let document = try read("""
        A **bold** and _emphasized_ word, `code`, ~~struck~~, [a link](http://x.org "t"), \
        ![image](i.png), a note[^1], <span class="x">tagged</span>, snake_case_name, 2 * 3, \\*escaped\\*, <https://example.org>.

        [^1]: The note text.
        [ref]: https://example.org/ref
        """)
        #expect(document.text == """
        A bold and emphasized word, code, struck, a link, , a note, tagged, snake_case_name, 2 * 3, *escaped*, https://example.org.

        The note text.
        """)
    }

    @Test func listsQuotesCodeAndRules() throws {
        let document = try read("""
        1. First item
           continues here.
        2) Second item
        * Starred item

        > Quoted text that
        > continues.

        ---

        ```
        let x = 1
        ```
        """)
        #expect(document.text == """
        First item continues here.

        Second item

        Starred item

        Quoted text that continues.

        let x = 1
        """)
    }

    @Test func frontMatterVariants() throws {
        let document = try read("""
        ---
        title: 'Unequal Exchange'
        author: "Arghiri Emmanuel"
        year: 1972
        ---
        Text.
        """)
        #expect(document.metadata.title == "Unequal Exchange")
        #expect(document.metadata.authors == ["Arghiri Emmanuel"])
        #expect(document.metadata.year == 1972)
        #expect(document.text == "Text.")
    }

    /// Issue 17: front matter is YAML, read by Yams — each construct the hand parser got wrong.
    @Test func frontMatterSingleQuotedStringWithEscapedQuote() throws {
        let document = try read("---\ntitle: 'Braudel''s Mediterranean'\n---\nText.")
        #expect(document.metadata.title == "Braudel's Mediterranean")
    }

    @Test func frontMatterFoldedScalar() throws {
        let document = try read("---\ntitle: >-\n  The Modern\n  World-System\nyear: 1974\n---\nText.")
        #expect(document.metadata.title == "The Modern World-System")
        #expect(document.metadata.year == 1974)
    }

    @Test func frontMatterComments() throws {
        let document = try read("---\n# draft notes\ntitle: Unequal Exchange # working title\nauthor: Arghiri Emmanuel\n---\nText.")
        #expect(document.metadata.title == "Unequal Exchange")
        #expect(document.metadata.authors == ["Arghiri Emmanuel"])
    }

    @Test func frontMatterListsBlockFlowAndCSL() throws {
        let block = try read("---\nauthors:\n  - name: Samir Amin\n    affiliation: Dakar\n  - Andre Gunder Frank\n---\nText.")
        #expect(block.metadata.authors == ["Samir Amin", "Andre Gunder Frank"])
        let flow = try read("---\nauthor: [\"Silver, Beverly\", 'Arrighi, Giovanni']\n---\nText.")
        #expect(flow.metadata.authors == ["Silver, Beverly", "Arrighi, Giovanni"])
        let csl = try read("---\nauthor:\n  - family: Chase-Dunn\n    given: Christopher\n---\nText.")
        #expect(csl.metadata.authors == ["Christopher Chase-Dunn"])
    }

    /// Issue 18: front matter broken in the middle, or nested to overflow a recursive parser, is
    /// ignored with a line-numbered warning; the body is still read.
    @Test func brokenOrHostileFrontMatterWarns() throws {
        let broken = try read("---\ntitle: Fine\nauthor: [unclosed\nyear: 1990\n---\nBody text.")
        #expect(broken.text == "Body text.")
        #expect(broken.metadata.title == nil)
        #expect(broken.warnings.count == 1 && broken.warnings[0].hasPrefix("front matter is not valid YAML (line "), "\(broken.warnings)")
        let deep = try read("---\ntitle: " + String(repeating: "[", count: 20_000) + "\n---\nBody text.")
        #expect(deep.text == "Body text.")
        #expect(deep.warnings == ["front matter nested deeper than 64 levels at line 1; metadata ignored"])
    }

    @Test func hyphenatedLineBreaksFollowTheCleanerRules() throws {
        let document = try read("The world-\nsystem and accumu-\nlation, as Chase-\nDunn says.")
        #expect(document.text == "The world-system and accumulation, as Chase-Dunn says.")
    }
}
