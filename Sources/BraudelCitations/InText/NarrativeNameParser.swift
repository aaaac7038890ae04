import BraudelText
/// The names written before a narrative year group: "Arrighi (1994)", "Chase-Dunn and Hall
/// (1997)", "Author et al. (2008)", "Frank’s (1967)", "historian Janet Abu-Lughod (1989)".
struct NarrativeNames: Sendable {
    var authors: [String]
    var etAl: Bool
    /// Offset of the first surname: the narrative citation's span starts here.
    var start: Int
    /// True when the names own a title or phrase before the year ("Arrighi's _The Long
    /// Twentieth Century_ (…)").
    var possessive = false
}

/// Walks back from a "(year" group over the name(s) before it, within the same sentence.
enum NarrativeNameParser {
    /// How far back a narrative name may start; three authors with given names, or a name
    /// and a short title, fit easily.
    static let window = 160

    static func parse(_ s: [Unicode.Scalar], before open: Int, floor: Int,
                      known: ReferenceNames = ReferenceNames()) -> NarrativeNames? {
        let t = CitationTokenizer.tokenize(s, in: windowStart(s, before: open, floor: floor)..<open)
        var k = t.count - 1
        guard k >= 0 else { return nil }
        if let repaired = SplitSurname.repair(t, endingAt: k, s, known: known) {
            return NarrativeNames(authors: [repaired.name], etAl: false, start: repaired.start)
        }
        // "et al.’s": the possessive split off by the abbreviation's period.
        if k >= 1, t[k].isWord("s"), !t[k].gapBefore, t[k - 1].kind == .punct,
           CitationScalars.isApostrophe(t[k - 1].first) {
            k -= 2
        }
        var etAl = false
        if EtAlMarker.ends(at: k, in: t) {
            etAl = true
            k -= 2
        }
        // "Moreno's The Long Rivalry (1981)", "Moreno's first two books (1981a, 1984b)",
        // "Bunker and Ciccantell's study (2005)": the owner of the possessive is the author, and
        // the words after it (a title, a noun phrase) never are.
        var possessive = false
        let nameEndsHere = NameChain.collect(t, endingAt: k, known: known) != nil
        if !etAl, let owner = PossessiveOwner.index(t, endingAt: k, nameEndsHere: nameEndsHere),
           !(nameEndsHere && isPlace(t, owner, s, known: known)) {
            k = owner
            possessive = true
        }
        guard let last = NameChain.collect(t, endingAt: k, known: known) else { return nil }
        var chains = [last]
        var cursor = last.lo - 1
        if !etAl, cursor >= 1, t[cursor].isConjunction {
            var j = cursor - 1
            if t[j].isPunct(",") { j -= 1 }
            if let previous = NameChain.collect(t, endingAt: j, known: known) {
                chains.insert(previous, at: 0)
                cursor = previous.lo - 1
                while cursor >= 1, t[cursor].isPunct(","), let more = NameChain.collect(t, endingAt: cursor - 1, known: known) {
                    chains.insert(more, at: 0)
                    cursor = more.lo - 1
                }
            }
        }
        // "in Dunn, Kawana, Brewer (2000)": three or more one-word names joined by commas alone.
        if !etAl, chains.count == 1, let list = commaList(t, endingWith: last, known: known) {
            chains = list
            cursor = list[0].lo - 1
        }
        if !etAl, namesPlaceOrOffice(chains, t, s) { return nil }
        if NotAuthor.publisherOrMaker(t, before: chains[0].lo, s, chains: chains, known: known)
            || chains.contains(where: { $0.isPublisher || $0.isCompoundRun(s) }) {
            return nil
        }
        if possessive {
            return NarrativeNames(authors: chains.map { $0.surname(s) }, etAl: false, start: chains[0].surnameStart,
                                  possessive: true)
        }
        // "the Treaty of Versailles (1919)", "the Bank of England (2010)": a proper-noun
        // phrase, not an author.
        if cursor >= 1, t[cursor].isWord("of"), !t[cursor].capitalized, t[cursor - 1].kind == .word,
           t[cursor - 1].capitalized {
            return nil
        }
        switch titledWorkAuthor(t, before: cursor) {
        case .author(let chain):
            return NarrativeNames(authors: [chain.surname(s)], etAl: false, start: chain.surnameStart)
        case .ambiguous:
            return nil
        case .none:
            break
        }
        if let author = verbTitleAuthor(t, title: chains, before: cursor) {
            return NarrativeNames(authors: [SplitSurname.withoutLostApostrophe(author.surname(s), at: author.surnameStart, s, known: known)],
                                  etAl: false, start: author.surnameStart)
        }
        // "the Origins of Our Times (1994)", "in their Long Memories (2001)": a possessive
        // determiner opens a noun phrase or a title, never a person's name.
        if cursor >= 0, t[cursor].kind == .word, Self.possessiveDeterminers.contains(t[cursor].key) { return nil }
        let articled = cursor >= 0 && (t[cursor].isWord("the") || t[cursor].isWord("an")
            || (t[cursor].isWord("a") && !(cursor >= 1 && CitationLexicon.governsPrepositionalA.contains(t[cursor - 1].key))))
        if articled || (chains.count == 1 && chains[0].isOrganization) {
            // "the Guardian (2016)", "The Economist (2019)": after an article, one organization
            // word names the body, as the parenthetical "(The Guardian 2016)" does.
            guard chains.count == 1, chains[0].isOrganization || (articled && chains[0].isOrganizationWord) else { return nil }
            return NarrativeNames(authors: [chains[0].fullName(s)], etAl: etAl, start: chains[0].fullStart)
        }
        return NarrativeNames(authors: chains.map { $0.surname(s) }, etAl: etAl, start: chains[0].surnameStart)
    }

