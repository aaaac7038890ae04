import BraudelText
import Foundation

/// Finds lexicon concepts in segmented text: a trie over folded token sequences, longest match
/// first, with context rules vetoing everyday senses of ambiguous terms.
public struct ConceptMatcher: Sendable {
    private struct Node: Sendable {
        var children: [String: Int] = [:]
        /// Concept index ending here, if any.
        var concept: Int?
        /// Prefix patterns ending here: a word beginning with the stem completes the concept.
        var prefixEnds: [String: Int] = [:]
        /// UTF-8 lengths of the stems in `prefixEnds`, longest first.
        var prefixLengths: [Int] = []
        /// Labels in a stemmed language whose last word ends here: language → Snowball stem →
        /// concept, so "périphéries" meets "périphérie" in a French text.
        var stemEnds: [String: [String: Int]] = [:]
    }

    private var nodes: [Node] = [Node()]
    /// Words that start a term (the root's children), to rule most tokens out cheaply.
    private var firstWords = FirstWordFilter(words: [])
    private let concepts: [Concept]
    private let positions: [String: Int]
    private let rules: [Int: ContextRuleEvaluator]
    /// Letters of each case-sensitive concept's spellings, for the exact-case check.
    private let exactSpellings: [Int: [String]]
    /// German compounds read by their head, for German texts.
    private let compounds: GermanCompounds

    /// Builds the matcher for every non-abstract concept of `lexicon`. A spelling claimed by two
    /// concepts goes to the first; `braudel lexicon check` reports such clashes.
    public init(lexicon: Lexicon) {
        concepts = lexicon.concepts
        positions = Dictionary(lexicon.concepts.enumerated().map { ($1.id, $0) }, uniquingKeysWith: { first, _ in first })
        var exact = [Int: [String]]()
        for (index, concept) in lexicon.concepts.enumerated() where concept.caseSensitive && !concept.abstract {
            exact[index] = concept.surfaceForms.map(Self.letters)
        }
        exactSpellings = exact
        compounds = GermanCompounds(concepts: lexicon.concepts)
        var rules = [Int: ContextRuleEvaluator]()
        for (index, concept) in lexicon.concepts.enumerated() {
            if let rule = concept.context { rules[index] = ContextRuleEvaluator(rule: rule) }
        }
        self.rules = rules
        for (index, concept) in lexicon.concepts.enumerated() where !concept.abstract {
            for form in concept.surfaceForms {
                for sequence in SurfaceForms.sequences(of: form) { insert(sequence, concept: index) }
            }
            for (language, names) in concept.labels.sorted(by: { $0.key < $1.key }) {
                // Capitals often drop their accents ("L'ECHANGE INEGAL", "TEORIA DA DEPENDENCIA")
                // and PDF text loses them: a label also matches written without its diacritics.
                for name in names {
                    let bare = name.folding(options: .diacriticInsensitive, locale: nil)
                    guard bare != name else { continue }
                    for sequence in SurfaceForms.sequences(of: bare) { insert(sequence, concept: index) }
                }
                guard let stemmer = Stemmer(language: language) else { continue }
                for name in names where SurfaceForms.prefixStem(of: name) == nil {
                    for sequence in SurfaceForms.sequences(of: name) {
                        insertStem(sequence, language: language, stemmer: stemmer, concept: index)
                    }
                }
            }
        }
        firstWords = FirstWordFilter(words: nodes[0].children.keys)
    }

    /// Folded words of a phrase, as context rules compare them.
    public static func foldedWords(_ phrase: String) -> [String] {
        phrase.split(whereSeparator: \.isWhitespace).flatMap { piece -> [String] in
            piece == "*" ? ["*"] : ((try? Segmenter.segment(String(piece)))?.tokens.map(\.folded) ?? [])
        }
    }

    private mutating func insert(_ sequence: [String], concept: Int) {
        var node = 0
        for (offset, word) in sequence.enumerated() {
            if offset == sequence.count - 1, word.hasSuffix("*") {
                let stem = String(word.dropLast())
                if nodes[node].prefixEnds[stem] == nil { nodes[node].prefixEnds[stem] = concept }
                nodes[node].prefixLengths = Set(nodes[node].prefixEnds.keys.map(\.utf8.count)).sorted(by: >)
                return
            }
            if let next = nodes[node].children[word] {
                node = next
            } else {
                nodes.append(Node())
                nodes[node].children[word] = nodes.count - 1
                node = nodes.count - 1
            }
        }
        if nodes[node].concept == nil { nodes[node].concept = concept }
    }

