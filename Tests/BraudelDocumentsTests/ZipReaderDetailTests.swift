import Foundation
import Testing
@testable import BraudelDocuments

/// What the DOCX, ODT and EPUB readers do with the constructs real documents carry beyond the
/// pandoc samples: localized heading styles, tracked changes, field codes, alternate content,
/// endnotes, placeholder authors, and the year policy.
@Suite struct ZipReaderDetailTests {
    static let w = "xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\""

    @Test func docxRunsStylesAndRevisions() throws {
        let styles = """
        <w:styles \(Self.w)><w:style w:type="paragraph" w:styleId="berschrift1"><w:name w:val="heading 1"/></w:style>\
        <w:style w:type="paragraph" w:styleId="Kapitel"><w:basedOn w:val="Gliederung"/></w:style>\
        <w:style w:type="paragraph" w:styleId="Gliederung"><w:pPr><w:outlineLvl w:val="1"/></w:pPr></w:style>\
        <w:style w:type="paragraph" w:styleId="Untertitel"><w:name w:val="Subtitle"/><w:basedOn w:val="Title"/></w:style></w:styles>
        """
        let body = """
        <w:p><w:pPr><w:pStyle w:val="berschrift1"/></w:pPr><w:r><w:t>Die Semiperipherie</w:t></w:r></w:p>\
        <w:p><w:pPr><w:pStyle w:val="Untertitel"/></w:pPr><w:r><w:t>not a heading</w:t></w:r></w:p>\
        <w:p><w:r><w:t xml:space="preserve">Core</w:t><w:tab/><w:t>and</w:t><w:br/><w:t>periphery</w:t></w:r>\
        <w:del><w:r><w:delText>DELETED</w:delText></w:r></w:del><w:r><w:fldChar w:fldCharType="begin"/></w:r>\
        <w:r><w:instrText> ADDIN ZOTERO_ITEM CSL_CITATION {"json":1} </w:instrText></w:r><w:r><w:fldChar w:fldCharType="separate"/></w:r>\
        <w:r><w:t xml:space="preserve"> (Arrighi 1994)</w:t></w:r><w:r><w:fldChar w:fldCharType="end"/></w:r>\
        <w:r><w:t>.</w:t></w:r><w:r><w:endnoteReference w:id="2"/></w:r></w:p>\
        <w:p><w:pPr><w:pStyle w:val="Kapitel"/></w:pPr><w:r><w:t>Outline-level heading</w:t></w:r></w:p>\
        <w:p><w:r><mc:AlternateContent><mc:Choice Requires="wps"><w:t>Shown once.</w:t></mc:Choice>\
        <mc:Fallback><w:t>Shown once.</w:t></mc:Fallback></mc:AlternateContent></w:r></w:p>\
        <w:tbl><w:tr><w:tc><w:p><w:r><w:t>Cell A</w:t></w:r></w:p></w:tc><w:tc><w:p><w:r><w:t>Cell B</w:t></w:r></w:p></w:tc></w:tr></w:tbl>
        """
        let endnotes = """
        <w:endnotes \(Self.w)><w:endnote w:type="separator" w:id="0"><w:p><w:r><w:separator/></w:r></w:p></w:endnote>\
        <w:endnote w:id="2"><w:p><w:r><w:endnoteRef/></w:r><w:r><w:t xml:space="preserve"> See Wallerstein (1974).</w:t></w:r></w:p></w:endnote></w:endnotes>
        """
        let bytes = try ZipFixtureBuilder.docx(body: body, extra: [
            ZipFixtureBuilder.entry("word/styles.xml", styles), ZipFixtureBuilder.entry("word/endnotes.xml", endnotes),
        ])
        let document = try DOCXReader().read(bytes: bytes, path: "detail.docx", context: .empty)
        #expect(document.text == """
        Die Semiperipherie

        not a heading

        Core and periphery (Arrighi 1994).

        Outline-level heading

        Shown once.

        Cell A

        Cell B

        Notes

        See Wallerstein (1974).
        """)
        #expect(document.sections.map(\.heading) == ["Die Semiperipherie", "Outline-level heading", "Notes"])
        #expect(document.metadata.title == nil || document.metadata.title == "Die Semiperipherie")
    }

    func docxWithProperties(core: String, custom: String? = nil, body: String) throws -> Document {
        var extra = [ZipFixtureBuilder.entry("docProps/core.xml", """
        <cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" \
        xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/">\(core)</cp:coreProperties>
        """)]
        if let custom { extra.append(ZipFixtureBuilder.entry("docProps/custom.xml", "<Properties>\(custom)</Properties>")) }
        return try DOCXReader().read(bytes: try ZipFixtureBuilder.docx(body: body, extra: extra), path: "meta.docx", context: .empty)
    }

    static func paragraphs(_ lines: [String]) -> String {
        lines.map { "<w:p><w:r><w:t>\($0)</w:t></w:r></w:p>" }.joined()
    }

    @Test func docxYearPolicy() throws {
        let titled = Self.paragraphs(["The Long Twentieth Century Revisited", "Giovanni Rossi", "Published March 2003",
                                      "The argument begins with Braudel and the longue durée of capitalism."])
        // File timestamp only, but the title block is dated: the title block wins.
        let dated = try docxWithProperties(core: "<dcterms:created>2016-04-02T10:00:00Z</dcterms:created>", body: titled)
        #expect(dated.metadata.year == 2003)
        // A date someone chose beats the title block.
        let chosen = try docxWithProperties(core: "<dcterms:issued>1999</dcterms:issued><dcterms:created>2016-04-02T10:00:00Z</dcterms:created>", body: titled)
        #expect(chosen.metadata.year == 1999)
        let custom = try docxWithProperties(core: "<dcterms:created>2016-04-02T10:00:00Z</dcterms:created>",
                                            custom: "<property name=\"Date\"><vt:lpwstr xmlns:vt=\"v\">Spring 2001</vt:lpwstr></property>", body: titled)
        #expect(custom.metadata.year == 2001)
        // Nothing else: the file's creation year.
        let undated = try docxWithProperties(core: "<dcterms:created>2016-04-02T10:00:00Z</dcterms:created>",
                                             body: Self.paragraphs(["Plain prose about hegemony and its cycles runs on here."]))
        #expect(undated.metadata.year == 2016)
    }

    @Test func docxCreatorsAndTitleFallback() throws {
        let body = Self.paragraphs(["Unequal Exchange Reconsidered", "Samira Haddad and Jonas Berg", "Abstract",
                                    "Unequal exchange is a transfer of value through trade."])
        let split = try docxWithProperties(core: "<dc:title>Unequal Exchange</dc:title><dc:creator>Samira Haddad and Jonas Berg</dc:creator>", body: body)
        #expect(split.metadata.title == "Unequal Exchange")
        #expect(split.metadata.authors == ["Samira Haddad", "Jonas Berg"])
        // A placeholder account name and an empty title: the title block stands in.
        let placeholder = try docxWithProperties(core: "<dc:title></dc:title><dc:creator>Microsoft Office User</dc:creator>", body: body)
        #expect(placeholder.metadata.title == "Unequal Exchange Reconsidered")
        #expect(placeholder.metadata.authors == ["Samira Haddad", "Jonas Berg"])
    }

    @Test func whitespaceCollapsesButKeepsDashesAndNoBreakSpaces() {
        #expect(WhitespaceCollapser.collapse("  core\t\n\r periphery \u{2028}semi\u{2029}\u{85}periphery  ") == "core periphery semi periphery")
        #expect(WhitespaceCollapser.collapse("1950\u{2013}1973 \u{2014} a\u{00A0}b \u{2026}") == "1950\u{2013}1973 \u{2014} a\u{00A0}b \u{2026}")
        #expect(WhitespaceCollapser.collapse("Köhler’s\u{2019}\u{E2}") == "Köhler’s\u{2019}\u{E2}")
        #expect(WhitespaceCollapser.collapse(" \n ").isEmpty)
    }

    @Test func creatorFieldsSplit() {
        #expect(CreatorNames.split("Adaeze N. Okonkwo; Lars Petersen") == ["Adaeze N. Okonkwo", "Lars Petersen"])
        #expect(CreatorNames.split("Giovanni Arrighi & Beverly J. Silver") == ["Giovanni Arrighi", "Beverly J. Silver"])
        #expect(CreatorNames.split("Giovanni Arrighi, Terence K. Hopkins and Immanuel Wallerstein")
                == ["Giovanni Arrighi", "Terence K. Hopkins", "Immanuel Wallerstein"])
        #expect(CreatorNames.split("Wallerstein, Immanuel") == ["Wallerstein, Immanuel"])
        #expect(CreatorNames.split("Arrighi, G. and Silver, B.") == ["Arrighi, G.", "Silver, B."])
        #expect(CreatorNames.split("Administrator").isEmpty)
    }

    @Test func odtNotesSpacesAndSkippedParts() throws {
        let t = "xmlns:text=\"urn:oasis:names:tc:opendocument:xmlns:text:1.0\""
        let content = """
        <office:document-content xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" \(t) \
        xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0"><office:automatic-styles>\
        <style:style style:name="P1" style:family="paragraph" style:parent-style-name="Title"/></office:automatic-styles>\
        <office:body><office:text><text:tracked-changes><text:changed-region><text:deletion><text:p>GONE</text:p>\
        </text:deletion></text:changed-region></text:tracked-changes>\
        <text:table-of-content><text:index-body><text:p>Contents 1</text:p></text:index-body></text:table-of-content>\
        <text:p text:style-name="P1">The Kondratieff Debate</text:p>\
        <text:h text:outline-level="1">Long Waves</text:h>\
        <text:p>Prices<text:s text:c="3"/>rose<text:tab/>and<text:line-break/>fell.<text:note text:note-class="footnote">\
        <text:note-citation>1</text:note-citation><text:note-body><text:p>See Goldstein (1988).</text:p></text:note-body></text:note>\
        <office:annotation><text:p>COMMENT</text:p></office:annotation> Again.</text:p>\
        <text:list><text:list-item><text:p>First item</text:p></text:list-item></text:list>\
        <text:p>End.<text:note text:note-class="endnote"><text:note-citation>i</text:note-citation><text:note-body>\
        <text:p>An endnote.</text:p></text:note-body></text:note></text:p></office:text></office:body></office:document-content>
        """
        let meta = """
        <office:document-meta xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" \
        xmlns:meta="urn:oasis:names:tc:opendocument:xmlns:meta:1.0" xmlns:dc="http://purl.org/dc/elements/1.1/"><office:meta>\
        <meta:initial-creator>Joshua S. Goldberg</meta:initial-creator><dc:creator>Office Assistant</dc:creator>\
        <meta:creation-date>2012-01-01T00:00:00</meta:creation-date></office:meta></office:document-meta>
        """
        let bytes = try ZipFixtureBuilder.zip([
            ZipFixtureBuilder.entry("mimetype", "application/vnd.oasis.opendocument.text", deflate: false),
            ZipFixtureBuilder.entry("content.xml", content), ZipFixtureBuilder.entry("meta.xml", meta),
        ])
        #expect(ODTReader().accepts(pathExtension: "", head: Array(bytes.prefix(1024))))
        #expect(!DOCXReader().accepts(pathExtension: "", head: Array(bytes.prefix(1024))))
        #expect(!EPUBReader().accepts(pathExtension: "", head: Array(bytes.prefix(1024))))
        let document = try ODTReader().read(bytes: bytes, path: "waves.odt", context: .empty)
        #expect(document.text == """
        The Kondratieff Debate

        Long Waves

        Prices rose and fell. Again.

        First item

        End.

        Notes

        See Goldstein (1988).

        An endnote.
        """)
        #expect(document.sections.map(\.heading) == ["The Kondratieff Debate", "Long Waves", "Notes"])
        #expect(document.metadata.authors == ["Joshua S. Goldberg"])
        #expect(document.metadata.title == "The Kondratieff Debate")
        #expect(document.metadata.year == 2012)
        let noContent = try ZipFixtureBuilder.zip([ZipFixtureBuilder.entry("mimetype", "application/vnd.oasis.opendocument.text", deflate: false)])
        #expect(throws: DocumentError.self) { try ODTReader().read(bytes: noContent, path: "empty.odt", context: .empty) }
    }

    @Test func epub2WithRolesAndAsideNotes() throws {
        let opf = """
        <package xmlns="http://www.idpf.org/2007/opf" xmlns:opf="http://www.idpf.org/2007/opf" version="2.0">\
        <metadata xmlns:dc="http://purl.org/dc/elements/1.1/"><dc:title>World Revolutions</dc:title>\
        <dc:creator opf:role="aut">Amina Diallo</dc:creator><dc:creator opf:role="edt">An Editor</dc:creator>\
        <dc:date opf:event="modification">2020-01-01</dc:date><dc:date opf:event="publication">2011</dc:date></metadata>\
        <manifest><item id="toc" href="toc.xhtml" media-type="application/xhtml+xml" properties="nav"/>\
        <item id="a" href="Text/ch%201.xhtml" media-type="application/xhtml+xml"/>\
        <item id="b" href="Text/ch2.xhtml" media-type="application/xhtml+xml"/>\
        <item id="img" href="cover.jpg" media-type="image/jpeg"/></manifest>\
        <spine><itemref idref="toc"/><itemref idref="img"/><itemref idref="a"/><itemref idref="b"/></spine></package>
        """
        let chapter1 = """
        <?xml version="1.0" encoding="utf-8"?><!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.1//EN" "http://www.w3.org/TR/xhtml11/DTD/xhtml11.dtd">
        <html xmlns="http://www.w3.org/1999/xhtml" xmlns:epub="http://www.idpf.org/2007/ops"><head><title>Book</title></head>
        <body><p>1968 was a world revolution<a epub:type="noteref" href="#n1">1</a>&nbsp;in the strict sense.</p>
        <aside epub:type="footnote" id="n1"><p><a href="#r1">1</a> Arrighi, Hopkins and Wallerstein (1989).</p></aside></body></html>
        """
        let chapter2 = "<html><body><h2>1989</h2><p>The second revolution.</p></body></html>"
        let bytes = try ZipFixtureBuilder.zip([
            ZipFixtureBuilder.entry("mimetype", "application/epub+zip", deflate: false),
            ZipFixtureBuilder.entry("META-INF/container.xml", """
            <container xmlns="urn:oasis:names:tc:opendocument:xmlns:container"><rootfiles>\
            <rootfile full-path="OEBPS/content.opf" media-type="application/oebps-package+xml"/></rootfiles></container>
            """),
            ZipFixtureBuilder.entry("OEBPS/content.opf", opf),
            ZipFixtureBuilder.entry("OEBPS/toc.xhtml", "<html><body><nav><ol><li>TOC ENTRY</li></ol></nav><p>TOC PAGE</p></body></html>"),
            ZipFixtureBuilder.entry("OEBPS/Text/ch 1.xhtml", chapter1),
            ZipFixtureBuilder.entry("OEBPS/Text/ch2.xhtml", chapter2),
        ])
        let document = try EPUBReader().read(bytes: bytes, path: "rev.epub", context: .empty)
        #expect(document.text == "1968 was a world revolution\u{00A0}in the strict sense.\n\n1989\n\nThe second revolution.\n\nNotes\n\nArrighi, Hopkins and Wallerstein (1989).")
        #expect(document.sections.map(\.heading) == [nil, "1989", "Notes"])
        #expect(document.metadata.title == "World Revolutions")
        #expect(document.metadata.authors == ["Amina Diallo"])
        #expect(document.metadata.year == 2011)
    }
}
