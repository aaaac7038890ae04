import BraudelText

/// What a context rule says of one candidate match.
enum ContextVerdict: Equatable {
    case accept
    case reject
    /// No required word nearby and no forbidden phrase: kept only if the paragraph is about
    /// the field (see ``TopicEvidence``).
    case needsTopic
}

/// Applies a ``ContextRule`` to one candidate match.
struct ContextRuleEvaluator {
    let rule: ContextRule
    let text: SegmentedText

    func verdict(_ match: Range<Int>) -> ContextVerdict {
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
        guard !rule.requireAny.isEmpty else { return .accept }
        let required = neighbourhood(of: match, sentence: sentence).contains { index in
            !match.contains(index) && requiredWordMatches(ConceptMatcher.withoutPossessive(tokens[index].folded))
        }
        return required ? .accept : (rule.topicEvidence > 0 ? .needsTopic : .reject)
    }

    /// Tokens within the window, in the same sentence. A sentence of only a few tokens (a list
    /// item, a quiz option, a heading) borrows the window from its neighbours.
    private func neighbourhood(of match: Range<Int>, sentence: Range<Int>) -> Range<Int> {
        var bounds = sentence
        if sentence.count <= match.count + 2 {
            bounds = 0..<text.tokens.count
        }
        let lower = max(bounds.lowerBound, match.lowerBound - rule.window)
        let upper = min(bounds.upperBound, match.upperBound + rule.window)
        return lower..<max(lower, upper)
    }

    private func requiredWordMatches(_ word: String) -> Bool {
        rule.requireAny.contains { required in
            required.hasSuffix("*") ? word.hasPrefix(required.dropLast()) : word == required
        }
    }
}
