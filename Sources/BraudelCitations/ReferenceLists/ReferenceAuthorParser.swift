import Foundation

/// Reads the author block that opens a reference entry and returns the surnames:
/// "Chase-Dunn, Christopher, and Thomas D. Hall" → [Chase-Dunn, Hall];
/// "Arrighi, G., & Silver, B. J." → [Arrighi, Silver]; "World Bank" → [World Bank].
enum ReferenceAuthorParser {
    /// The surnames and the index of the first token after the block, or nil when the entry
    /// does not open with names (prose, a note, a damaged line).
    static func parse(_ t: [CitationToken], _ s: [Unicode.Scalar]) -> (authors: [String], next: Int)? {
        if let vancouver = surnameInitials(t, s) { return vancouver }
        guard let end = blockEnd(t, s) else { return nil }
        let block = Array(t[0..<end])
        guard block.allSatisfy(isBlockToken) else { return nil }
        let segments = split(block)
        if let firm = firmName(block, s) { return ([firm], end) }
        let authors = block.contains(where: { $0.isPunct(",") }) ? persons(segments, s) : [wholeName(block, s)]
        guard !authors.isEmpty, authors.allSatisfy({ !$0.isEmpty }) else { return nil }
        return (authors, end)
    }

    /// Vancouver and its relatives (PLoS, Nature): "Moreno PD, Lee AB, Castell J. Title…" or
    /// "Moreno PD, Lee AB (2001) Title…" — each author a surname followed by capital initials
    /// without periods. The block ends at the period after the last initials, at "(", at "et
    /// al." or at a year.
    private static func surnameInitials(_ t: [CitationToken], _ s: [Unicode.Scalar]) -> (authors: [String], next: Int)? {
        var authors: [String] = []
        var j = 0
        while j < t.count {
            var k = j
            while k < t.count, t[k].kind == .word, (t[k].capitalized && !isInitials(t[k])) || CitationLexicon.particles.contains(t[k].key) {
                k += 1
            }
            guard k > j, k < t.count, isInitials(t[k]) else { return nil }
            authors.append(NameText.join(Array(t[j..<k]), s))
            let initials = t[k]
            k += 1
            if initials.hasPeriod { return (authors, k) }
            guard k < t.count else { return nil }
            if t[k].isPunct(".") || t[k].isPunct("(") { return (authors, t[k].isPunct(".") ? k + 1 : k) }
            guard t[k].isPunct(",") else { return nil }
            k += 1
            if EtAlMarker.starts(at: k, in: t, limit: t.count) { return (authors, k + 2) }
            j = k
        }
        return nil
    }

    /// True when the tokens open with a Vancouver author block ("Moreno PD, Lee AB").
    static func opensWithSurnameInitials(_ t: [CitationToken], _ s: [Unicode.Scalar]) -> Bool {
        surnameInitials(t, s) != nil
    }

    /// "PD", "J", "AB." — one to three capitals written together (no period between them).
    private static func isInitials(_ token: CitationToken) -> Bool {
        token.kind == .word && token.letterCount <= 3 && (token.allCaps || (token.letterCount == 1 && token.capitalized))
            && !token.key.contains(".")
    }

    /// The block ends before the year ("1974", "(1999)", "[1867] 1976", "n.d."), before a
    /// quoted title, or after a word closed by a period that is not an initial or "eds.".
    private static func blockEnd(_ t: [CitationToken], _ s: [Unicode.Scalar]) -> Int? {
        let abnt = opensWithCapitalSurname(t)
        var j = 0
        while j < t.count, j < 60 {
            let token = t[j]
            // "Chase-Dunn, Christopher u. a. (2000)", "ARRIGHI, Giovanni et al. Caos…": the
            // marker closes the names.
            if EtAlMarker.starts(at: j, in: t, limit: t.count) {
                if t[j + 1].hasPeriod { return j + 2 }
                j += 2
                continue
            }
            // ABNT "SILVER, Beverly J. Caos e governabilidade…": the title follows the given
            // names' last initial, not a year.
            if abnt, token.isInitial, j + 1 < t.count, t[j + 1].kind == .word, !t[j + 1].isInitial,
               !CitationLexicon.particles.contains(t[j + 1].key) {
                return j + 1
            }
            if case .year = CitationYears.scan(t, at: j, limit: t.count, scalars: s) { return j > 0 ? j : nil }
            if token.isPunct("("), case .year = CitationYears.scan(t, at: j + 1, limit: t.count, scalars: s) { return j > 0 ? j : nil }
            if token.kind == .punct, CitationScalars.isQuote(token.first) { return j > 0 ? j : nil }
            if token.isPunct("."), j > 0 { return j }
            if token.kind == .word, token.hasPeriod, !token.isInitial, !isContinuingAbbreviation(token) { return j + 1 }
            j += 1
        }
        return nil
    }

    /// "Smith & Sons, Inc.": a block closed by a corporate suffix after a comma is one firm,
    /// written as the text cites it.
    private static func firmName(_ block: [CitationToken], _ s: [Unicode.Scalar]) -> String? {
        guard block.count >= 3, let last = block.indices.last(where: { block[$0].kind == .word }), last >= 1,
              block[last - 1].isPunct(","), CitationLexicon.corporateSuffixes.contains(block[last].key) else { return nil }
        return CitationScalars.normalizedString(s, block[0].start..<block[last].end)
    }

    private static func isContinuingAbbreviation(_ token: CitationToken) -> Bool {
        let key = token.key
        return CitationLexicon.editorialWords.contains(key) || CitationLexicon.corporateSuffixes.contains(key)
            || key == "al" || key == "jr" || key == "sr" || key == "st"
    }

