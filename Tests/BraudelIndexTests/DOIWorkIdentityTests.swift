import BraudelAnalysis
import BraudelCitations
import BraudelDocuments
import BraudelText
import Foundation
import Testing
@testable import BraudelIndex

/// One identity per work: entries with the same DOI in different documents are one work even
/// when their fingerprints (surname, year, title) differ, and a document listing the work
/// without a DOI still meets it by fingerprint.
@Suite struct DOIWorkIdentityTests {
    /// ASA entry with a doi.org link.
    static let asa = """
        Value chains are governed by lead firms (Gereffi, Humphrey, and Sturgeon 2005).

        References

        Gereffi, Gary, John Humphrey, and Timothy Sturgeon. 2005. “The Governance of Global Value \
        Chains.” Review of International Political Economy 12 (1): 78–104. https://doi.org/10.1080/09692290500049805.
        """

    /// APA entry of the same article dated by its online-first year, DOI in upper case after "doi:".
    static let apaOnlineFirst = """
        Chains differ in how they are coordinated (Gereffi et al., 2004).

        References

        Gereffi, G., Humphrey, J., & Sturgeon, T. (2004). Governance of global value chains. Review of \
        International Political Economy, 12(1), 78–104. doi:10.1080/09692290500049805
        """

    /// The same work listed without any DOI.
    static let noDOI = """
        Governance matters (Gereffi, Humphrey, and Sturgeon 2005).

        References

        Gereffi, Gary, John Humphrey, and Timothy Sturgeon. 2005. “The Governance of Global Value \
        Chains.” Review of International Political Economy 12 (1): 78–104.
        """

    static func analysis(_ text: String, path: String) throws -> DocumentAnalysis {
        let segmented = try Segmenter.segment(text)
        let (references, section) = ReferenceListParser.parse(segmented.scalars)
        let citations = CitationLinker.link(InTextCitationExtractor.extract(from: segmented.scalars, excluding: section),
                                            to: references)
        let document = Document(path: path, format: .txt, metadata: DocumentMetadata(title: nil, authors: [], year: nil),
                                text: text)
        return DocumentAnalysis(document: document, segmented: segmented, concepts: [], citations: citations,
                                references: references)
    }

    @Test func sameDOIIsOneWorkAcrossDocuments() throws {
        let directory = try Fixtures.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let index = try CorpusIndex(path: directory.appendingPathComponent("braudel.sqlite").path, create: true)
        let documents = [(Self.asa, "/c/asa.txt"), (Self.apaOnlineFirst, "/c/apa.txt"), (Self.noDOI, "/c/plain.txt")]
        for (text, path) in documents {
            let analysis = try Self.analysis(text, path: path)
            // The parsed entries carry the DOI and link the in-text citation.
            #expect(analysis.references.count == 1)
            #expect(analysis.citations.first?.reference == 0)
            try index.write(analysis, file: Fixtures.stamp(analysis), workKey: { CitedWorkKey(citation: $0, reference: $1).storageKey })
        }
        let works = try index.topCitedWorks()
        #expect(works.count == 1, "\(works.map(\.key))")
        #expect(works.first?.documents == 3)
        #expect(works.first?.citations == 3)
        #expect(works.first?.paths == ["/c/apa.txt", "/c/asa.txt", "/c/plain.txt"])
    }

    @Test func theSharedKeyDoesNotDependOnWritingOrder() throws {
        let documents = [(Self.asa, "/c/asa.txt"), (Self.apaOnlineFirst, "/c/apa.txt"), (Self.noDOI, "/c/plain.txt")]
        var answers = [[String]]()
        for order in [[0, 1, 2], [1, 0, 2], [2, 1, 0], [1, 2, 0]] {
            let directory = try Fixtures.temporaryDirectory()
            defer { try? FileManager.default.removeItem(at: directory) }
            let index = try CorpusIndex(path: directory.appendingPathComponent("braudel.sqlite").path, create: true)
            for position in order {
                let analysis = try Self.analysis(documents[position].0, path: documents[position].1)
                try index.write(analysis, file: Fixtures.stamp(analysis), workKey: { CitedWorkKey(citation: $0, reference: $1).storageKey })
            }
            try index.settleWorkIdentities()
            answers.append(try index.topCitedWorks().map { "\($0.key) \($0.documents)" })
        }
        #expect(Set(answers).count == 1, "\(answers)")
        #expect(answers.first == ["gereffi+etal|2005|governance global value 3"], "the print year, shared with the copy without DOI; three authors")
    }

    @Test func differentDOIsStayApartDespiteAlikeFingerprints() throws {
        let directory = try Fixtures.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let index = try CorpusIndex(path: directory.appendingPathComponent("braudel.sqlite").path, create: true)
        let other = Self.asa.replacingOccurrences(of: "10.1080/09692290500049805", with: "10.1080/09692290500049806")
        let analyses = [try Self.analysis(Self.apaOnlineFirst, path: "/c/apa.txt"), try Self.analysis(other, path: "/c/other.txt")]
        for analysis in analyses { try index.write(analysis, file: Fixtures.stamp(analysis), workKey: { CitedWorkKey(citation: $0, reference: $1).storageKey }) }
        // Different DOIs and different years: two works.
        #expect(try index.topCitedWorks().count == 2)
    }
}