    /// "Brazil's Cardoso (1973)": a place's possessive modifies the name after it; a place
    /// writes no books.
    private static func isPlace(_ t: [CitationToken], _ owner: Int, _ s: [Unicode.Scalar], known: ReferenceNames) -> Bool {
        guard let chain = NameChain.collect(t, endingAt: owner, known: known) else { return false }
        return PlaceNames.place(NameFolding.words(chain.fullName(s))) != nil
    }

    /// One-word names before `last`, each after a comma, when there are at least two of them.
    private static func commaList(_ t: [CitationToken], endingWith last: NameChain, known: ReferenceNames) -> [NameChain]? {
        guard last.words.count == 1 else { return nil }
        var list = [last]
        var cursor = last.lo - 1
        while cursor >= 1, t[cursor].isPunct(","), let more = NameChain.collect(t, endingAt: cursor - 1, known: known),
              more.words.count == 1 {
            list.insert(more, at: 0)
            cursor = more.lo - 1
        }
        return list.count >= 3 ? list : nil
    }

    /// "the coup in Chile (1973)", "the conference at Bretton Woods (1944)": a place and a
    /// date; "President Lula (2003)": a term of office.
    private static func namesPlaceOrOffice(_ chains: [NameChain], _ t: [CitationToken], _ s: [Unicode.Scalar]) -> Bool {
        let first = chains[0].lo
        if first >= 1, t[first - 1].capitalized, CitationLexicon.offices.contains(t[first - 1].key) { return true }
        return PlaceNames.arePlaces(chains.map { NameFolding.words($0.fullName(s)) },
                                    before: first >= 1 ? t[first - 1] : nil, beforeThat: first >= 2 ? t[first - 2] : nil)
    }

    /// Start of the tokenized window: at most `window` scalars back, never across a blank line,
    /// `floor` or the middle of a word.
    private static func windowStart(_ s: [Unicode.Scalar], before open: Int, floor: Int) -> Int {
        var start = max(floor, open - window)
        var j = open - 1
        while j > start {
            if isClauseBoundary(s, at: j, floor: start) {
                start = j + 1
                break
            }
            j -= 1
        }
        if start > floor, start > 0 {
            while start < open, !CitationScalars.isSpace(s[start - 1]) { start += 1 }
        }
        return start
    }

    /// Marks no name reaches across: brackets, ";", ":", "!", "?", double quotes, a blank
    /// line, and a period after a word of three or more letters or a digit (a sentence end,
    /// not "et al." or an initial).
    private static func isClauseBoundary(_ s: [Unicode.Scalar], at j: Int, floor: Int) -> Bool {
        switch s[j] {
        case "(", ")", "[", "]", ";", ":", "!", "?", "\"", "\u{201C}", "\u{201D}": return true
        case "\n": return isBlankLineEnd(s, at: j, floor: floor)
        case ".":
            var k = j
            while k > floor, ScalarClass.isLetter(s[k - 1]) { k -= 1 }
            return j - k >= 3 || (j > floor && ScalarClass.isDigit(s[j - 1]))
        default: return false
        }
    }

