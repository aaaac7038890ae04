/// A parenthesis of years alone, "(1976: 45)", with no name before it: the author is in scope
/// only from context. The rule is deliberately narrow — a wrong author is worse than a missed
/// citation:
/// - the candidates are the authors of the citations earlier in the same paragraph, and the
///   capitalized words of that paragraph that are first authors in the document's reference list;
/// - exactly one candidate must remain;
/// - with a reference list, it must hold a work by that author in that year; without one, the
///   group must carry a locator ("(1976: 45)"), so that a date in prose ("the coup (1973)")
///   is never read as a citation.
enum BareYearGroup {
    static func work(_ t: [CitationToken], _ group: BracketGroup, _ s: [Unicode.Scalar],
                     citations: [InTextCitation], known: ReferenceNames) -> CitedWork? {
        guard let (years, next) = YearListParser.parse(t, from: 0, limit: t.count, scalars: s), next == t.count,
              years.count == 1, CitationYears.isYear(years[0].year) else { return nil }
        let paragraph = paragraphStart(s, before: group.open)
        var candidates: [[String]] = []
        for citation in citations where citation.start >= paragraph && !citation.authors.isEmpty {
            if !candidates.contains(citation.authors) { candidates.append(citation.authors) }
        }
        if !known.isEmpty {
            for token in CitationTokenizer.tokenize(s, in: paragraph..<group.open)
            where token.kind == .word && token.capitalized && known.hasWork(by: token.key, year: years[0].year) {
                let name = NameText.word(token, s)
                if !candidates.contains(where: { $0.first.map(NameFolding.compact) == NameFolding.compact(name) }) {
                    candidates.append([name])
                }
            }
        }
        guard candidates.count == 1, let authors = candidates.first, let first = authors.first else { return nil }
        if known.isEmpty {
            guard years[0].locator != nil else { return nil }
        } else {
            guard known.hasWork(by: first, year: years[0].year) else { return nil }
        }
        return CitedWork(authors: authors, etAl: false, start: nil, years: years)
    }

    /// Start of the paragraph holding `offset`: just after the last blank line before it.
    private static func paragraphStart(_ s: [Unicode.Scalar], before offset: Int) -> Int {
        var j = offset - 1
        while j > 0 {
            if s[j] == "\n", CitationScalars.isParagraphBreak(s, at: j - 1) || (j >= 1 && s[j - 1] == "\n") { return j + 1 }
            j -= 1
        }
        return 0
    }
}
