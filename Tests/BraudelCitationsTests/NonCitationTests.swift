import Testing
@testable import BraudelCitations

private let nonCitations: [String] = [
    "The postwar boom (1945–1973) ended in crisis.",
    "The golden age (1950-1973) ended in crisis.",
    "Profits fell in the 1990s and the late 1980s.",
    "The passage is explicit (p. 45).",
    "Incomes diverged (Table 1) and converged (Figure 2).",
    "In 1992 the IMF imposed conditions.",
    "The summit (March 1999) failed.",
    "A special issue (Winter-Spring 2004) followed.",
    "The crisis (October 2003) spread.",
    "Rosa Luxemburg (1871–1919) wrote on accumulation.",
    "The loan cost $1,999 per household.",
    "In (1999) the series breaks.",
    "Since 1999 the series breaks.",
    "As shown in Section 2 (1990) the series breaks.",
    "During (2001) and After (2002) are the two phases.",
    "The Great Depression (1929) hit the periphery.",
    "Output is measured (in 2005 dollars).",
    "The sample (N = 1999) is small.",
    "Growth (GDP 2005) was high.",
    "The data (see Table 2, 1999) are noisy.",
    "The reading (Arr ighi 199) is damaged.",
    "The reading (Wallerstein 974) is damaged.",
    "A quote [the world-economy] in brackets and (an aside from 1999 onwards).",
    "The years (1990/91) were hard.",
    "The Treaty of Versailles (1919) and the Peace of Westphalia (1648) redrew borders.",
    "Rates were set by the Bank of England (2010) at the time.",
    "The Wallerstein (1974) model is debated.",
    "The South demanded a New International Economic Order (1974) at the United Nations.",
    "Published (Cambridge: Cambridge University Press, 1999) and reviewed (Vol. 2, 1999).",
    "Review 14, no. 2 (1991): 1–20.",
]

@Test("forms that are not citations yield none", arguments: nonCitations)
func notACitation(_ sentence: String) {
    let found = CitationTestSupport.extract(sentence)
    #expect(found.isEmpty, "\(sentence) gave \(found.map { "\($0.authors) \($0.year) “\($0.text)”" })")
}

@Test("the excluded range (reference list) yields no citations")
func excludedRange() {
    let text = "Arrighi (1994) wrote.\n\nReferences\n\nArrighi, Giovanni. 1994. The Long Twentieth Century (see Braudel 1979)."
    let scalars = Array(text.unicodeScalars)
    let referencesStart = Array("Arrighi (1994) wrote.\n\n".unicodeScalars).count
    let found = InTextCitationExtractor.extract(from: scalars, excluding: referencesStart..<scalars.count)
    #expect(found.map(\.authors) == [["Arrighi"]])
    #expect(found.first?.narrative == true)
}

@Test("unbalanced and deeply nested brackets neither hang nor invent citations")
func pathologicalBrackets() {
    let text = String(repeating: "(", count: 50_000) + String(repeating: " [", count: 20_000) + " (Arrighi 1994) "
        + String(repeating: ")", count: 30_000)
    let found = CitationTestSupport.extract(text)
    #expect(found.map(\.text) == ["Arrighi 1994"])
}

/// Inputs the fuzzer found crashing the extractor; each must simply yield no citation.
@Suite struct FuzzedCitationInputTests {
    @Test func bracketOpeningTheTextWithAGroupInside() {
        // "[\0(0:]": a square bracket at offset 0 holding a parenthesis.
        let scalars = Array("[\u{0}(0:]".unicodeScalars)
        #expect(InTextCitationExtractor.extract(from: scalars).isEmpty)
    }
}