    /// Stems shorter than this are not matched: a short stem gathers unrelated words.
    static let minimumStemLength = 4
    /// The longest ending a stem may have cut: Snowball also strips derivational suffixes
    /// ("impérialisme" and "impériaux" share "impérial", "dépendance" and "dépendant" share
    /// "dépend"), which would join distinct concepts; inflections are short.
    static let maximumEnding = 3

    /// The stem of `word` when it is `word` less a short ending (an inflection), else nil.
    static func inflectionalStem(of word: String, _ stemmer: Stemmer) -> String? {
        guard word.utf8.count >= minimumStemLength else { return nil }
        let stem = stemmer.stem(word)
        guard stem.count >= minimumStemLength, word.hasPrefix(stem), word.count - stem.count <= maximumEnding else { return nil }
        return stem
    }

    /// Records `sequence` with its last word replaced by its stem in `language`.
    private mutating func insertStem(_ sequence: [String], language: String, stemmer: Stemmer, concept: Int) {
        guard let stem = Self.inflectionalStem(of: sequence.last!, stemmer) else { return }
        var node = 0
        for word in sequence.dropLast() {
            guard let next = nodes[node].children[word] else { return }
            node = next
        }
        if nodes[node].stemEnds[language, default: [:]][stem] == nil { nodes[node].stemEnds[language, default: [:]][stem] = concept }
    }

    /// Every concept mention in `text`, in order, never overlapping. In a text in `language`
    /// (one of ``Stemmer/languages``), that language's labels also match any word sharing the
    /// Snowball stem of their last word.
    public func mentions(in text: SegmentedText, excluding excluded: Range<Int>? = nil, language: String? = nil) -> [ConceptMention] {
        let tokens = text.tokens
        let stems = language.flatMap { TokenStems(language: $0) }
        var found = [(mention: ConceptMention, provisional: Bool)]()
        var index = 0
        while index < tokens.count {
            if let excluded, excluded.contains(tokens[index].start) {
                index += 1
                continue
            }
            if let match = longestAcceptedMatch(at: index, in: text, stems: stems) {
                let first = tokens[index], last = tokens[match.end - 1]
                let entry = concepts[match.concept]
                found.append((ConceptMention(concept: entry.id, label: entry.label, text: text.slice(first.start, last.end),
                                             start: first.start, end: last.end, sentence: first.sentence,
                                             inName: ProperNames.contains(index..<match.end, in: text)),
                              match.verdict == .needsTopic))
                index = match.end
            } else {
                index += 1
            }
        }
        return TopicEvidence(text: text, concepts: concepts, positions: positions).confirm(found)
    }

    /// Walks the trie from `start`; returns the longest match that its concept's rules do not reject.
    private func longestAcceptedMatch(at start: Int, in text: SegmentedText, stems: TokenStems?) -> (concept: Int, end: Int, verdict: ContextVerdict)? {
        let tokens = text.tokens
        var candidates = [(concept: Int, end: Int)]()
        var node = 0
        var position = start
        var elided = false
        let broken = brokenWord(at: start, in: text)
        while position < tokens.count {
            let token = tokens[position]
            let slash = position > start && Self.isSlash(before: position, in: text)
            if position > start && !token.gapBefore.joins && !slash { break }
            if position == start, let broken {
                // "incorpora- tion": a word split at a line end whose break became a space.
                if let concept = prefixMatch(at: node, for: broken.word) { candidates.append((concept, broken.next)) }
                guard let next = child(of: node, for: broken.word) else { break }
                node = next
                position = broken.next
                if let concept = nodes[node].concept { candidates.append((concept, position)) }
                continue
            }
            if let concept = prefixMatch(at: node, for: token.folded) { candidates.append((concept, position + 1)) }
            if let stems, let ends = nodes[node].stemEnds[stems.language], let stem = stems.stem(of: position, in: tokens),
               let concept = ends[stem] {
                candidates.append((concept, position + 1))
            }
            guard let next = child(of: node, for: token.folded) else {
                // "commodity/value chains": the word after a slash is an alternative to the one
                // before it, and the term goes on after it.
                guard slash, !elided, position + 1 < tokens.count, tokens[position + 1].gapBefore == .space else { break }
                elided = true
                position += 1
                continue
            }
            node = next
            position += 1
            if let concept = nodes[node].concept { candidates.append((concept, position)) }
        }
        if candidates.isEmpty, stems?.language == "de", let concept = compounds.concept(of: tokens[start].folded) {
            candidates.append((concept, start + 1))
        }
        for candidate in candidates.reversed() {
            let verdict = self.verdict(candidate.concept, tokens: start..<candidate.end, in: text)
            if verdict != .reject { return (candidate.concept, candidate.end, verdict) }
        }
        return nil
    }

