import BraudelText

/// Applies ``PhraseSenses`` to one match: reads the noun phrase around the matched noun and
/// says which sense it has, or nil when the phrase does not settle it.
///
/// Where the noun modifies others, the last classified word of the words that follow decides:
/// English puts the head of a compound last (`core labour standards`, `core capitalist
/// countries`), and an unclassified verb after it is passed over (`core states concentrate …`).
/// In an `of` object the first classified word decides, since a verb may follow the object
/// (`the core of the argument concerns state power`). Closed-class words (determiners, prepositions,
/// conjunctions, auxiliaries) end a phrase; they are grammar, the same for every term.
struct PhraseGrammar: Sendable {
    private let technical: WordSet
    private let everyday: WordSet
    private let partners: WordSet
    private let topics: WordSet
    private let motion: WordSet

    init(_ senses: PhraseSenses) {
        technical = WordSet(senses.technical)
        everyday = WordSet(senses.everyday)
        partners = WordSet(senses.partners)
        topics = WordSet(senses.topics)
        motion = WordSet(senses.motion)
    }

    /// The sense of the noun at `match`: `.accept` technical, `.reject` everyday, nil unsettled.
    func verdict(_ match: Range<Int>, in text: SegmentedText) -> ContextVerdict? {
        let phrase = Phrase(text: text, match: match)
        if phrase.gapBefore(phrase.start) == .hyphen, Self.degreePrefixes.contains(phrase.word(phrase.start - 1)) {
            return .reject  // "semi-centres", "sub-centre": another zone; "inter-core rivalry" stays the core
        }
        if coordinated(phrase) { return .accept }
        if phrase.word(phrase.end) == "to" && Self.predicators.contains(phrase.word(phrase.start - 1)) {
            return .reject  // predicative "is core to the project", like "central to"
        }
        let modifier = premodifier(phrase)
        if modifier == .reject { return .reject }  // "the hard core of militants", "the political centre of an empire"
        let head = phrase.run(from: phrase.end, skippingDeterminers: false)
        if let first = head.first, topics.contains(first) { return .accept }
        if let first = head.first, phrase.gapBefore(phrase.end) == .hyphen, let sense = classify([first]) {
            return sense  // "core-nation businesses" are businesses of core nations; "centre-left" is a place
        }
        if let sense = classify(head.reversed()) { return sense }
        if let object = complement(phrase) { return object }
        if phrase.isInName { return .reject }
        if head.isEmpty, ["a", "an"].contains(phrase.word(phrase.start - 1)), phrase.gapBefore(phrase.start) != .other,
           Self.closedClass.contains(phrase.word(phrase.start - 2)) {
            return .reject  // "without a center", "with a core": a bare indefinite after a preposition
        }
        if let frame = frame(phrase) { return frame }
        return modifier
    }

    /// The sense the object after the match gives: the `of` object of a noun ("the core of the
    /// argument"), and for a verb — a word followed by a determiner or an object pronoun — its
    /// direct object or its `into` goal ("incorporated a new logic into …", "incorporated the
    /// region into the world-economy", "centre the analysis on …").
    private func complement(_ phrase: Phrase) -> ContextVerdict? {
        let next = phrase.word(phrase.end)
        if Self.ofWords.contains(next) || next == "into" { return classifyObject(phrase.run(from: phrase.end + 1, skippingDeterminers: true)) }
        guard Self.objectStarts.contains(next) else { return nil }
        if let object = classifyObject(phrase.run(from: phrase.end, skippingDeterminers: true)) { return object }
        var index = phrase.end + 1
        while phrase.inSentence(index), index <= phrase.end + 6, phrase.gapBefore(index) != .other {
            if phrase.word(index) == "into" { return classifyObject(phrase.run(from: index + 1, skippingDeterminers: true)) }
            index += 1
        }
        return nil
    }

    /// An object's sense from its first classified noun: adjectives before another word are its
    /// modifiers and are passed over ("into national industrial strategies" is about strategies,
    /// "of the capitalist world-economy" about the world-economy).
    private func classifyObject(_ run: [String]) -> ContextVerdict? {
        classify(run.enumerated().filter { index, word in
            index == run.count - 1 || !Self.modifierEndings.contains { word.hasSuffix($0) }
        }.map(\.element))
    }

