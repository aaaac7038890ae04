import BraudelText
/// "Her books include Harbour Ledgers (1987) and The Long Quay (1999)", "Lena Moreno, author of
/// The Salt Roads (2001)", "the author's earlier works, Tolls of the South (1994)", "the recent
/// book Wharf and Tide (Quay Press, 2015) by Ana Lind": a title right before the year names the
/// work, and its author stands elsewhere in the sentence — the owner of a possessive, the person
/// before ", author of", the names after "by", or, through a pronoun ("his books", "the author's
/// works", "he presented in"), the person the text is about. The title's last word is never the
/// author.
///
/// The rule reaches outside the group, so it asks for a sign that the capitalized words are a
/// title — a word for a written work or a possessive before them, "author of", or a title's own
/// grammar (a function word inside, an opening "The") — and then for exactly one person in
/// scope. With the sign but nobody to attach, the group gives no citation; without the sign
/// other rules decide.
enum TitledWorkOwner {
    enum Outcome {
        case authors([String], start: Int)
        /// A title with nobody safe to attach.
        case none
        /// Not this shape: other rules decide.
        case notTitle
    }

    /// How far back the sentence (and the one before it, for a pronoun) may start.
    private static let reach = 400

    static func decide(_ s: [Unicode.Scalar], group: BracketGroup, floor: Int, cited: [InTextCitation],
                       known: ReferenceNames) -> Outcome {
        let start = sentenceStart(s, before: group.open, floor: floor)
        let t = CitationTokenizer.tokenize(s, in: start..<group.open)
        guard let title = titleRun(t) else { return .notTitle }
        let last = t[title.upperBound - 1]
        let vouched = { (name: String) in
            known.isSurname(name) || cited.contains { $0.authors.contains { NameFolding.compact($0) == NameFolding.compact(name) } }
        }
        // "Hopkins and Wallerstein (1986)": names already known as authors are names.
        if vouched(NameText.word(last, s)) { return .notTitle }
        if t[title].contains(where: { $0.kind == .word && CitationLexicon.organizationWords.contains(CitationLexicon.baseKey($0.key)) }) {
            return .notTitle
        }
        let lead = title.lowerBound
        // "the Treaty of Versailles (1919)": an articled proper noun, not a title.
        if lead >= 1, t[lead - 1].kind == .word, !t[lead - 1].capitalized, articles.contains(t[lead - 1].key) { return .notTitle }
        // The names stand after the group: the citation's span starts at the group.
        if let agents = byPhrase(s, after: group.close, known: known) { return .authors(agents.names, start: group.open) }
        if let appositive = appositiveAuthor(t, before: lead, s, known: known) {
            return .authors([appositive.surname(s)], start: appositive.surnameStart)
        }
        let (sign, sawWorkNoun) = signBefore(t, lead)
        // Without a word for a work, only a title's own grammar tells it from a person's name:
        // "Frank's thesis was challenged by Laclau (1971)" cites Laclau.
        guard sawWorkNoun || hasTitleGrammar(t, title) else { return .notTitle }
        switch sign {
        case .owner(let chain):
            return .authors([chain.surname(s)], start: chain.surnameStart)
        case .pronoun:
            guard let person = personInScope(s, t, before: lead, sentenceStart: start, floor: floor, known: known, vouched: vouched) else { return .none }
            return .authors([person.surname(s)], start: group.open)
        case .nothing:
            return .notTitle
        }
    }

    private static let articles: Set<String> = ["the", "a", "an", "this", "that"]

    /// Lowercase words a title holds between its capitalized ones; "and" alone is also how two
    /// names are joined, so it is no sign of a title.
    static let titleFunctionWords: Set<String> = [
        "of", "the", "in", "on", "for", "to", "a", "an", "from", "with", "at", "under", "into", "without", "beyond",
        "against", "between", "over", "through", "as", "or", "after", "before", "during", "toward", "towards", "and",
    ]

