/// One cited work found by the parsers before it becomes `InTextCitation`s (one per year).
struct CitedWork: Sendable {
    var authors: [String]
    var etAl: Bool
    /// Where the work's text starts (the first surname), or nil when only years were written
    /// and the authors were inherited ("(Wallerstein 1974; 1979)").
    var start: Int?
    var years: [CitedYear]
}

/// Display forms of name tokens.
enum NameText {
    /// A word as written for an author list: whitespace inside a broken compound dropped,
    /// a possessive ending ("Frank’s", "Hopkins'") removed.
    static func word(_ token: CitationToken, _ s: [Unicode.Scalar]) -> String {
        var end = token.coreEnd
        if end - token.start > 2, s[end - 1] == "s", CitationScalars.isApostrophe(s[end - 2]) {
            end -= 2
        } else if end - token.start > 2, CitationScalars.isApostrophe(s[end - 1]), s[end - 2] == "s" {
            end -= 1
        }
        let range = token.start..<end
        guard s[range].contains(where: CitationScalars.isSpace) else { return CitationScalars.string(s, range) }
        var view = String.UnicodeScalarView()
        for scalar in s[range] where !CitationScalars.isSpace(scalar) { view.append(scalar) }
        return String(view)
    }

    /// Words joined by single spaces.
    static func join(_ tokens: [CitationToken], _ s: [Unicode.Scalar]) -> String {
        tokens.map { word($0, s) }.joined(separator: " ")
    }

    /// The surname within a name written in natural order ("Giovanni Arrighi",
    /// "Emmanuel Le Roy Ladurie", "W. E. B. Du Bois"): from the first particle that follows a
    /// given name (or opens the name) to the end, else the last word. Initials never count.
    static func surnameRange(_ words: [CitationToken]) -> Range<Int> {
        let last = words.count - 1
        guard last > 0 else { return 0..<words.count }
        for index in 0..<last where !words[index].isInitial {
            if CitationLexicon.particles.contains(words[index].key) { return index..<words.count }
        }
        return last..<words.count
    }
}
