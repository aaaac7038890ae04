import Testing
@testable import BraudelDocuments

/// Reading pdfinfo's output and deciding which fields to trust.
@Suite struct PDFInfoTests {
    @Test func parsesTheFieldsItUses() {
        let output = """
        Title:           The Long Twentieth Century: Money, Power
        Author:          Giovanni Arrighi
        Creator:         Writer
        CreationDate:    2009-03-05T10:00:00+01
        Pages:           12
        Encrypted:       no
        """
        #expect(PDFInfo.parse(output) == PDFInfo(title: "The Long Twentieth Century: Money, Power",
                                                author: "Giovanni Arrighi", creationYear: 2009, pages: 12))
    }

    @Test func fileNamesAndPlaceholdersAreNotTitles() {
        for title in ["Microsoft Word - draft3.docx", "JWSR-Vol9-2.pdf", "chapter_2_final", "Untitled", "ms2019v3", "12", "untitled document"] {
            #expect(PDFInfo.isPlaceholderTitle(title), "\(title)")
        }
        for title in ["Unequal Exchange", "ReOrient", "The Modern World-System I", "1968: A World Revolution"] {
            #expect(!PDFInfo.isPlaceholderTitle(title), "\(title)")
        }
    }

    @Test func firstPageFillsWhatTheDocumentInformationLacks() {
        let firstPage = DocumentMetadata(title: "Semiperipheral States", authors: ["Maria K. Okafor"], year: 2003)
        let placeholder = PDFInfo(title: "Microsoft Word - okafor_final.doc", author: "jdoe", creationYear: 2011)
        #expect(placeholder.metadata(firstPage: firstPage) == firstPage)
        let genuine = PDFInfo(title: "Semiperipheral States in the World-Economy", author: "Maria K. Okafor; Thomas Lindqvist", creationYear: 2011)
        #expect(genuine.metadata(firstPage: firstPage) == DocumentMetadata(
            title: "Semiperipheral States in the World-Economy", authors: ["Maria K. Okafor", "Thomas Lindqvist"], year: 2003))
        // Without a dated first page, the file's creation year is the best there is.
        #expect(genuine.metadata(firstPage: DocumentMetadata()).year == 2011)
    }
}
