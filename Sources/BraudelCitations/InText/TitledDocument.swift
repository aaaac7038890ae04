/// "an ABC News article titled, “Parents Speak Out” (2007)", "Moreno's report entitled
/// “Harbour Fees” (1999)": a name, a noun for a piece of writing, "titled"/"entitled", a quoted
/// title, then the year. The name is the author (a body named whole, a person by surname).
///
/// The noun must name a written piece (article, report, book …), so "an HBO film titled “…”
/// (2007)" is no citation; nothing else may stand between the name and the quoted title.
enum TitledDocument {
    private static let documentNouns: Set<String> = [
        "article", "report", "book", "paper", "study", "essay", "chapter", "piece", "story", "column",
        "editorial", "post", "brief", "survey", "review",
    ]
    private static let reach = 240

    static func author(_ s: [Unicode.Scalar], group: BracketGroup, known: ReferenceNames) -> (name: String, start: Int)? {
        var j = group.open - 1
        while j >= 0, CitationScalars.isSpace(s[j]) { j -= 1 }
        guard j >= 1, CitationScalars.isQuote(s[j]), s[j] != "'" else { return nil }
        let low = max(0, group.open - reach)
        var o = j - 1
        while o > low, !(CitationScalars.isQuote(s[o]) && s[o] != "'" && s[o] != "\u{2019}") { o -= 1 }
        guard o > low else { return nil }
        let t = CitationTokenizer.tokenize(s, in: max(low, o - 80)..<o)
        var k = t.count - 1
        if k >= 0, t[k].isPunct(",") { k -= 1 }
        guard k >= 2, t[k].isWord("titled") || t[k].isWord("entitled"), t[k - 1].kind == .word,
              documentNouns.contains(t[k - 1].key) else { return nil }
        var n = k - 2
        // "Moreno's report": the possessive owner.
        if n >= 1, t[n].isWord("s"), t[n - 1].kind == .punct, CitationScalars.isApostrophe(t[n - 1].first) { n -= 2 }
        guard n >= 0, let chain = NameChain.collect(t, endingAt: n, known: known) else { return nil }
        // A body is named whole: "World Bank", or a name led by an acronym ("ABC News").
        if chain.isOrganization || chain.isOrganizationWord || chain.words.first?.allCaps == true {
            return (chain.fullName(s), chain.fullStart)
        }
        return (chain.surname(s), chain.surnameStart)
    }
}