    /// Nouns for a written work: "her books include", "the author's earlier works", "his study".
    private static let workNouns: Set<String> = [
        "book", "books", "work", "works", "volume", "volumes", "study", "studies", "essay", "essays", "article",
        "articles", "monograph", "monographs", "title", "titles", "classic", "classics", "treatise", "paper",
        "papers", "novel", "novels", "trilogy", "collection", "sequel", "report", "pamphlet",
        // French, Spanish, Portuguese, German.
        "livre", "livres", "ouvrage", "ouvrages", "œuvre", "oeuvre", "étude", "essai", "libro", "libros", "obra", "obras",
        "estudio", "ensayo", "livro", "livros", "estudo", "ensaio", "werk", "werke", "hauptwerk", "buch", "studie", "aufsatz",
    ]

    /// Words that point back to a person named before: possessive determiners, subject
    /// pronouns, "the author's".
    private static let pronouns: Set<String> = ["his", "her", "he", "she", "their", "they",
        "son", "sa", "ses", "su", "sus", "seu", "sua", "seus", "suas", "sein", "seinem", "seinen", "seiner", "seines",
        "ihr", "ihrem", "ihren", "ihrer", "ihres"]

    /// Token range of the capitalized title that ends right before the group: capitalized words
    /// and a title's function words (and a subtitle's colon), without function words at its start.
    private static func titleRun(_ t: [CitationToken]) -> Range<Int>? {
        var end = t.count
        while end > 0, t[end - 1].kind == .punct, isTitleMark(t[end - 1]) { end -= 1 }
        var j = end - 1
        while j >= 0 {
            let token = t[j]
            if token.kind == .word, token.capitalized || token.allCaps {
                if CitationLexicon.baseKey(token.key) != token.key { break }
                // German capitalizes its nouns: "in seinem Werk World-System Analysis" — the
                // word for a work stands before the title, never inside it.
                if !token.allCaps, workNouns.contains(token.key), j < end - 1 { break }
            } else if token.kind == .word, titleFunctionWords.contains(token.key) {
            } else if token.isPunct(":") || (token.kind == .punct && isTitleMark(token)) {
            } else {
                break
            }
            j -= 1
        }
        var lo = j + 1
        while lo < end, !(t[lo].kind == .word && (t[lo].capitalized || t[lo].allCaps)) { lo += 1 }
        guard lo < end, t[end - 1].kind == .word, t[end - 1].capitalized || t[end - 1].allCaps else { return nil }
        return lo..<end
    }

    /// Emphasis and quotation marks around a title.
    private static func isTitleMark(_ token: CitationToken) -> Bool {
        token.isPunct("*") || token.isPunct("_") || (CitationScalars.isQuote(token.first) && token.first != "'")
    }

    /// A title's own grammar: a lowercase function word other than "and" between its words, or an
    /// opening "The"/"A" followed by more words.
    private static func hasTitleGrammar(_ t: [CitationToken], _ title: Range<Int>) -> Bool {
        let words = t[title].filter { $0.kind == .word }
        if words.count >= 2, ["the", "a", "an"].contains(words[0].key) { return true }
        return words.dropFirst().contains { !$0.capitalized && $0.key != "and" && titleFunctionWords.contains($0.key) }
    }

    private enum Sign {
        /// "Sklair's groundbreaking book": a person's possessive.
        case owner(NameChain)
        /// "her books", "the author's works", "he presented in".
        case pronoun
        case nothing
    }

    /// How far before the title a possessive or a pronoun still governs it.
    private static let signReach = 10

    /// The nearest sign before the title, within the sentence: a list of titles
    /// ("A (1987), B (1999) and C (2007)") carries the sign of its first item.
    private static func signBefore(_ t: [CitationToken], _ lead: Int) -> (Sign, workNoun: Bool) {
        var j = lead - 1
        var sawWorkNoun = false
        var distance = 0
        while j >= 0, distance < signReach {
            let token = t[j]
            if token.isPunct(")") || token.isPunct("(") {
                // An earlier item of the same list: skip back over its group and title.
                j -= 1
                distance = 0
                continue
            }
            if token.kind == .word {
                let base = CitationLexicon.baseKey(token.key)
                if base != token.key {
                    if base == "author" || base == "writer" { return (.pronoun, sawWorkNoun) }
                    if token.capitalized, !CitationLexicon.isNonName(token),
                       let chain = NameChain.collect(t, endingAt: j), !chain.isOrganization {
                        return (.owner(chain), sawWorkNoun)
                    }
                }
                if pronouns.contains(token.key) { return (.pronoun, sawWorkNoun) }
                if workNouns.contains(token.key) { sawWorkNoun = true }
            }
            distance += 1
            j -= 1
        }
        return (.nothing, sawWorkNoun)
    }

