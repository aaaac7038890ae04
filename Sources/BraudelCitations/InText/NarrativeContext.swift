import BraudelText
/// The owner of a possessive before a narrative year: "Moreno's *The Long Rivalry* (1981)",
/// "Amin's Eurocentrism, 1500–1900 (1989)", "Moreno's first two books (1981a, 1984b)".
enum PossessiveOwner {
    /// Lowercase words a title may hold between its capitalized ones.
    private static let titleFunctionWords: Set<String> = [
        "of", "the", "and", "a", "an", "in", "on", "for", "to", "from", "at", "by", "with", "without", "as", "or",
    ]

    /// Longest lowercase noun phrase between the possessive and the year ("first two books").
    private static let maximumPhrase = 4

    /// Index of the capitalized possessive word whose title or noun phrase runs up to token `k`.
    /// A capitalized title (with its dates, emphasis marks and quotes) always qualifies; lowercase
    /// words only when the word before the year is no name of its own (`nameEndsHere` false), so
    /// that "Frank's thesis was challenged by Laclau (1971)" still cites Laclau.
    static func index(_ t: [CitationToken], endingAt k: Int, nameEndsHere: Bool) -> Int? {
        var j = k
        var between = 0
        var lowercase = 0
        while j >= 0, k - j < 14 {
            let token = t[j]
            switch token.kind {
            case .punct:
                guard isTitleMark(token) else { return nil }
            case .number:
                between += 1
            case .word:
                if token.capitalized, CitationLexicon.baseKey(token.key) != token.key {
                    guard j < k, between > 0, lowercase == 0 || !nameEndsHere else { return nil }
                    return j
                }
                if !(token.capitalized || token.allCaps || titleFunctionWords.contains(token.key)
                     || isSplitTail(t, at: j)) {
                    lowercase += 1
                    guard lowercase <= maximumPhrase, !token.isConjunction else { return nil }
                }
                between += 1
            }
            j -= 1
        }
        return nil
    }

    /// "Th e Modern World-System": PDF extraction cuts a word after its "Th" ligature; the
    /// lowercase tail belongs to the capitalized word and is no phrase word of its own.
    private static func isSplitTail(_ t: [CitationToken], at j: Int) -> Bool {
        guard j >= 1, t[j].letterCount <= 3, !t[j].capitalized else { return false }
        let head = t[j - 1]
        return head.kind == .word && head.capitalized && head.letterCount == 2 && !head.hasPeriod
            && head.key == "th"
    }

    /// Punctuation inside a title or around it: commas, colons, dashes of a date range,
    /// emphasis marks and quotation marks.
    private static func isTitleMark(_ token: CitationToken) -> Bool {
        token.isPunct(",") || token.isPunct(":") || token.isPunct("*") || token.isPunct("_")
            || CitationScalars.isDash(token.first) || (CitationScalars.isQuote(token.first) && token.first != "'")
    }
}

/// Names before a year that are not authors of a text.
enum NotAuthor {
    /// "PhD in Political Science from the University of X (2012)", "a degree from UFRGS (2007)":
    /// the body after "from" granted a degree, dated by the year.
    static func degreeGranter(_ t: [CitationToken], before lo: Int) -> Bool {
        guard lo >= 2, t[lo - 1].isWord("from") || (t[lo - 1].isWord("the") && lo >= 3 && t[lo - 2].isWord("from")) else { return false }
        return t[..<lo].contains { $0.kind == .word && CitationLexicon.degrees.contains($0.key) }
    }

    /// "published by Verso (2012)", "London: Verso (2012)" (an imprint), "portrait by Jacques
    /// Moreau (1861)" (the maker of a picture).
    /// A person named in full after "published by" ("published by Angus Maddison (2001)") is
    /// an author; a bare name there is a publisher unless the reference list knows it.
    static func publisherOrMaker(_ t: [CitationToken], before lo: Int, _ s: [Unicode.Scalar],
                                 chains: [NameChain], known: ReferenceNames) -> Bool {
        if degreeGranter(t, before: lo) { return true }
        if lo >= 2, t[lo - 1].isWord("by"), t[lo - 2].kind == .word {
            let agent = t[lo - 2].key
            if CitationLexicon.artworks.contains(agent) { return true }
            if CitationLexicon.imprintVerbs.contains(agent), chains.count == 1, chains[0].words.count == 1,
               !known.isSurname(chains[0].fullName(s)) {
                return true
            }
        }
        guard lo < t.count, lo == 0 || t[lo - 1].isPunct(":") else { return false }
        return followsImprintPlace(s, before: lo == 0 ? t[0].start : t[lo - 1].start + 1)
    }