    /// The sense the first classified word of `run` gives, if any.
    private func classify(_ run: some Sequence<String>) -> ContextVerdict? {
        for word in run {
            if technical.contains(word) || partners.contains(word) { return .accept }
            if everyday.contains(word) { return .reject }
        }
        return nil
    }

    /// "core and periphery", "the core, the semiperiphery and the periphery", "from the
    /// periphery to the core": a partner term within a few words, joined only by conjunctions,
    /// determiners, commas or slashes.
    private func coordinated(_ phrase: Phrase) -> Bool {
        for direction in [-1, 1] {
            var index = direction < 0 ? phrase.start - 1 : phrase.end
            var bridged = 0
            while phrase.inSentence(index), bridged <= 3 {
                let word = phrase.word(index)
                guard phrase.onlyListPunctuation(index, direction: direction) else { break }
                if partners.contains(word) { return true }
                guard Self.coordinators.contains(word) || Self.determiners.contains(word) else { break }
                bridged += 1
                index += direction
            }
        }
        return false
    }

    /// "at its core" (the idiom, when no `of` object follows; "wages at the core" stays open)
    /// and "to the core": a destination after a word of movement, otherwise the idiom "loyal to
    /// the core".
    private func frame(_ phrase: Phrase) -> ContextVerdict? {
        let determiner = phrase.word(phrase.start - 1)
        if Self.ofWords.contains(phrase.word(phrase.end)), Self.locatives.contains(determiner)
            || (Self.determiners.contains(determiner) && Self.locatives.contains(phrase.word(phrase.start - 2))) {
            return .reject  // "au cœur de la crise", "en el centro de la escena": the idiom, its object unclassified
        }
        guard Self.determiners.contains(determiner), !Self.ofWords.contains(phrase.word(phrase.end)) else { return nil }
        switch phrase.word(phrase.start - 2) {
        case "at": return Self.possessivePronouns.contains(determiner) ? .reject : nil
        case "to":
            // The idiom ("loyal to the core", "shaken to the core") is singular, follows an
            // adjective or participle, and belongs to the rules that list movement words;
            // "ties to the centres" is a relation, "materials to the core" stays open.
            guard !motion.isEmpty, !phrase.isPlural else { return nil }
            if (3...5).contains(where: { motion.contains(phrase.word(phrase.start - $0)) }) { return .accept }
            let before = phrase.word(phrase.start - 3)
            return Self.adjectiveEndings.contains { before.hasSuffix($0) } ? .reject : nil
        default: return nil
        }
    }

    /// The word right before the noun: "the capitalist core", "Europe's core" against "the
    /// earth's core", "apple core", "city centre".
    private func premodifier(_ phrase: Phrase) -> ContextVerdict? {
        let index = phrase.start - 1
        guard phrase.inSentence(index), phrase.gapBefore(phrase.start) != .other else { return nil }
        let word = phrase.word(index)
        guard !Self.determiners.contains(word), !Self.closedClass.contains(word) else { return nil }
        if technical.contains(word) { return .accept }
        if everyday.contains(word) { return .reject }
        return nil
    }