    /// ABNT (NBR 6023) writes the surname in capitals before a comma: "WALLERSTEIN, Immanuel.",
    /// "CHASE-DUNN, Christopher;", "DOS SANTOS, Theotonio." — and puts the year last.
    static func opensWithCapitalSurname(_ t: [CitationToken]) -> Bool {
        var j = 0
        while j < t.count, j < 6, (t[j].kind == .word && t[j].allCaps) || (t[j].kind == .punct && CitationScalars.isDash(t[j].first)) {
            j += 1
        }
        return j > 0 && t[0].allCaps && j + 1 < t.count && t[j].isPunct(",") && t[j + 1].kind == .word
            && (t[j + 1].isInitial || (t[j + 1].capitalized && !t[j + 1].allCaps))
    }

    /// Tokens an author block may hold; a lowercase word outside the name vocabulary means prose.
    private static func isBlockToken(_ token: CitationToken) -> Bool {
        switch token.kind {
        case .number: return false
        case .punct: return ",&.()-;/".unicodeScalars.contains(token.first) || CitationScalars.isDash(token.first)
        case .word:
            if token.capitalized || token.allCaps { return true }
            let key = token.key
            return CitationLexicon.particles.contains(key) || CitationLexicon.nameConnectors.contains(key)
                || CitationLexicon.editorialWords.contains(key) || CitationLexicon.conjunctions.contains(key)
                || EtAlMarker.secondWords.contains(key) || (token.hasPeriod && (key == "u" || key == "a"))
        }
    }

    private struct Segment {
        var words: [CitationToken]
        var afterConjunction: Bool
    }

    /// Name segments between ",", ";", "and", "&", without editorial words, "et al." and
    /// parenthesized acronyms or roles ("(UNCTAD)", "(Eds.)").
    private static func split(_ block: [CitationToken]) -> [Segment] {
        var segments: [Segment] = []
        var current = Segment(words: [], afterConjunction: false)
        var depth = 0
        for token in block {
            if token.isPunct("(") { depth += 1; continue }
            if token.isPunct(")") { depth = max(0, depth - 1); continue }
            if depth > 0 { continue }
            if token.isPunct(",") || token.isPunct(";") || token.isConjunction {
                if !current.words.isEmpty { segments.append(current) }
                current = Segment(words: [], afterConjunction: token.isConjunction)
                continue
            }
            guard token.kind == .word, !isRole(token) else { continue }
            current.words.append(token)
        }
        if !current.words.isEmpty { segments.append(current) }
        return segments
    }

    private static func isRole(_ token: CitationToken) -> Bool {
        let key = token.key
        return CitationLexicon.editorialWords.contains(key) || key == "et" || EtAlMarker.secondWords.contains(key)
            || (!token.capitalized && (key == "u" || key == "a"))
            || ["jr", "sr", "ii", "iii", "iv"].contains(key)
    }

    /// Persons from segments: an inverted "Surname, Given" pair, or a name in natural order
    /// ("and Thomas D. Hall") whose surname is found as in running text.
    private static func persons(_ segments: [Segment], _ s: [Unicode.Scalar]) -> [String] {
        var authors: [String] = []
        var k = 0
        while k < segments.count {
            let segment = segments[k]
            // The first author is always inverted, so a multiword first segment before given
            // names is a surname whole ("Garcia Marquez, Luis"); later ones may be natural order.
            if k + 1 < segments.count, isSurnameUnit(segment) || (k == 0 && isMultiwordSurname(segment)),
               !segments[k + 1].afterConjunction,
               isGivenNames(segments[k + 1]) {
                authors.append(NameText.join(segment.words, s))
                k += 2
                continue
            }
            let names = segment.words.filter { !$0.isInitial }
            if names.isEmpty {
                k += 1
                continue
            }
            let words = segment.words
            authors.append(NameText.join(Array(words[NameText.surnameRange(words)]), s))
            k += 1
        }
        return authors
    }

    /// "Wallerstein", "van der Linden", "Le Roy Ladurie": one word, or words opened by a particle.
    private static func isSurnameUnit(_ segment: Segment) -> Bool {
        guard let first = segment.words.first, segment.words.allSatisfy({ !$0.isInitial }) else { return false }
        return segment.words.count == 1 || CitationLexicon.particles.contains(first.key)
    }

    /// "Garcia Marquez", "Abu Lughod": two or three capitalized words, no initials.
    private static func isMultiwordSurname(_ segment: Segment) -> Bool {
        (2...3).contains(segment.words.count) && segment.words.allSatisfy { $0.capitalized && !$0.isInitial }
    }

    /// "Immanuel", "B. J.", "Terence K.", "Boaventura de Sousa": given names and initials.
    private static func isGivenNames(_ segment: Segment) -> Bool {
        guard segment.words.count <= 4 else { return false }
        return segment.words.allSatisfy { $0.isInitial || $0.capitalized || CitationLexicon.particles.contains($0.key) }
    }

    /// A block without commas is one name as written: an organization ("World Bank",
    /// "Food and Agriculture Organization"), or a single name.
    private static func wholeName(_ block: [CitationToken], _ s: [Unicode.Scalar]) -> String {
        var parts: [String] = []
        var depth = 0
        for token in block {
            if token.isPunct("(") { depth += 1; continue }
            if token.isPunct(")") { depth = max(0, depth - 1); continue }
            guard depth == 0 else { continue }
            if token.kind == .word, !CitationLexicon.editorialWords.contains(token.key) {
                parts.append(NameText.word(token, s))
            } else if token.isPunct("&") {
                parts.append("&")
            } else if token.isPunct("/"), !token.gapBefore, let last = parts.popLast() {
                // "UNDP/ILO": a slash-joined corporate author stays one name as written.
                parts.append(last + "/")
            }
        }
        return parts.joined(separator: " ").replacingOccurrences(of: "/ ", with: "/")
    }
}