    /// True when the text before `offset` ends with "Place:" ("New York:", "London:").
    private static func followsImprintPlace(_ s: [Unicode.Scalar], before offset: Int) -> Bool {
        var j = offset - 1
        while j >= 0, CitationScalars.isSpace(s[j]) { j -= 1 }
        guard j >= 1, s[j] == ":" else { return false }
        var start = j
        var words = 0
        while start > 0, words < 3 {
            var k = start - 1
            while k >= 0, s[k] == " " { k -= 1 }
            var w = k
            while w >= 0, ScalarClass.isLetter(s[w]) { w -= 1 }
            guard w < k, ScalarClass.isUpper(s[w + 1]) else { break }
            start = w + 1
            words += 1
            if PlaceNames.place(NameFolding.words(CitationScalars.string(s, start..<j))) != nil { return true }
        }
        return false
    }
}

/// "Ar righi (1994)", "Mande l (1975)": a surname split by a stray space in extraction,
/// repaired only when the whole word is attested — in the reference list or elsewhere in the
/// document.
enum SplitSurname {
    static func repair(_ t: [CitationToken], endingAt k: Int, _ s: [Unicode.Scalar],
                       known: ReferenceNames) -> (name: String, start: Int)? {
        guard k >= 1 else { return nil }
        let head = t[k - 1], tail = t[k]
        // One side of a split is short ("Ba rretto", "Mande l"); a function word after a name
        // ("Smith in") is no fragment.
        guard tail.kind == .word, !tail.capitalized, tail.gapBefore, !tail.hasPeriod,
              head.kind == .word, head.capitalized, !head.hasPeriod, min(head.letterCount, tail.letterCount) <= 3,
              !CitationLexicon.isNonName(head), !CitationLexicon.particles.contains(head.key),
              !CitationLexicon.nonNames.contains(tail.key) else { return nil }
        let joined = NameText.word(head, s) + NameText.word(tail, s)
        guard known.isSurname(joined) || occursAsWord(Array(joined.unicodeScalars), in: s, near: head.start) else { return nil }
        return (joined, head.start)
    }

    /// How far from the damaged word the whole word is looked for: the scan stays linear in
    /// the document however many candidates it holds.
    static let attestationRadius = 20_000

    /// "Wallersteins first volume of …": a possessive whose apostrophe extraction lost. The
    /// name loses its "s" only when the shorter form is attested and the longer one is not a
    /// known surname.
    static func withoutLostApostrophe(_ name: String, at offset: Int, _ s: [Unicode.Scalar], known: ReferenceNames) -> String {
        guard name.hasSuffix("s"), !name.hasSuffix("ss"), name.count >= 5, !known.isSurname(name) else { return name }
        let stem = String(name.dropLast())
        return known.isSurname(stem) || occursAsWord(Array(stem.unicodeScalars), in: s, near: offset) ? stem : name
    }

    private static func occursAsWord(_ word: [Unicode.Scalar], in s: [Unicode.Scalar], near offset: Int) -> Bool {
        guard let first = word.first, word.count >= 4 else { return false }
        var i = max(0, offset - attestationRadius)
        let last = min(s.count, offset + attestationRadius) - word.count
        while i <= last {
            if s[i] == first, i == 0 || !ScalarClass.isLetter(s[i - 1]),
               s[i..<(i + word.count)].elementsEqual(word),
               i + word.count == s.count || !ScalarClass.isLetter(s[i + word.count]) {
                return true
            }
            i += 1
        }
        return false
    }
}
