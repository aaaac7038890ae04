import BraudelText
/// "Moreno builds on the port books. She argues (1980: 1) that …": a bare year group right
/// after "He"/"She" and a verb takes the subject of the sentence before, when that subject
/// opens its sentence as a name and the text has already cited it as an author.
///
/// The rule resolves a pronoun, so it is narrow: the pronoun must open its sentence and be
/// followed by one or two lowercase words and the group; the group must hold one year; the
/// sentence before must open with a name followed by a lowercase verb; that name must be an
/// author of a citation earlier in the text; and, as for `BareYearGroup`, the group must carry a
/// locator or the reference list must hold that author's work of that year. Anything else gives
/// no citation.
enum PronounSubject {
    private static let pronouns: Set<String> = ["he", "she"]
    private static let reach = 400

    static func work(_ t: [CitationToken], _ group: BracketGroup, _ s: [Unicode.Scalar],
                     citations: [InTextCitation], known: ReferenceNames) -> CitedWork? {
        guard let (years, next) = YearListParser.parse(t, from: 0, limit: t.count, scalars: s), next == t.count,
              years.count == 1, CitationYears.isYear(years[0].year) else { return nil }
        let low = max(0, group.open - reach)
        guard let end = sentenceEnd(s, before: group.open, low: low) else { return nil }
        let clause = CitationTokenizer.tokenize(s, in: (end + 1)..<group.open)
        guard clause.count >= 2, clause.count <= 3, clause[0].kind == .word, clause[0].capitalized,
              pronouns.contains(clause[0].key),
              clause.dropFirst().allSatisfy({ $0.kind == .word && !$0.capitalized && !$0.allCaps }) else { return nil }
        let previousStart = (sentenceEnd(s, before: end, low: low) ?? low - 1) + 1
        let previous = CitationTokenizer.tokenize(s, in: previousStart..<min(end, previousStart + 80))
        var k = 0
        while k < previous.count, previous[k].kind == .word, previous[k].capitalized { k += 1 }
        guard k >= 1, k <= 3, k < previous.count, previous[k].kind == .word, !previous[k].capitalized,
              !previous[k].isConjunction, let subject = NameChain.collect(previous, endingAt: k - 1), subject.lo == 0
        else { return nil }
        let name = NameFolding.compact(subject.surname(s))
        guard let cited = citations.last(where: { $0.authors.count == 1 && NameFolding.compact($0.authors[0]) == name })
        else { return nil }
        // As for any bare group: a locator or the reference list tells a work from a date
        // ("He retired (1999)").
        guard years[0].locator != nil || known.hasWork(by: cited.authors[0], year: years[0].year) else { return nil }
        return CitedWork(authors: cited.authors, etAl: false, start: nil, years: years)
    }

    /// Offset of the period that ends the sentence before `offset`: a period followed by a
    /// space, after a word of two or more letters or a spaced-off period ("theory . Mandel").
    private static func sentenceEnd(_ s: [Unicode.Scalar], before offset: Int, low: Int) -> Int? {
        var j = offset - 1
        while j > low {
            if s[j] == ".", j + 1 < s.count, CitationScalars.isSpace(s[j + 1]) {
                if CitationScalars.isSpace(s[j - 1]) { return j }
                if j >= 2, ScalarClass.isLower(s[j - 1]), ScalarClass.isLetter(s[j - 2]) { return j }
            }
            j -= 1
        }
        return nil
    }
}