    /// True when the newline at `index` closes a blank line (another newline before it,
    /// with only spaces between).
    private static func isBlankLineEnd(_ s: [Unicode.Scalar], at index: Int, floor: Int) -> Bool {
        var k = index - 1
        while k >= floor, s[k] == " " || s[k] == "\t" || s[k] == "\r" { k -= 1 }
        return k >= floor && s[k] == "\n"
    }

    /// "Emmanuel published Unequal Exchange (1972)", "Wallerstein combined these strands in
    /// The Modern World-System (1974)": a person, a short lowercase predicate, then a title of
    /// two or more capitalized words (or one starting with "The") right before the year.
    private static func verbTitleAuthor(_ t: [CitationToken], title chains: [NameChain], before cursor: Int) -> NameChain? {
        guard chains.count == 1, let title = chains.first else { return nil }
        var j = cursor
        let leadingArticle = j >= 0 && t[j].capitalized && ["the", "a", "an"].contains(t[j].key)
        if leadingArticle { j -= 1 }
        guard title.words.count >= 2 || leadingArticle else { return nil }
        // "Begriff von I. Wallerstein (1974)", "geht auf I. Wallerstein (1974) zurück": a chain
        // opened by an initial is a person's name, never a title.
        if title.words.first?.isInitial == true { return nil }
        let predicateEnd = j
        // "Estimates published by Angus Marek (2001)": after "by" the capitalized words are the
        // agent, not a title.
        if predicateEnd >= 0, t[predicateEnd].isWord("by") { return nil }
        let articles = Self.articles
        // "demanded a New International Economic Order (1974)": an articled name, not a title.
        if !leadingArticle, j >= 0, articles.contains(t[j].key) { return nil }
        var predicate = 0
        while j >= 0, t[j].kind == .word, !t[j].capitalized, !t[j].allCaps, predicate < 5 {
            if t[j].isConjunction { return nil }
            predicate += 1
            j -= 1
        }
        guard predicate >= 1, predicate <= 4, j >= 0 else { return nil }
        guard let author = NameChain.collect(t, endingAt: j), !author.isOrganization else { return nil }
        // "Die Theorie wird in einem Werk Neue Wege (2004) verteidigt": after an article or a
        // possessive (in any of the five languages) the capitalized word is a noun.
        if author.lo >= 1, t[author.lo - 1].kind == .word,
           articles.contains(t[author.lo - 1].key) || possessiveDeterminers.contains(t[author.lo - 1].key) || t[author.lo - 1].isWord("of") {
            return nil
        }
        return author
    }

    /// Built once, not on every call.
    private static let articles: Set<String> = ["the", "a", "an"]
    private static let possessiveDeterminers: Set<String> = ["our", "their", "his", "her", "its", "my", "your",
        // an article or possessive of French, Spanish, Portuguese or German opens a noun ("dem Versuch (1974)")
        "der", "die", "das", "dem", "den", "des", "ein", "eine", "einem", "einen", "einer", "eines", "sein", "seinem",
        "seiner", "seinen", "ihrem", "ihrer", "le", "les", "un", "une", "son", "sa", "ses", "leur", "leurs", "el", "los",
        "las", "una", "su", "sus", "os", "um", "uma", "seu", "sua", "seus", "suas"]
    private static let determiners: Set<String> = ["his", "her", "their", "its", "the", "a", "an", "our"]

    private enum TitledWork {
        case author(NameChain)
        case ambiguous
        case none
    }

    /// "Author in his Book Title (1935)", "Polanyi in The Great Transformation (1944)": the
    /// capitalized words before the year are a title and the name before "in" is the author.
    private static func titledWorkAuthor(_ t: [CitationToken], before cursor: Int) -> TitledWork {
        var j = cursor
        let determiners = Self.determiners
        if j >= 0, t[j].kind == .word, determiners.contains(t[j].key) { j -= 1 }
        guard j >= 1, t[j].isWord("in"), !t[j].capitalized, t[j - 1].kind == .word,
              t[j - 1].capitalized else { return .none }
        guard let chain = NameChain.collect(t, endingAt: j - 1) else { return .none }
        if chain.lo >= 1, t[chain.lo - 1].isConjunction { return .ambiguous }
        return .author(chain)
    }
}

/// A run of name words read backwards from the word before a year group.
struct NameChain {
    /// Token indices of the chain's words (inclusive bounds).
    var lo: Int
    var hi: Int
    var words: [CitationToken]

