import BraudelConcepts
import BraudelDocuments
import Foundation
import Testing
@testable import BraudelAnalysis

/// The JSON object of `braudel analyze` is a contract for programs: every key is always present.
@Suite struct AnalysisReportTests {
    @Test func jsonKeepsEveryContractKeyAndOffsetsSliceTheText() throws {
        let lexicon = try LexiconLoader.load(path: repository.appendingPathComponent("lexicons/world-systems.yaml").path)
        let text = """
        The semi-peripheral states rose (Arrighi and Silver 1999: 12; Wallerstein 1974).

        References

        Arrighi, Giovanni, and Beverly J. Silver. 1999. Chaos and Governance in the Modern World System. Minneapolis: University of Minnesota Press.
        """
        let document = Document(path: "memo.txt", format: .txt, metadata: DocumentMetadata(), text: text)
        let analysis = try Analyzer(lexicon: lexicon).analyze(document)
        let data = try JSONEncoder().encode(AnalysisReport(analysis))
        let object = try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
        let meta = try #require(object["document"] as? [String: Any])
        for key in ["path", "title", "authors", "year", "format"] { #expect(meta.keys.contains(key), "document.\(key)") }
        #expect(meta["year"] is NSNull)
        let citations = try #require(object["citations"] as? [[String: Any]])
        #expect(citations.count == 2)
        for citation in citations {
            for key in ["authors", "year", "text", "start", "end", "narrative", "locator", "reference"] {
                #expect(citation.keys.contains(key), "citation.\(key)")
            }
        }
        #expect(citations[0]["reference"] as? Int == 0)
        #expect(citations[0]["locator"] as? String == "12")
        #expect(citations[1]["reference"] is NSNull)
        let scalars = Array(text.unicodeScalars)
        let spans = citations + ((object["concepts"] as? [[String: Any]]) ?? [])
        for span in spans {
            let start = try #require(span["start"] as? Int), end = try #require(span["end"] as? Int)
            #expect(String(String.UnicodeScalarView(scalars[start..<end])) == span["text"] as? String)
        }
        let concepts = (object["concepts"] as? [[String: Any]])?.compactMap { $0["concept"] as? String }
        #expect(concepts == ["semiperiphery"])   // the reference list's "World System" is not discourse
        let references = try #require(object["references"] as? [[String: Any]])
        #expect(references.first?["title"] as? String == "Chaos and Governance in the Modern World System")
    }
}
