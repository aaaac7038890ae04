import BraudelText
/// Shapes around a year group that decide it from outside: an epigraph's attribution, which
/// names the author away from the year, and a publisher's how-to-cite label, whose reference is
/// set in the head of an article and is no citation in its text. Cleaning may have joined the
/// lines, so neither relies on line breaks.
enum LineShapes {
    /// "“…” — Ana Moreno, The Salt Roads of the South (1988)": an attribution that opens with a
    /// dash after a closing quotation mark (or at the start of a line), gives a person's name and
    /// a comma, and ends with the year group (then the line or the paragraph goes on with a new
    /// sentence). The name is the author; the title's words never are. Nil for any other shape.
    static func epigraphAuthor(_ s: [Unicode.Scalar], group: BracketGroup, known: ReferenceNames) -> (name: String, start: Int)? {
        guard endsAttribution(s, after: group.close + 1) else { return nil }
        let low = max(0, group.open - reach)
        guard var dash = (low..<group.open).last(where: { CitationScalars.isDash(s[$0]) && isAttributionDash(s, at: $0) })
        else { return nil }
        while dash < group.open, CitationScalars.isDash(s[dash]) || CitationScalars.isSpace(s[dash]) { dash += 1 }
        let t = CitationTokenizer.tokenize(s, in: dash..<group.open)
        var k = 0
        while k < t.count, t[k].kind == .word, t[k].capitalized || t[k].isInitial || CitationLexicon.particles.contains(t[k].key) { k += 1 }
        guard k >= 1, k <= 4, k + 1 < t.count, t[k].isPunct(","), t[k + 1].kind == .word, t[k + 1].capitalized,
              !t[(k + 1)...].contains(where: { $0.isPunct(".") || $0.isPunct(";") }),
              let chain = NameChain.collect(t, endingAt: k - 1, known: known), chain.lo == 0,
              !chain.isOrganization, !chain.isPublisher else { return nil }
        return (chain.surname(s), chain.surnameStart)
    }

    /// How far back an attribution dash or a how-to-cite label may stand.
    private static let reach = 200

    /// A dash spaced off from the words around it, after a closing quotation mark or at a line
    /// start: "…others.” — Name", not the dash inside "countries—one" or a range "1500–1900".
    private static func isAttributionDash(_ s: [Unicode.Scalar], at i: Int) -> Bool {
        guard i + 1 < s.count, CitationScalars.isSpace(s[i + 1]) else { return false }
        var j = i - 1
        while j >= 0, s[j] == " " || s[j] == "\t" { j -= 1 }
        guard j >= 0 else { return true }
        return s[j] == "\n" || s[j] == "\u{201D}" || s[j] == "\""
    }

    /// After the group: the end of the text or the line, or a new sentence ("(1967) Thus, …").
    private static func endsAttribution(_ s: [Unicode.Scalar], after close: Int) -> Bool {
        var i = close
        while i < s.count, s[i] == " " || s[i] == "\t" || s[i] == "\r" { i += 1 }
        guard i < s.count, s[i] != "\n" else { return true }
        return i > close && ScalarClass.isUpper(s[i])
    }

    /// True when "To cite this", "Cite this" or "How to cite" stands before `offset` in the
    /// same stretch of text (no sentence end between): the publisher's ready-made reference.
    static func isHowToCite(_ s: [Unicode.Scalar], at offset: Int) -> Bool {
        // A group at the very start has nothing before it (and j would fall before the text).
        guard offset > 0, offset <= s.count else { return false }
        var j = offset - 1
        let low = max(0, offset - reach)
        while j > low, s[j] != "\n", !(s[j] == "." && j + 1 < s.count && CitationScalars.isSpace(s[j + 1])
                                        && j >= 1 && ScalarClass.isLower(s[j - 1])) { j -= 1 }
        let t = CitationTokenizer.tokenize(s, in: j..<offset)
        let words = t.filter { $0.kind == .word }.map(\.key)
        guard words.count >= 2 else { return false }
        for i in 0..<(words.count - 1) where words[i] == "cite" && words[i + 1] == "this" { return true }
        for i in 0..<max(0, words.count - 2) where words[i] == "how" && words[i + 1] == "to" && words[i + 2] == "cite" { return true }
        for i in 0..<(words.count - 1) where ["recommended", "suggested"].contains(words[i]) && words[i + 1] == "citation" { return true }
        return false
    }