    /// Articles, demonstratives, possessive pronouns and quantifiers: they open a noun phrase
    /// (English, then French, Spanish, Portuguese and German, with the contractions of a
    /// preposition and an article: "du", "del", "da", "do", "zum").
    static let determiners: Set<String> = ["the", "a", "an", "its", "their", "his", "her", "our", "my", "your", "this",
                                           "that", "these", "those", "each", "every", "any", "some", "no", "one's",
                                           "le", "la", "les", "l'", "un", "une", "des", "du", "au", "aux", "son", "sa", "ses",
                                           "leur", "leurs", "ce", "cet", "cette", "ces", "notre", "nos", "chaque",
                                           "el", "los", "las", "una", "unos", "unas", "su", "sus", "este", "esta", "estos",
                                           "estas", "ese", "esa", "esos", "esas", "cada", "del", "al", "nuestro", "nuestra",
                                           "o", "os", "as", "um", "uma", "uns", "umas", "seu", "sua", "seus", "suas", "estes",
                                           "esse", "essa", "esses", "essas", "do", "da", "dos", "das", "na", "nas", "ao",
                                           "à", "aos", "às", "pelo", "pela", "pelos", "pelas",
                                           "der", "die", "das", "den", "dem", "ein", "eine", "einen", "einem", "einer",
                                           "eines", "seine", "seinen", "seinem", "seiner", "ihre", "ihren", "ihrem", "ihrer",
                                           "dieser", "diese", "dieses", "diesem", "diesen", "jeder", "jede", "jedes", "im",
                                           "am", "zum", "zur", "vom", "beim"]
    /// Prefixes that make a noun another kind of thing rather than relate it to others.
    static let degreePrefixes: Set<String> = ["semi", "sub", "quasi", "pseudo", "demi"]
    /// Words that open an `of` object: English "of", the Romance "de" and its contractions with
    /// an article, the German genitive article after a noun ("Zentrum der Weltwirtschaft").
    static let ofWords: Set<String> = ["of", "de", "d'", "du", "des", "del", "da", "do", "dos", "das", "della", "dello",
                                       "degli", "delle", "dell'", "der"]
    /// Prepositions of place that, before the noun and its `of` object, make the idiom "in the
    /// heart of" ("au cœur de", "en el centro de", "no centro da", "im Zentrum der").
    static let locatives: Set<String> = ["au", "en", "dans", "em", "no", "na", "im", "in", "al", "ao", "à"]
    static let possessivePronouns: Set<String> = ["its", "their", "his", "her", "our", "my", "your"]
    /// Endings of English adjectives and participles ("rotten", "liberal", "conservative").
    static let adjectiveEndings = ["ed", "en", "al", "ive", "ist", "ous", "ic", "ful"]
    /// Words that open a verb's object: articles, possessives and object pronouns, not "that",
    /// which more often opens a relative clause ("the core that combined …").
    static let objectStarts: Set<String> = ["the", "a", "an", "its", "their", "his", "her", "our", "my", "your", "this",
                                            "these", "those", "it", "them", "him", "us", "itself", "themselves"]
    /// Endings of adjectives and participles that modify a following noun ("national", "capitalist").
    static let modifierEndings = ["al", "ic", "ist", "ive", "ous", "ed"]
    /// Copulas and degree words before a predicative adjective: "is core to", "more core to".
    static let predicators: Set<String> = ["is", "are", "was", "were", "be", "been", "being", "remain", "remains",
                                           "remained", "seem", "seems", "seemed", "become", "becomes", "became", "so",
                                           "very", "more", "most", "less", "least", "equally", "not", "as"]
    /// Words that join the members of a coordination.
    static let coordinators: Set<String> = ["and", "or", "nor", "both", "either", "neither", "between", "from", "to",
                                            "versus", "vs", "than", "into", "toward", "towards",
                                            "et", "ou", "ni", "entre", "vers", "y", "e", "o", "u", "hacia", "desde", "hasta",
                                            "a", "à", "al", "ao", "até", "para", "und", "oder", "zwischen", "von", "vom",
                                            "zum", "zur", "bis", "de", "du", "des", "del", "da", "do"]
    /// Prepositions, conjunctions, pronouns and auxiliaries: a noun phrase ends before them.
    static let closedClass: Set<String> = [
        "of", "to", "in", "into", "on", "onto", "at", "by", "for", "from", "with", "within", "without", "as", "than",
        "and", "or", "nor", "but", "yet", "so", "if", "that", "which", "who", "whom", "whose", "where", "when", "while",
        "is", "are", "was", "were", "be", "been", "being", "am", "has", "have", "had", "do", "does", "did", "will",
        "would", "can", "could", "may", "might", "must", "shall", "should", "not", "it", "they", "them", "he", "she",
        "we", "i", "you", "this", "these", "those", "there", "here", "also", "only", "even", "still", "too", "very",
        "over", "under", "above", "below", "through", "across", "against", "among", "around", "about", "after",
        "before", "during", "since", "until", "upon", "via", "per", "toward", "towards", "because", "although",
        "though", "whereas", "rather", "both", "either", "neither", "more", "most", "less", "least", "all", "such",
        // French, Spanish, Portuguese and German; words that are also English nouns ("war", "hat",
        // "era", "son") are left out, since they end no English phrase.
        "de", "d'", "du", "des", "à", "au", "aux", "en", "dans", "par", "pour", "sur", "sous", "avec", "sans", "entre",
        "vers", "chez", "et", "ou", "mais", "donc", "que", "qu'", "qui", "dont", "où", "est", "sont", "était", "être",
        "ont", "avait", "été", "ne", "il", "elle", "ils", "elles", "nous", "vous", "se", "s'", "c'", "y", "moins", "très",
        "aussi", "comme", "si", "del", "al", "por", "para", "sobre", "hacia", "desde", "hasta", "según", "e", "o", "u",
        "pero", "quien", "cual", "cuyo", "donde", "es", "son", "eran", "fue", "ha", "han", "había", "está", "están",
        "lo", "le", "les", "más", "menos", "muy", "también", "como", "ya", "do", "da", "dos", "das", "em", "no", "na",
        "nos", "nas", "pelo", "pela", "com", "sem", "até", "mas", "quem", "qual", "onde", "é", "são", "foi", "têm",
        "não", "mais", "muito", "já", "ao", "aos", "und", "oder", "aber", "von", "vom", "zu", "zum", "zur", "im", "auf",
        "aus", "bei", "beim", "mit", "nach", "über", "unter", "für", "durch", "gegen", "ohne", "zwischen", "als", "wie",
        "dass", "daß", "ist", "sind", "waren", "haben", "wird", "werden", "wurde", "nicht", "auch", "sich", "er", "sie",
        "wir", "ihr",
    ]
}

