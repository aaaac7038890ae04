import BraudelText
/// A word, number or punctuation mark inside a stretch of text the citation parsers examine.
/// Only candidate stretches are tokenized (bracket groups holding a year, the words before a
/// narrative year, reference entries), never the whole text.
struct CitationToken: Sendable {
    enum Kind: Sendable { case word, number, punct }

    var kind: Kind
    /// Scalar offsets; `end` includes a period absorbed after a word ("al.", "J.", "n.d.").
    var start: Int
    var end: Int
    /// Lowercased text without the absorbed period and without whitespace; for numbers the
    /// digits plus any letter suffix ("1990a").
    var key: String
    /// True when a word was directly followed by a period, which the token absorbed.
    var hasPeriod: Bool
    /// The token's first scalar (the mark itself for punctuation).
    var first: Unicode.Scalar
    var capitalized: Bool
    /// At least two letters and no lowercase letter ("UNCTAD", "ILO").
    var allCaps: Bool
    var letterCount: Int
    /// True when whitespace separates the token from the one before it.
    var gapBefore: Bool

    /// End of the token without its absorbed period.
    var coreEnd: Int { hasPeriod ? end - 1 : end }

    func isPunct(_ mark: Unicode.Scalar) -> Bool { kind == .punct && first == mark }

    func isWord(_ word: String) -> Bool { kind == .word && key == word }

    /// "and" or "&", the joints of an author list, and the same word in French, Spanish,
    /// Portuguese and German ("Cardoso y Faletto", "Arienti e Filomeno", "Hopkins und Wallerstein").
    var isConjunction: Bool { (kind == .word && CitationLexicon.conjunctions.contains(key)) || isPunct("&") }

    /// "J.", "W.", "J.P." — given-name initials, dropped from author names.
    var isInitial: Bool {
        kind == .word && hasPeriod && capitalized && (letterCount == 1 || key.utf8.contains(0x2E))
    }
}

/// Cuts a range of scalars into `CitationToken`s.
enum CitationTokenizer {
    static func tokenize(_ s: [Unicode.Scalar], in range: Range<Int>) -> [CitationToken] {
        var tokens: [CitationToken] = []
        var i = range.lowerBound
        let end = range.upperBound
        var gap = true
        while i < end {
            let c = s[i]
            if CitationScalars.isSpace(c) {
                gap = true
                i += 1
                continue
            }
            if ScalarClass.isDigit(c) {
                tokens.append(number(s, &i, end, gap))
            } else if ScalarClass.isLetter(c) {
                tokens.append(word(s, &i, end, gap))
            } else {
                tokens.append(CitationToken(kind: .punct, start: i, end: i + 1, key: String(Character(c)),
                                            hasPeriod: false, first: c, capitalized: false, allCaps: false,
                                            letterCount: 0, gapBefore: gap))
                i += 1
            }
            gap = false
            mergeHyphenatedInitial(&tokens)
        }
        return tokens
    }

    /// "H.-f." (Ho-fung), "J.-P." (Jean-Paul): one initial, not a name and a stray letter.
    private static func mergeHyphenatedInitial(_ tokens: inout [CitationToken]) {
        let n = tokens.count
        guard n >= 3 else { return }
        let first = tokens[n - 3], dash = tokens[n - 2], second = tokens[n - 1]
        guard first.isInitial, dash.kind == .punct, CitationScalars.isDash(dash.first), !dash.gapBefore,
              second.kind == .word, second.hasPeriod, second.letterCount == 1, !second.gapBefore else { return }
        var merged = first
        merged.end = second.end
        merged.key = first.key + "." + second.key
        merged.letterCount = first.letterCount + 1
        tokens.removeLast(3)
        tokens.append(merged)
    }

    private static func number(_ s: [Unicode.Scalar], _ i: inout Int, _ end: Int, _ gap: Bool) -> CitationToken {
        let start = i
        var j = i
        while j < end, ScalarClass.isDigit(s[j]) { j += 1 }
        // A single lowercase letter glued to the digits is a year suffix ("1990a").
        if j < end, s[j].value >= 0x61, s[j].value <= 0x7A, j + 1 >= end || !ScalarClass.isLetter(s[j + 1]) {
            j += 1
        }
        i = j
        return CitationToken(kind: .number, start: start, end: j, key: CitationScalars.lowercasedKey(s, start..<j),
                             hasPeriod: false, first: s[start], capitalized: false, allCaps: false,
                             letterCount: 0, gapBefore: gap)
    }