    /// "Lena Moreno, author of The Salt Roads (2001)": the name before ", author of".
    private static func appositiveAuthor(_ t: [CitationToken], before lead: Int, _ s: [Unicode.Scalar],
                                         known: ReferenceNames) -> NameChain? {
        var j = lead - 1
        if j >= 0, t[j].isWord("the") { j -= 1 }
        guard j >= 3, t[j].isWord("of"), t[j - 1].isWord("author") || t[j - 1].isWord("editor"),
              t[j - 2].isPunct(","), let chain = NameChain.collect(t, endingAt: j - 3, known: known),
              !chain.isOrganization, !chain.isPublisher else { return nil }
        return chain
    }

    /// "(Quay Press, 2015) by Ana Lind and Tomas Berg", "(1978) by the Chilean historian Ana
    /// Lind", "(1989), ed. Ana Lind and Tomas Berg": the persons after "by" or an editor's mark,
    /// right after the group.
    static func byPhrase(_ s: [Unicode.Scalar], after close: Int, known: ReferenceNames) -> (names: [String], start: Int)? {
        let t = CitationTokenizer.tokenize(s, in: (close + 1)..<min(s.count, close + 120))
        guard var k = namesStart(t) else { return nil }
        var chains: [NameChain] = []
        while k < t.count {
            var end = k
            while end < t.count, t[end].kind == .word, t[end].isInitial || CitationLexicon.isNameWord(t[end])
                    || CitationLexicon.particles.contains(t[end].key) {
                end += 1
                // "… and Ana Berg. Its reading": a full stop after a surname ends the sentence.
                if t[end - 1].hasPeriod, !t[end - 1].isInitial { break }
            }
            // The chain is read without the full stop that ended the sentence.
            var names = t
            if end > k, !t[end - 1].isInitial { names[end - 1].hasPeriod = false }
            guard end > k, let chain = NameChain.collect(names, endingAt: end - 1, known: known), chain.lo == k,
                  !chain.isOrganization, !chain.isPublisher else { break }
            chains.append(chain)
            if end < t.count, t[end].isConjunction || t[end].isPunct(",") {
                k = end + 1
                if k < t.count, t[k].isConjunction { k += 1 }
            } else {
                break
            }
        }
        guard let first = chains.first else { return nil }
        return (chains.map { $0.surname(s) }, first.surnameStart)
    }

    /// Where the names begin after "by" (over an article and a description of the person whose
    /// last word is an agent noun: "the Palestinian-American scholar") or after ", ed." / ",
    /// edited by".
    private static func namesStart(_ t: [CitationToken]) -> Int? {
        if t.count >= 3, t[0].isPunct(","), t[1].kind == .word, !t[1].capitalized {
            if t[1].isWord("edited"), t[2].isWord("by") { return t.count > 3 ? 3 : nil }
            return t[1].key == "ed" || t[1].key == "eds" ? 2 : nil
        }
        guard t.count >= 2, t[0].isWord("by"), !t[0].capitalized else { return nil }
        guard t[1].kind == .word, !t[1].capitalized, articles.contains(t[1].key) || isAgentNoun(t[1]) else { return 1 }
        var k = articles.contains(t[1].key) ? 2 : 1
        var lastDescription: CitationToken?
        // A capitalized word of the description ("Chilean") stands before a lowercase one.
        while k < t.count, k <= 6, t[k].kind == .word, !t[k].isInitial,
              !t[k].capitalized || (k + 1 < t.count && t[k + 1].kind == .word && !t[k + 1].capitalized) {
            lastDescription = t[k]
            k += 1
        }
        guard let lastDescription, !lastDescription.capitalized, isAgentNoun(lastDescription) else { return nil }
        return k
    }

