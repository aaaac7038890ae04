import BraudelText

/// Second pass of the matcher: decides the matches their context rule left open. A bare
/// "the periphery" with no telling word nearby is the world-systems zone when the sentences
/// around it also speak of the field — concepts that need no context (semiperiphery,
/// world-economy …) or whose context settled them (`core states`, `dependency theory`) — as a
/// reader would judge; elsewhere it is dropped.
///
/// The evidence is local — the mention's sentence and its neighbours in the same paragraph —
/// not the paragraph: PDF extractions and web pages often have no blank lines, so a
/// "paragraph" may be the whole document, and a text full of field vocabulary must not
/// license every generic "incorporated" in it.
struct TopicEvidence {
    let text: SegmentedText
    let concepts: [Concept]
    let positions: [String: Int]

    func confirm(_ found: [(mention: ConceptMention, provisional: Bool)]) -> [ConceptMention] {
        guard found.contains(where: \.provisional) else { return found.map(\.mention) }
        let paragraphOfSentence = paragraphs()
        var evidence = [Int: Int]()
        for item in found where !item.provisional {
            evidence[item.mention.sentence, default: 0] += 1
        }
        return found.compactMap { item in
            guard item.provisional else { return item.mention }
            let needed = positions[item.mention.concept].flatMap { concepts[$0].context?.topicEvidence } ?? 0
            let sentence = item.mention.sentence
            let paragraph = paragraphOfSentence[sentence]
            let seen = (sentence - Self.reach...sentence + Self.reach)
                .filter { paragraphOfSentence.indices.contains($0) && paragraphOfSentence[$0] == paragraph }
                .reduce(0) { $0 + (evidence[$1] ?? 0) }
            return needed > 0 && seen >= needed ? item.mention : nil
        }
    }

    /// Sentences either side of a mention whose concepts count as its evidence.
    static let reach = 2

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
