import BraudelText

/// Second pass of the matcher: decides the matches their context rule left open. A bare
/// "the periphery" with no telling word nearby is the world-systems zone when the paragraph
/// around it also speaks of unambiguous concepts (semiperiphery, world-economy …), as a reader
/// would judge; in a paragraph about something else it is dropped.
struct TopicEvidence {
    let text: SegmentedText
    let concepts: [Concept]
    let positions: [String: Int]

    func confirm(_ found: [(mention: ConceptMention, provisional: Bool)]) -> [ConceptMention] {
        guard found.contains(where: \.provisional) else { return found.map(\.mention) }
        let paragraphOfSentence = paragraphs()
        var evidence = [Int: Int]()
        for item in found where !item.provisional && isUnambiguous(item.mention.concept) {
            evidence[paragraphOfSentence[item.mention.sentence], default: 0] += 1
        }
        return found.compactMap { item in
            guard item.provisional else { return item.mention }
            let needed = positions[item.mention.concept].flatMap { concepts[$0].context?.topicEvidence } ?? 0
            let seen = evidence[paragraphOfSentence[item.mention.sentence]] ?? 0
            return needed > 0 && seen >= needed ? item.mention : nil
        }
    }

    /// A concept whose mentions need no context to be believed.
    private func isUnambiguous(_ id: String) -> Bool {
        guard let index = positions[id] else { return false }
        return concepts[index].context?.requireAny.isEmpty ?? true
    }

    /// Paragraph number of each sentence: a blank line before a sentence's first word starts
    /// a new paragraph. (ICU also reports the blank line itself as a sentence without words.)
    private func paragraphs() -> [Int] {
        var result = [Int](repeating: 0, count: text.sentences.count)
        var paragraph = 0
        var previousEnd = 0
        for (index, sentence) in text.sentences.enumerated() {
            if let first = sentence.tokens.first {
                if index > 0 && containsBlankLine(from: previousEnd, to: text.tokens[first].start) { paragraph += 1 }
                previousEnd = text.tokens[sentence.tokens.upperBound - 1].end
            }
            result[index] = paragraph
        }
        return result
    }

    private func containsBlankLine(from start: Int, to end: Int) -> Bool {
        var newlines = 0
        for index in max(0, start)..<max(start, min(end, text.scalars.count)) {
            switch text.scalars[index] {
            case "\n":
                newlines += 1
                if newlines >= 2 { return true }
            case " ", "\t", "\r": continue
            default: newlines = 0
            }
        }
        return false
    }
}