    /// The name ending at token `k`, or nil when that token cannot end a surname.
    static func collect(_ t: [CitationToken], endingAt k: Int, known: ReferenceNames = ReferenceNames()) -> NameChain? {
        guard k >= 0, k < t.count else { return nil }
        let head = t[k]
        guard head.kind == .word, head.capitalized || head.allCaps, head.letterCount >= 2, !head.hasPeriod,
              !CitationLexicon.isNonName(head) || (known.surnames.contains(NameFolding.compact(head.key)) && !head.allCaps)
        else { return nil }
        var j = k - 1
        while j >= 0, t[j].kind == .word {
            let word = t[j]
            if word.isInitial || CitationLexicon.particles.contains(word.key) {
                // A particle before a given-name initial is a preposition: "Begriff von I.
                // Wallerstein (1974)" is by Wallerstein; particles follow the initials ("L. von Mises").
                if !word.isInitial, j + 1 < k, t[j + 1].isInitial { break }
                // "a leitura de Arrighi (1999)", "la obra de Frank (1967)", "wie von Wallerstein
                // (1974)": after a common noun or verb the particle is a preposition. English
                // prose writes the particle after its own function words ("as de Souza Santos").
                if !word.isInitial, !word.capitalized, j >= 1, t[j - 1].kind == .word, !t[j - 1].capitalized, !t[j - 1].allCaps,
                   !t[j - 1].hasPeriod, !CitationLexicon.isNonName(t[j - 1]), !CitationLexicon.particles.contains(t[j - 1].key) {
                    break
                }
                j -= 1
                continue
            }
            // "Brazil's Cardoso": a possessive ends the name before it, never sits inside one.
            guard !word.hasPeriod, CitationLexicon.isNameWord(word), CitationLexicon.baseKey(word.key) == word.key else { break }
            j -= 1
        }
        return NameChain(lo: j + 1, hi: k, words: Array(t[(j + 1)...k]))
    }

    private var surnameWords: ArraySlice<CitationToken> { words[NameText.surnameRange(words)] }

    func surname(_ s: [Unicode.Scalar]) -> String { NameText.join(Array(surnameWords), s) }

    var surnameStart: Int { surnameWords.first?.start ?? words[words.count - 1].start }

    /// "World Bank", "Human Rights Watch", or a lone acronym ("UNCTAD").
    var isOrganization: Bool {
        let names = words.filter { !$0.isInitial }
        guard let last = names.last else { return false }
        if names.count == 1 { return last.allCaps }
        return CitationLexicon.organizationWords.contains(CitationLexicon.baseKey(last.key))
    }

    /// "Wallerstein-Antisystemic Movements-Verso": two or more hyphen compounds in one chain
    /// are a file name or a run of title words, never one person's name.
    func isCompoundRun(_ s: [Unicode.Scalar]) -> Bool {
        words.filter { $0.key.contains("-") }.count >= 2 || words.contains { Self.isAffiliation($0, s) }
    }

    /// "Sul-UFRGS", "Paris-CNRS": a word hyphenated to an acronym of three or more capitals is
    /// an affiliation, not a person's name.
    private static func isAffiliation(_ word: CitationToken, _ s: [Unicode.Scalar]) -> Bool {
        guard !word.allCaps, let hyphen = (word.start..<word.coreEnd).last(where: { CitationScalars.isHyphen(s[$0]) }) else { return false }
        let tail = s[(hyphen + 1)..<word.coreEnd]
        return tail.count >= 3 && tail.allSatisfy(ScalarClass.isUpper)
    }

    /// "Cambridge University Press", "Zed Books": a publisher.
    var isPublisher: Bool {
        words.count >= 2 && CitationLexicon.publisherWords.contains(CitationLexicon.baseKey(words[words.count - 1].key))
    }

    /// A lone word that names a kind of body ("Guardian", "Economist", "Commission").
    var isOrganizationWord: Bool {
        let names = words.filter { !$0.isInitial }
        guard names.count == 1, let only = names.first else { return false }
        return CitationLexicon.organizationWords.contains(CitationLexicon.baseKey(only.key))
    }

    func fullName(_ s: [Unicode.Scalar]) -> String { NameText.join(words.filter { !$0.isInitial }, s) }

    var fullStart: Int { words.first(where: { !$0.isInitial })?.start ?? words[0].start }
}
