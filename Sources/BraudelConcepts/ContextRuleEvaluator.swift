import BraudelText

/// What a context rule says of one candidate match.
enum ContextVerdict: Equatable {
    case accept
    case reject
    /// No required word nearby and no forbidden phrase: kept only if the paragraph is about
    /// the field (see ``TopicEvidence``).
    case needsTopic
}

/// A ``ContextRule`` compiled for matching: required words split into a hash set and a short
/// list of prefixes, so that checking a window costs one lookup per token.
struct ContextRuleEvaluator: Sendable {
    let rule: ContextRule
    private let requiredWords: Set<String>
    private let requiredPrefixes: [String]
    private let grammar: PhraseGrammar?

    init(rule: ContextRule) {
        self.rule = rule
        grammar = rule.phrase.map(PhraseGrammar.init)
        requiredWords = Set(rule.requireAny.filter { !$0.hasSuffix("*") })
        requiredPrefixes = rule.requireAny.filter { $0.hasSuffix("*") }.map { String($0.dropLast()) }
    }

    func verdict(_ match: Range<Int>, in text: SegmentedText) -> ContextVerdict {
        let tokens = text.tokens
        let sentence = text.sentences[tokens[match.lowerBound].sentence].tokens
        for phrase in rule.forbidBefore where !phrase.isEmpty {
            let from = match.lowerBound - phrase.count
            if from >= sentence.lowerBound && zip(tokens[from..<match.lowerBound], phrase).allSatisfy({ $1 == "*" || $0.folded == $1 }) {
                return .reject
            }
        }
        for phrase in rule.forbidAfter where !phrase.isEmpty {
            let to = match.upperBound + phrase.count
            if to <= sentence.upperBound && zip(tokens[match.upperBound..<to], phrase).allSatisfy({ $1 == "*" || $0.folded == $1 }) {
                return .reject
            }
        }
        if let settled = grammar?.verdict(match, in: text) { return settled }
        guard !rule.requireAny.isEmpty else { return .accept }
        // A spelling's own words count: "dependency theory" and "dependentistas" name the school
        // by themselves.
        let required = neighbourhood(of: match, sentence: sentence, tokenCount: tokens.count).contains { index in
            requiredWordMatches(ConceptMatcher.withoutPossessive(tokens[index].folded))
        }
        return required ? .accept : (rule.topicEvidence > 0 ? .needsTopic : .reject)
    }

    /// Tokens within the window, in the same sentence. A sentence of only a few tokens (a list
    /// item, a quiz option, a heading) borrows the window from its neighbours.
    private func neighbourhood(of match: Range<Int>, sentence: Range<Int>, tokenCount: Int) -> Range<Int> {
        var bounds = sentence
        if sentence.count <= match.count + 2 {
            bounds = 0..<tokenCount
        }
        let lower = max(bounds.lowerBound, match.lowerBound - rule.window)
        let upper = min(bounds.upperBound, match.upperBound + rule.window)
        return lower..<max(lower, upper)
    }

    private func requiredWordMatches(_ word: String) -> Bool {
        requiredWords.contains(word) || requiredPrefixes.contains { Self.hasPrefix(word, $0) }
    }

    /// `word.hasPrefix(prefix)` decided on UTF-8 bytes when that is certain to give the same
    /// answer (String's own comparison is canonical-equivalence aware, and cost most of a
    /// rule's check, which runs on every word of a window). Bytes decide whenever the bytes
    /// around the decision point are ASCII, since an ASCII byte is a whole character unless a
    /// combining mark follows it; anything else falls back to String's comparison.
    static func hasPrefix(_ word: String, _ prefix: String) -> Bool {
        var word = word, prefix = prefix
        let decided = word.withUTF8 { bytes in prefix.withUTF8 { asciiPrefix(bytes, $0) } }
        return decided ?? word.hasPrefix(prefix)
    }

    /// The answer when the bytes settle it, nil when String's comparison must decide.
    private static func asciiPrefix(_ bytes: UnsafeBufferPointer<UInt8>, _ prefix: UnsafeBufferPointer<UInt8>) -> Bool? {
        var index = 0
        for expected in prefix {
            guard expected < 0x80 else { return nil }
            guard index < bytes.count else { return false }
            let byte = bytes[index]
            if byte != expected { return byte < 0x80 ? false : nil }
            index += 1
        }
        return index == bytes.count || bytes[index] < 0x80 ? true : nil
    }
}