/// The tokens around one match, read through the closed-class word lists.
private struct Phrase {
    let text: SegmentedText
    let start: Int
    let end: Int
    let sentence: Range<Int>

    init(text: SegmentedText, match: Range<Int>) {
        self.text = text
        start = match.lowerBound
        end = match.upperBound
        sentence = text.sentences[text.tokens[match.lowerBound].sentence].tokens
    }

    func inSentence(_ index: Int) -> Bool { sentence.contains(index) }

    /// The folded word at `index` without a possessive ending; "" outside the sentence.
    func word(_ index: Int) -> String {
        inSentence(index) ? ConceptMatcher.withoutPossessive(text.tokens[index].folded) : ""
    }

    func gapBefore(_ index: Int) -> Token.Gap { text.tokens[index].gapBefore }

    /// The matched noun ends in a plural "s" ("cores", "centres").
    var isPlural: Bool { text.tokens[end - 1].folded.hasSuffix("s") }

    private func isPossessive(_ index: Int) -> Bool {
        word(index).utf8.count != text.tokens[index].folded.utf8.count
    }

    private func isCapitalized(_ index: Int) -> Bool {
        text.scalars[text.tokens[index].start].properties.isUppercase
    }

    /// The content words of the noun phrase that starts at `index`: up to four, ending at
    /// punctuation, a closed-class word or after a possessive ("core countries' exports" ends
    /// at "countries'"). In an `of` object the determiners and possessors are skipped: "of
    /// Emmanuel's insight" is about the insight.
    func run(from index: Int, skippingDeterminers: Bool) -> [String] {
        var words = [String]()
        var position = index
        while inSentence(position), words.count < 3, gapBefore(position) != .other {
            let word = self.word(position)
            if skippingDeterminers && (PhraseGrammar.determiners.contains(word) || isPossessive(position)) && words.isEmpty {
                position += 1
                continue
            }
            if PhraseGrammar.closedClass.contains(word) || PhraseGrammar.determiners.contains(word) { break }
            words.append(word)
            if isPossessive(position) && !skippingDeterminers { break }
            position += 1
        }
        return words
    }

    /// A capitalized noun inside a capitalized name: "Fernand Braudel Center", "Centre for
    /// Development Studies".
    var isInName: Bool {
        guard isCapitalized(start) else { return false }
        if ["for", "für", "pour", "para"].contains(word(end)) && inSentence(end + 1) && isCapitalized(end + 1) { return true }
        let before = start - 1
        return start > sentence.lowerBound && gapBefore(start) == .space && isCapitalized(before)
            && !PhraseGrammar.determiners.contains(word(before))
    }

    /// True when the separators between the token at `index` and its neighbour toward the match
    /// are at most a comma, a slash or a dash.
    func onlyListPunctuation(_ index: Int, direction: Int) -> Bool {
        let (left, right) = direction < 0 ? (index, index + 1) : (index - 1, index)
        return separator(between: left, and: right).allSatisfy { $0 == "," || $0 == "/" || $0 == "–" || $0 == "—" || $0 == "-" || $0.properties.isWhitespace }
    }

    private func separator(between left: Int, and right: Int) -> ArraySlice<Unicode.Scalar> {
        let from = text.tokens[left].end, to = text.tokens[right].start
        return from <= to ? text.scalars[from..<to] : []
    }
}
