import BraudelText
/// "In The Long Rivalry: Ports and Power (1981), Moreno traces …": a sentence that opens with
/// "In" and a capitalized title, the year group, a comma, then the author as the subject of the
/// sentence. The title's last word is never the author; the subject is.
///
/// The rule attaches an author from outside the group, so it asks for the whole shape and
/// gives nothing otherwise: the sentence must start with "In" and a capitalized word, the group
/// must be followed by ", ", then by exactly one name (given names allowed) and a lowercase verb.
/// "In Ports and Power (1981), the author …" or "In Ports (1981), Moreno and Lee …" give no
/// citation.
enum TitleFirstAuthor {
    /// How far back the sentence may start, and how far after the group the subject may end.
    private static let reach = 220

    /// The subject's surname and its token range start, or nil when the shape is not complete.
    static func author(_ s: [Unicode.Scalar], group: BracketGroup, floor: Int,
                       known: ReferenceNames) -> (name: String, start: Int)? {
        guard opensWithIn(s, before: group.open, floor: floor) else { return nil }
        let from = group.close + 1
        guard from + 1 < s.count, s[from] == ",", CitationScalars.isSpace(s[from + 1]) else { return nil }
        let t = CitationTokenizer.tokenize(s, in: (from + 1)..<min(s.count, from + 1 + 80))
        var k = 0
        while k < t.count, t[k].kind == .word, t[k].capitalized || t[k].isInitial { k += 1 }
        guard k >= 1, k <= 3, k < t.count, t[k].kind == .word, !t[k].capitalized, !t[k].isConjunction,
              let chain = NameChain.collect(t, endingAt: k - 1, known: known), chain.lo == 0,
              !chain.isOrganization, !CitationLexicon.isNonName(t[k - 1]) else { return nil }
        return (chain.surname(s), chain.surnameStart)
    }

    /// True when the sentence holding `open` starts with "In" and a capitalized word.
    private static func opensWithIn(_ s: [Unicode.Scalar], before open: Int, floor: Int) -> Bool {
        var j = open - 1
        let lowest = max(floor, open - reach)
        while j > lowest {
            let c = s[j]
            if c == "\n" || c == "(" || c == ")" || c == ";" { break }
            if c == ".", j + 1 < s.count, CitationScalars.isSpace(s[j + 1]) { break }
            j -= 1
        }
        guard j > lowest || j == floor else { return false }
        var i = j == floor && !(s[j] == "\n" || s[j] == ".") ? j : j + 1
        while i < open, CitationScalars.isSpace(s[i]) { i += 1 }
        guard i + 3 < open, s[i] == "I", s[i + 1] == "n", s[i + 2] == " " else { return false }
        return ScalarClass.isUpper(s[i + 3])
    }
}