    /// "scholar", "historian", "economist", "author", "writer": a noun for a person by trade.
    private static func isAgentNoun(_ token: CitationToken) -> Bool {
        let key = token.key.hasSuffix("s") ? String(token.key.dropLast()) : token.key
        return key.count >= 5 && ["ist", "ian", "er", "or", "ar"].contains { key.hasSuffix($0) }
    }

    /// The one person the sentence (or the one before it) is about: a single person's possessive
    /// in the sentence ("We show how Moreno's reading …"), else the name that opens the sentence,
    /// else the name that opens the sentence before.
    private static func personInScope(_ s: [Unicode.Scalar], _ t: [CitationToken], before lead: Int, sentenceStart: Int,
                                      floor: Int, known: ReferenceNames, vouched: (String) -> Bool) -> NameChain? {
        var owners: [NameChain] = []
        for j in 0..<lead where t[j].kind == .word && t[j].capitalized && CitationLexicon.baseKey(t[j].key) != t[j].key {
            guard !CitationLexicon.isNonName(t[j]), let chain = NameChain.collect(t, endingAt: j, known: known),
                  !chain.isOrganization else { continue }
            if !owners.contains(where: { NameFolding.compact($0.surname(s)) == NameFolding.compact(chain.surname(s)) }) {
                owners.append(chain)
            }
        }
        if owners.count == 1 { return owners[0] }
        guard owners.isEmpty else { return nil }
        if let opening = openingName(t, s, known: known, vouched: vouched) { return opening }
        guard sentenceStart > floor + 1 else { return nil }
        let previousStart = self.sentenceStart(s, before: sentenceStart - 1, floor: floor)
        guard previousStart < sentenceStart - 1 else { return nil }
        return openingName(CitationTokenizer.tokenize(s, in: previousStart..<(sentenceStart - 1)), s, known: known, vouched: vouched)
    }

    /// A person's name that opens the tokens and is followed by a lowercase word, a comma or a
    /// possessive ending: "Utsa Moreno is …", "Moreno's third book …".
    private static func openingName(_ t: [CitationToken], _ s: [Unicode.Scalar], known: ReferenceNames,
                                    vouched: (String) -> Bool) -> NameChain? {
        var k = 0
        while k < t.count, k < 4, t[k].kind == .word, t[k].isInitial || CitationLexicon.isNameWord(t[k]) {
            if CitationLexicon.baseKey(t[k].key) != t[k].key { k += 1; break }
            k += 1
        }
        guard k >= 1, k < t.count else { return nil }
        let possessive = CitationLexicon.baseKey(t[k - 1].key) != t[k - 1].key
        guard possessive || t[k].isPunct(",") || (t[k].kind == .word && !t[k].capitalized && !t[k].allCaps),
              let chain = NameChain.collect(t, endingAt: k - 1, known: known), chain.lo == 0,
              !chain.isOrganization, !chain.isPublisher else { return nil }
        // Every sentence opens with a capital: one capitalized word before a lowercase one
        // ("Especially his …", "Later he …") is a person only when the document vouches for it.
        if !possessive, chain.words.count == 1, !vouched(NameText.word(chain.words[0], s)) { return nil }
        return chain
    }

    /// Start of the sentence holding `offset`: after a period that ends a word of three or more
    /// letters, "?", "!" or a blank line; at most `reach` back.
    private static func sentenceStart(_ s: [Unicode.Scalar], before offset: Int, floor: Int) -> Int {
        let low = max(floor, offset - reach)
        var j = offset - 1
        while j > low {
            let c = s[j]
            if (c == "?" || c == "!") && CitationScalars.isSpace(s[j + 1]) { return j + 1 }
            if c == "\n", CitationScalars.isParagraphBreak(s, at: j) { return j + 1 }
            if c == ".", j + 1 < s.count, CitationScalars.isSpace(s[j + 1]) {
                var k = j
                while k > low, ScalarClass.isLetter(s[k - 1]) { k -= 1 }
                // "… New Delhi.", "… (2007). Next": a word of three letters, a digit or a bracket ends it.
                if j - k >= 3 || s[j - 1] == ")" || ScalarClass.isDigit(s[j - 1]) { return j + 1 }
            }
            j -= 1
        }
        return low
    }
}
