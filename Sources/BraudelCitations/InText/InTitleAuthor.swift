import BraudelText
/// "Moreno traced the tolls of each season in Harbour Ledgers (1981)": a clause whose subject
/// is a person, a lowercase predicate, then "in" and a capitalized title right before the year.
/// The title's last word ("Ledgers") is never the author.
///
/// Short predicates (up to four words) are the narrative parser's shape; this rule reads the
/// longer ones. Attaching the subject reaches past the words before the year, so it asks for a name
/// the document already vouches for: the subject must be an author of an earlier citation in
/// the text or of an entry in the reference list. When the clause has such a subject and a long
/// predicate but the subject is not vouched for, the group gives no citation: after a person
/// and a long predicate, capitalized words after "in" are a title far more often than a second
/// person. Without a subject ("as argued in Samira Haddad (1976)") or when the last word is a
/// vouched name or a possessive owner, the other narrative rules decide.
enum InTitleAuthor {
    enum Outcome {
        case author(name: String, start: Int)
        /// The shape of a title after "in", with nobody safe to attach.
        case none
        /// Not this shape: other rules decide.
        case notTitle
    }

    private static let reach = 200
    private static let maximumPredicate = 10
    /// The predicate length `NarrativeNameParser` reads on its own.
    private static let shortPredicate = 4

    static func decide(_ s: [Unicode.Scalar], group: BracketGroup, floor: Int, cited: [InTextCitation],
                       known: ReferenceNames) -> Outcome {
        let t = CitationTokenizer.tokenize(s, in: clauseStart(s, before: group.open, floor: floor)..<group.open)
        // The title: capitalized words (and a title's function words) back to a lowercase "in".
        var j = t.count - 1
        var capitalized = 0
        while j >= 0, t[j].kind == .word, t[j].capitalized || (capitalized > 0 && isTitleFunctionWord(t[j]) && !t[j].isWord("in")) {
            if t[j].capitalized { capitalized += 1 }
            j -= 1
        }
        guard capitalized >= 2, j >= 1, t[j].isWord("in"), !t[j].capitalized, t[j + 1].capitalized else { return .notTitle }
        let vouched = { (name: String) in
            known.isSurname(name) || cited.contains { $0.authors.contains { NameFolding.compact($0) == NameFolding.compact(name) } }
        }
        // "in Giovanni Arrighi’s (2007)": a possessive owner is a person, never a title's end.
        let last = t[t.count - 1]
        if CitationLexicon.baseKey(last.key) != last.key { return .notTitle }
        if vouched(NameText.word(last, s)) { return .notTitle }
        // The predicate: lowercase words back to the subject.
        var k = j - 1
        var predicate = 0
        while k >= 0, t[k].kind == .word, !t[k].capitalized, !t[k].allCaps, !t[k].isConjunction, predicate < maximumPredicate {
            predicate += 1
            k -= 1
        }
        // Without a person as the clause's subject the words after "in" may be a name
        // ("as argued in Samira Haddad (1976)"): other rules decide.
        guard k >= 0, let subject = NameChain.collect(t, endingAt: k, known: known),
              subject.lo == 0 || t[subject.lo - 1].kind == .punct, !subject.isOrganization else { return .notTitle }
        // "Polanyi in The Great Transformation (1944)", "Wallerstein combined these strands in
        // The Modern World-System (1974)": a subject within a short predicate is the narrative
        // parser's own shape.
        if predicate <= shortPredicate { return .notTitle }
        let name = subject.surname(s)
        guard vouched(name) else { return .none }
        return .author(name: name, start: subject.surnameStart)
    }

    private static func isTitleFunctionWord(_ token: CitationToken) -> Bool {
        ["of", "the", "and", "a", "an", "on", "for", "to", "from", "at", "with", "as"].contains(token.key)
    }

    /// Start of the clause: after a bracket, ";", ":", a sentence end, or a line break.
    private static func clauseStart(_ s: [Unicode.Scalar], before open: Int, floor: Int) -> Int {
        var j = open - 1
        let low = max(floor, open - reach)
        while j >= low {
            let c = s[j]
            if c == "(" || c == ")" || c == ";" || c == ":" || c == "\n" { return j + 1 }
            if c == ".", j + 1 < s.count, CitationScalars.isSpace(s[j + 1]), j >= 1, ScalarClass.isLower(s[j - 1]) { return j + 1 }
            j -= 1
        }
        return low
    }
}