    private static func word(_ s: [Unicode.Scalar], _ i: inout Int, _ end: Int, _ gap: Bool) -> CitationToken {
        let start = i
        var j = wordBodyEnd(s, from: i + 1, end: end, start: start)
        var hasPeriod = false
        if j < end, s[j] == "." {
            hasPeriod = true
            j += 1
        } else if j < end, CitationScalars.isApostrophe(s[j]), s[j - 1] == "s",
                  j + 1 >= end || !ScalarClass.isLetter(s[j + 1]) {
            j += 1   // plural possessive: "Hopkins'"
        }
        i = j
        let coreEnd = hasPeriod ? j - 1 : j
        var letters = 0
        var lower = false
        for k in start..<coreEnd where ScalarClass.isLetter(s[k]) {
            letters += 1
            if ScalarClass.isLower(s[k]) { lower = true }
        }
        let capitalized = ScalarClass.isUpper(s[start])
        return CitationToken(kind: .word, start: start, end: j, key: CitationScalars.lowercasedKey(s, start..<coreEnd),
                             hasPeriod: hasPeriod, first: s[start], capitalized: capitalized,
                             allCaps: letters >= 2 && !lower, letterCount: letters, gapBefore: gap)
    }

    /// Letters, digits and marks, joined by inner apostrophes (O'Brien), hyphens (Chase-Dunn,
    /// also across a line break before a capital), and dots of short abbreviations (e.g, n.d).
    private static func wordBodyEnd(_ s: [Unicode.Scalar], from index: Int, end: Int, start: Int) -> Int {
        var j = index
        var segmentStart = start
        while j < end {
            let c = s[j]
            if ScalarClass.isDigit(c), gluedYear(s, at: j, end: end, start: start) { break }
            if j == start + 3, ScalarClass.isUpper(c), isLowercaseAnd(s, start) { break }
            if ScalarClass.isLetter(c) || ScalarClass.isDigit(c) || CitationScalars.isMark(c) {
                j += 1
            } else if CitationScalars.isApostrophe(c), j + 1 < end, ScalarClass.isLetter(s[j + 1]) {
                j += 2
            } else if CitationScalars.isHyphen(c), j + 1 < end, ScalarClass.isLetter(s[j + 1]) {
                j += 2
            } else if CitationScalars.isHyphen(c), let resumed = brokenCompound(s, after: j, end: end) {
                j = resumed
            } else if c == ".", j - segmentStart <= 2, isShortSegment(s, from: j + 1, end: end) {
                segmentStart = j + 1
                j += 1
            } else {
                break
            }
        }
        return j
    }

    /// "Lee1977": extraction dropped the space between a capitalized name and its year. The
    /// digits at `j` end the word when the letters before them are a capitalized name of two or
    /// more letters and the digits read as a year ("1977", "1977a") closing the run.
    private static func gluedYear(_ s: [Unicode.Scalar], at j: Int, end: Int, start: Int) -> Bool {
        guard j - start >= 2, ScalarClass.isUpper(s[start]),
              s[start..<j].allSatisfy(ScalarClass.isLetter) else { return false }
        var k = j
        while k < end, ScalarClass.isDigit(s[k]) { k += 1 }
        guard k - j == 4 else { return false }
        if k < end, ScalarClass.isLower(s[k]) { k += 1 }
        guard k >= end || !(ScalarClass.isLetter(s[k]) || ScalarClass.isDigit(s[k])) else { return false }
        return CitationYears.isYear(CitationScalars.lowercasedKey(s, j..<k))
    }

    /// "andWallerstein": a lost space after "and" before a capitalized name.
    private static func isLowercaseAnd(_ s: [Unicode.Scalar], _ start: Int) -> Bool {
        s[start] == "a" && s[start + 1] == "n" && s[start + 2] == "d"
    }

    /// "Chase-\nDunn": a hyphen, a line break, then a capital continues the same name.
    private static func brokenCompound(_ s: [Unicode.Scalar], after hyphen: Int, end: Int) -> Int? {
        var k = hyphen + 1
        var sawNewline = false
        while k < end, CitationScalars.isSpace(s[k]) {
            if s[k] == "\n" {
                if sawNewline { return nil }
                sawNewline = true
            }
            k += 1
        }
        guard sawNewline, k < end, ScalarClass.isUpper(s[k]) else { return nil }
        return k + 1
    }

    /// One or two letters followed by a non-letter: the next piece of "e.g.", "n.d.", "U.S.".
    private static func isShortSegment(_ s: [Unicode.Scalar], from index: Int, end: Int) -> Bool {
        var k = index
        while k < end, k - index < 3, ScalarClass.isLetter(s[k]) { k += 1 }
        let length = k - index
        return length >= 1 && length <= 2 && (k >= end || !ScalarClass.isLetter(s[k]))
    }
}
