import BraudelText

/// Finds concept mentions that are words of a proper name — a journal, an institute, a
/// research centre: "Journal of World-Systems Research", "Institute for Research on
/// World-Systems". They are spellings of the concept but not uses of it, so statistics leave
/// them out (see ``ConceptMention/inName``).
///
/// A name is a run of capitalized words, joined by spaces, hyphens and the lowercase
/// connectives of titles (of, for, on, the, and …), that holds a word naming a kind of
/// institution or periodical. The mention's own words must be capitalized too: "the journal
/// of world-systems research" in running prose is a description, not a name.
enum ProperNames {
    /// Words that make a capitalized run a name of an institution or periodical.
    static let heads: Set<String> = ["journal", "review", "institute", "center", "centre", "association", "society",
                                     "section", "press", "foundation", "department", "program", "programme",
                                     "laboratory", "bulletin", "quarterly", "annals", "proceedings", "newsletter",
                                     "series", "conference", "congress", "commission", "council", "network",
                                     "grupo", "groupe", "gruppe", "instituto", "institut", "revista", "revue", "zeitschrift",
                                     "departamento", "département", "fundación", "fundação", "fondation", "stiftung",
                                     "asociación", "associação", "sociedad", "sociedade", "société", "gesellschaft",
                                     "comisión", "comissão", "programa", "laboratorio", "laboratório", "laboratoire",
                                     "universidad", "universidade", "université", "universität", "centro", "zentrum"]
    /// Lowercase words allowed inside a name.
    static let connectives: Set<String> = ["of", "for", "on", "the", "and", "in", "&", "de", "du", "des", "la", "y", "e",
                                           "d'", "l'", "le", "les", "et", "del", "el", "los", "las", "da", "do", "dos", "das",
                                           "em", "para", "sobre", "und", "für", "der", "die", "zur", "zum"]

    /// True when the tokens `range` lie inside such a name.
    static func contains(_ range: Range<Int>, in text: SegmentedText) -> Bool {
        let tokens = text.tokens
        guard range.allSatisfy({ isCapitalized($0, in: text) }) else { return false }
        let sentence = text.sentences[tokens[range.lowerBound].sentence].tokens
        var hasHead = false
        var index = range.lowerBound - 1
        while index >= sentence.lowerBound, tokens[index + 1].gapBefore != .other, belongs(index, in: text) {
            hasHead = hasHead || heads.contains(tokens[index].folded)
            index -= 1
        }
        index = range.upperBound
        while index < sentence.upperBound, tokens[index].gapBefore != .other, belongs(index, in: text) {
            hasHead = hasHead || heads.contains(tokens[index].folded)
            index += 1
        }
        return hasHead
    }

    private static func belongs(_ index: Int, in text: SegmentedText) -> Bool {
        isCapitalized(index, in: text) || connectives.contains(text.tokens[index].folded)
    }

    private static func isCapitalized(_ index: Int, in text: SegmentedText) -> Bool {
        text.scalars[text.tokens[index].start].properties.isUppercase
    }
}