    private func verdict(_ concept: Int, tokens range: Range<Int>, in text: SegmentedText) -> ContextVerdict {
        if let spellings = exactSpellings[concept] {
            let found = Self.letters(text.slice(text.tokens[range.lowerBound].start, text.tokens[range.upperBound - 1].end))
            guard spellings.contains(where: { found.hasPrefix($0) }) else { return .reject }
        }
        guard let rule = rules[concept] else { return .accept }
        return rule.verdict(range, in: text)
    }

    /// The word a PDF line break split and extraction rejoined with "- " ("incorpora- tion"),
    /// when the token at `start` begins no term by itself and the joined word does; with the
    /// index of the token after it.
    private func brokenWord(at start: Int, in text: SegmentedText) -> (word: String, next: Int)? {
        let tokens = text.tokens
        guard start + 1 < tokens.count, tokens[start + 1].gapBefore == .hyphen,
              child(of: 0, for: tokens[start].folded) == nil else { return nil }
        let from = tokens[start].end, to = tokens[start + 1].start
        guard to - from >= 2, text.scalars[from] == "-", text.scalars[from + 1..<to].allSatisfy({ $0.properties.isWhitespace }),
              text.scalars[tokens[start + 1].start].properties.isLowercase else { return nil }
        let word = tokens[start].folded + tokens[start + 1].folded
        return child(of: 0, for: word) == nil && prefixMatch(at: 0, for: word) == nil ? nil : (word, start + 2)
    }

    /// True when the token at `index` follows its neighbour across a bare slash ("core/periphery").
    static func isSlash(before index: Int, in text: SegmentedText) -> Bool {
        let from = text.tokens[index - 1].end, to = text.tokens[index].start
        return to == from + 1 && text.scalars[from] == "/"
    }

    static func withoutPossessive(_ word: String) -> String {
        // Byte checks first: this runs for every token that starts no lexicon entry.
        let utf8 = word.utf8
        guard let last = utf8.last else { return word }
        if last == 0x27 { return String(word.dropLast()) }
        if last == 0x73, utf8.count >= 2, utf8[utf8.index(utf8.endIndex, offsetBy: -2)] == 0x27 {
            return String(word.dropLast(2))
        }
        return word
    }

    /// The trie child for a token: its folded form, or that form without a possessive ending.
    private func child(of node: Int, for folded: String) -> Int? {
        if node == 0 && !firstWords.mayContain(folded) { return nil }
        if let next = nodes[node].children[folded] { return next }
        let bare = Self.withoutPossessive(folded)
        return bare.utf8.count == folded.utf8.count ? nil : nodes[node].children[bare]
    }

    /// The concept of the longest prefix pattern at `node` that begins `folded`.
    private func prefixMatch(at node: Int, for folded: String) -> Int? {
        let lengths = nodes[node].prefixLengths
        guard !lengths.isEmpty else { return nil }
        let utf8 = folded.utf8
        for length in lengths where length <= utf8.count {
            guard let stem = String(utf8.prefix(length)), let concept = nodes[node].prefixEnds[stem] else { continue }
            return concept
        }
        return nil
    }

    /// The stems of one text's tokens in its language, each computed once and only when a label
    /// could end at that token.
    private final class TokenStems {
        let language: String
        private let stemmer: Stemmer
        private var cache: [Int: String?] = [:]

        init?(language: String) {
            guard let stemmer = Stemmer(language: language) else { return nil }
            self.language = language
            self.stemmer = stemmer
        }

        func stem(of position: Int, in tokens: [Token]) -> String? {
            if let known = cache[position] { return known }
            let stem = ConceptMatcher.inflectionalStem(of: tokens[position].folded, stemmer)
            cache[position] = stem
            return stem
        }
    }

    static func letters(_ text: String) -> String {
        String(String.UnicodeScalarView(text.unicodeScalars.filter { $0.properties.isAlphabetic }))
    }
}

extension ConceptMatcher {
    /// The concept a search query names: its id, its label or any spelling of it, ignoring
    /// context rules (a user typing "core" means the concept). Nil when the query is not exactly
    /// one concept.
    public func concept(named query: String) -> Concept? {
        let trimmed = query.trimmingCharacters(in: .whitespaces)
        if let byID = concepts.first(where: { $0.id == trimmed && !$0.abstract }) { return byID }
        guard let segmented = try? Segmenter.segment(trimmed), !segmented.tokens.isEmpty else { return nil }
        var node = 0
        for token in segmented.tokens {
            guard let next = child(of: node, for: token.folded) else { return nil }
            node = next
        }
        return nodes[node].concept.map { concepts[$0] }
    }
}