    /// "Postcapitalism: A Guide to the Quays - Ana Moreno (2015)" alone on its line: an ebook
    /// site's heading, a title and its author's full name after a spaced dash, then the year and
    /// the end of the line. It names the page's own book; it cites nothing. An epigraph's
    /// attribution opens its line with the dash, so it never has a title before it.
    static func isTitleBylineHeading(_ s: [Unicode.Scalar], group: BracketGroup, known: ReferenceNames) -> Bool {
        var end = group.close + 1
        while end < s.count, s[end] == " " || s[end] == "\t" || s[end] == "\r" { end += 1 }
        guard end == s.count || s[end] == "\n" else { return false }
        var start = group.open
        while start > 0, s[start - 1] != "\n", group.open - start < reach { start -= 1 }
        guard start == 0 || s[start - 1] == "\n" else { return false }
        guard let dash = (start..<group.open).last(where: {
            CitationScalars.isDash(s[$0]) && $0 > start && s[$0 - 1] == " " && $0 + 1 < s.count && s[$0 + 1] == " "
        }) else { return false }
        let title = CitationTokenizer.tokenize(s, in: start..<dash)
        let name = CitationTokenizer.tokenize(s, in: (dash + 1)..<group.open)
        guard title.filter({ $0.kind == .word }).count >= 2, let first = title.first, first.kind == .word, first.capitalized,
              !title.contains(where: { $0.isPunct(".") || $0.isPunct(";") || $0.hasPeriod }),
              (2...4).contains(name.count), name.allSatisfy({ $0.kind == .word && ($0.capitalized || $0.isInitial) }),
              let chain = NameChain.collect(name, endingAt: name.count - 1, known: known), chain.lo == 0,
              !chain.isOrganization, !chain.isPublisher else { return false }
        return true
    }

    /// True when the line before `offset` is only a list of inverted names ("Moreno, Ana and
    /// Lee, Jin (2018) Title. …"): a repository record's citation of the work itself, set as a
    /// reference entry, never a citation in the text.
    static func opensInvertedNameList(_ s: [Unicode.Scalar], at offset: Int) -> Bool {
        guard offset > 0, offset <= s.count else { return false }
        var start = offset - 1
        while start > 0, s[start - 1] != "\n", offset - start < reach { start -= 1 }
        guard start == 0 || s[start - 1] == "\n" else { return false }
        if hasProseToken(s, start..<offset) { return false }
        var line = String(String.UnicodeScalarView(s[start..<offset])).trimmingCharacters(in: .whitespaces)
        for joiner in [" and ", " & "] { line = line.replacingOccurrences(of: joiner, with: ";") }
        let people = line.split(separator: ";")
        return !people.isEmpty && people.allSatisfy { person in
            let parts = person.split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces) }
            guard parts.count == 2 else { return false }
            let words = parts.flatMap { $0.split(separator: " ") }
            return (2...5).contains(words.count) && words.allSatisfy { $0.first?.isUppercase == true }
        }
    }

    /// A space-separated token no name list holds: one opening with an ASCII lowercase letter
    /// (other than the joiner "and"), a digit or a bracket. Checked on scalars first, because the
    /// list test above builds strings and runs before every bracket group, and prose fails here.
    private static func hasProseToken(_ s: [Unicode.Scalar], _ range: Range<Int>) -> Bool {
        var j = range.lowerBound
        while j < range.upperBound {
            if j == range.lowerBound || s[j - 1] == " " {
                let c = s[j].value
                let lowercase = (0x61...0x7A).contains(c)
                let isAnd = lowercase && j + 3 <= range.upperBound && s[j] == "a" && s[j + 1] == "n" && s[j + 2] == "d"
                    && (j + 3 == range.upperBound || s[j + 3] == " ")
                if (lowercase && !isAnd) || (0x30...0x39).contains(c) || c == 0x28 || c == 0x5B { return true }
            }
            j += 1
        }
        return false
    }
}
