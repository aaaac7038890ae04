/// "John A. Hobson, (Imperialism: A Study, 1902)", "Helga Strand (1880-1941), (The Last Ledger,
/// 1936)": a person's full name and a comma, then a parenthesis holding only a title and the
/// year after a comma — the work's title and date set after its author, as surveys and student
/// essays list them. The author is the name before the comma (life dates between are skipped);
/// the title's words never are.
///
/// The shape is narrow on purpose: the group must open with a capitalized word, hold at least
/// two words and nothing after the year, and the name must be a person's with a given name or
/// initial before the surname, so a place or a single word before a comma never becomes an
/// author.
enum NoteTitleGroup {
    /// How far before the group the name may begin.
    private static let reach = 80

    static func work(_ t: [CitationToken], _ group: BracketGroup, _ s: [Unicode.Scalar],
                     known: ReferenceNames) -> CitedWork? {
        guard t.count >= 4, t[0].kind == .word, t[0].capitalized, t[t.count - 2].isPunct(","),
              let (years, next) = YearListParser.parse(t, from: t.count - 1, limit: t.count, scalars: s),
              next == t.count, years.count == 1, CitationYears.isYear(years[0].year),
              t[0..<(t.count - 2)].allSatisfy({ $0.kind != .number }),
              t[0..<(t.count - 2)].filter({ $0.kind == .word }).count >= 2 else { return nil }
        var j = group.open - 1
        while j >= 0, CitationScalars.isSpace(s[j]) { j -= 1 }
        guard j >= 0, s[j] == "," else { return nil }
        let before = CitationTokenizer.tokenize(s, in: max(0, j - reach)..<j)
        var k = before.count - 1
        // Life dates between the name and the comma: "Lenin (1870-1924),".
        if k >= 4, before[k].isPunct(")"), before[k - 1].kind == .number, before[k - 3].kind == .number,
           before[k - 4].isPunct("(") {
            k -= 5
        }
        guard k >= 1, let chain = NameChain.collect(before, endingAt: k, known: known), chain.words.count >= 2,
              !chain.isOrganization, !chain.isPublisher else { return nil }
        let surnameStart = chain.surnameStart
        return CitedWork(authors: [chain.surname(s)], etAl: false, start: surnameStart, years: years)
    }
}
