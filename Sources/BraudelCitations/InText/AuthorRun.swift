import BraudelText

/// An author list read backwards from the year it precedes: "Modelski", "Moreno and Lee",
/// "Moreno et al.", "Arrighi, Hopkins and Wallerstein", "UNDP/ILO". Used where the material
/// before the names is not a citation prefix ("(Table 1 Moreno and Lee, 2010)").
struct AuthorRun {
    var authors: [String]
    var etAl: Bool
    /// Offset of the first name.
    var start: Int
    /// True when a comma stands between the names and the year ("Moreno, 2001").
    var commaBeforeYear: Bool

    /// The names ending right before token `year` (a comma may stand between), none of them
    /// reaching below token `floor`.
    static func before(_ year: Int, in t: [CitationToken], floor: Int, _ s: [Unicode.Scalar],
                       known: ReferenceNames) -> AuthorRun? {
        var k = year - 1
        let comma = k >= floor && t[k].isPunct(",")
        if comma { k -= 1 }
        var etAl = false
        if EtAlMarker.ends(at: k, in: t, floor: floor) {
            etAl = true
            k -= 2
            if k >= floor, t[k].isPunct(",") { k -= 1 }
        }
        guard k >= floor, let last = NameChain.collect(t, endingAt: k, known: known), last.lo >= floor else { return nil }
        // "[London: Zed Books, 1990]": a publisher after its place, not an author.
        if last.lo - 1 >= floor, PlaceNames.isImprintColon(t, last.lo - 1, floor: floor) { return nil }
        if last.isPublisher { return nil }
        if let joint = slashJoined(last, t, floor: floor, s) {
            return AuthorRun(authors: [joint.name], etAl: etAl, start: joint.start, commaBeforeYear: comma)
        }
        var chains = [last]
        var cursor = last.lo - 1
        // "Barati-Novbari/Seelow 1982": persons joined by a bare slash are co-authors, as with "and".
        let slash = cursor > floor && t[cursor].isPunct("/") && !t[cursor].gapBefore && !t[cursor + 1].gapBefore
        if cursor > floor, t[cursor].isConjunction || slash {
            var j = cursor - 1
            if j >= floor, t[j].isPunct(",") { j -= 1 }
            if j >= floor, let previous = NameChain.collect(t, endingAt: j, known: known), previous.lo >= floor {
                chains.insert(previous, at: 0)
                cursor = previous.lo - 1
                while cursor > floor, t[cursor].isPunct(","),
                      let more = NameChain.collect(t, endingAt: cursor - 1, known: known), more.lo >= floor {
                    chains.insert(more, at: 0)
                    cursor = more.lo - 1
                }
            }
        }
        if chains.count == 1, last.isOrganization {
            return AuthorRun(authors: [last.fullName(s)], etAl: etAl, start: last.fullStart, commaBeforeYear: comma)
        }
        let people = chains.map { PersonName.surname(of: $0.words.filter { !$0.isInitial }, s, known: known) }
        return AuthorRun(authors: people.map(\.name), etAl: etAl, start: people[0].start, commaBeforeYear: comma)
    }

    /// "UNDP/ILO": organizations joined by a slash without spaces are one corporate author,
    /// kept as written.
    private static func slashJoined(_ chain: NameChain, _ t: [CitationToken], floor: Int,
                                    _ s: [Unicode.Scalar]) -> (name: String, start: Int)? {
        guard chain.words.count == 1, chain.words[0].allCaps else { return nil }
        var lo = chain.lo
        while lo - 2 >= floor, t[lo - 1].isPunct("/"), !t[lo - 1].gapBefore, !t[lo].gapBefore,
              t[lo - 2].kind == .word, t[lo - 2].allCaps {
            lo -= 2
        }
        guard lo < chain.lo else { return nil }
        return (CitationScalars.string(s, t[lo].start..<t[chain.hi].end), t[lo].start)
    }
}

/// The surname within a name as a citation writes it.
enum PersonName {
    /// "Samir Amin" → "Amin", "de Souza Santos" and "Le Roy Ladurie" whole (particles),
    /// "World Bank" and "Bank of England" whole (organizations), and a multiword name whole when
    /// the reference list spells it so. A given name never becomes part of the cited author.
    /// Words the document also writes in lowercase (`common`) are ordinary words, not given
    /// names: `Global Development Finance` is a report's name, kept whole.
    static func surname(of words: [CitationToken], _ s: [Unicode.Scalar], known: ReferenceNames,
                        common: CommonWordEvidence? = nil) -> (name: String, start: Int) {
        let full = NameText.join(words, s)
        guard words.count > 1 else { return (full, words.first?.start ?? 0) }
        // A lowercase connector ("Bank of England") or an acronym ("ITU Telecom", "US Census
        // Bureau") makes the words an organization's name; persons' names hold neither.
        let organization = words.contains { !$0.capitalized && !$0.allCaps && !CitationLexicon.particles.contains($0.key) }
            || words.contains { $0.allCaps && $0.letterCount >= 2 }
            || CitationLexicon.organizationWords.contains(CitationLexicon.baseKey(words[words.count - 1].key))
        if organization || known.isSurname(full) { return (full, words[0].start) }
        let keys = words.filter { !CitationLexicon.particles.contains($0.key) }.map(\.key)
        if let common, keys.count > 1, common.allWrittenLowercase(keys) { return (full, words[0].start) }
        let range = NameText.surnameRange(words)
        return (NameText.join(Array(words[range]), s), words[range.lowerBound].start)
    }
}
