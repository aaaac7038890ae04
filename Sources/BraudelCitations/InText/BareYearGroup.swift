/// A parenthesis of years alone, "(1976: 45)", with no name before it: the author is in scope
/// only from context. The rule is deliberately narrow — a wrong author is worse than a missed
/// citation:
/// - the candidates are the author lists of the citations earlier in the same paragraph and
///   every other capitalized name of that paragraph (its last word);
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
        // Citations come in text order: only the tail within the paragraph is read, so a long
        // document's earlier citations are never walked again.
        var candidates: [[String]] = []
        for citation in citations.reversed() {
            guard citation.start >= paragraph else { break }
            if !citation.authors.isEmpty, !candidates.contains(citation.authors) { candidates.insert(citation.authors, at: 0) }
        }
        // Every other name in the paragraph is a candidate too: "Hopkins and Wallerstein
        // defined … (1986: 159)" after a citation of Gereffi is not Gereffi's.
        let tokens = CitationTokenizer.tokenize(s, in: paragraph..<group.open)
        for (index, token) in tokens.enumerated() where isNameHead(tokens, index) {
            let name = NameText.word(token, s)
            let folded = NameFolding.compact(name)
            guard !candidates.contains(where: { $0.contains { NameFolding.compact($0) == folded } }) else { continue }
            candidates.append([name])
        }
        if candidates.count > 1, known.isEmpty, years[0].locator != nil,
           let authors = onlyWork(of: years[0].year, citations: citations, namedIn: candidates) {
            return CitedWork(authors: authors, etAl: false, start: nil, years: years)
        }
        guard candidates.count == 1, let authors = candidates.first, let first = authors.first else { return nil }
        if known.isEmpty {
            guard years[0].locator != nil else { return nil }
        } else {
            guard known.hasWork(by: first, year: years[0].year) else { return nil }
        }
        return CitedWork(authors: authors, etAl: false, start: nil, years: years)
    }

    /// "Moreno's book (2001) … Moreno lists four traits … ‘…’ (2001, p. 5)": among several names
    /// in the paragraph, the one whose work of that year the text has already cited — when
    /// exactly one author list has a citation of that year.
    private static func onlyWork(of year: String, citations: [InTextCitation], namedIn candidates: [[String]]) -> [String]? {
        let digits = CitationYears.digits(year)
        var owners: [[String]] = []
        for citation in citations where CitationYears.digits(citation.year) == digits && !owners.contains(citation.authors) {
            owners.append(citation.authors)
        }
        guard owners.count == 1, let authors = owners.first, let first = authors.first else { return nil }
        let folded = NameFolding.compact(first)
        return candidates.contains { $0.contains { NameFolding.compact($0) == folded } } ? authors : nil
    }

    /// The last word of a capitalized name (the word after it is no name word): "Moreno" in
    /// "Moreno argued", "Lee" in "Sung Lee wrote". Sentence-opening function words never count.
    private static func isNameHead(_ t: [CitationToken], _ index: Int) -> Bool {
        let token = t[index]
        guard token.kind == .word, token.capitalized, !token.hasPeriod, token.letterCount >= 2,
              !CitationLexicon.isNonName(token) else { return false }
        return index + 1 >= t.count || !CitationLexicon.isNameWord(t[index + 1])
    }

    /// Longest stretch before the group searched for candidates: text without blank lines
    /// (a PDF extraction) must not make every bare year re-read the whole document.
    private static let scope = 3_000

    /// Start of the paragraph holding `offset`: just after the last blank line before it, at
    /// most `scope` scalars back.
    private static func paragraphStart(_ s: [Unicode.Scalar], before offset: Int) -> Int {
        var j = offset - 1
        let floor = max(0, offset - scope)
        while j > floor {
            if s[j] == "\n", CitationScalars.isParagraphBreak(s, at: j - 1) || (j >= 1 && s[j - 1] == "\n") { return j + 1 }
            j -= 1
        }
        return floor
    }
}
