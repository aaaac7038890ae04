/// Parses one reference-list entry in ASA, APA or Chicago author–date form:
/// `Wallerstein, Immanuel. 1974. The Modern World-System. New York: Academic Press.`,
/// `Arrighi, G., & Silver, B. J. (1999). Chaos and Governance…`, `———. 1992. …`.
enum ReferenceEntryParser {
    /// The entry in `range`, or nil when the paragraph does not read as an entry.
    /// `previousAuthors` fills in a repeated-author dash ("———.").
    static func parse(_ s: [Unicode.Scalar], _ range: Range<Int>, previousAuthors: [String]?) -> ReferenceEntry? {
        let t = CitationTokenizer.tokenize(s, in: range)
        guard !t.isEmpty else { return nil }
        let authors: [String]
        let afterAuthors: Int
        if let afterDashes = repeatedAuthorMark(t) {
            guard let previousAuthors else { return nil }
            authors = previousAuthors
            afterAuthors = afterDashes
        } else {
            guard let block = ReferenceAuthorParser.parse(t, s) else { return nil }
            authors = block.authors
            afterAuthors = block.next
        }
        var (year, located) = yearAndTitle(t, from: afterAuthors, s, range)
        if ReferenceAuthorParser.opensWithCapitalSurname(t), let last = lastYear(t, s) { year = last }
        guard year != nil || located != nil else { return nil }
        let raw = CitationScalars.string(s, range)
        let details = ReferenceDetailsParser.parse(
            entry: raw, tail: located.map { CitationScalars.normalizedString(s, $0.end..<range.upperBound) })
        return ReferenceEntry(authors: authors, year: year, title: located?.title,
                              raw: raw, start: range.lowerBound, end: range.upperBound,
                              container: details.container, volume: details.volume, issue: details.issue,
                              pages: details.pages, publisher: details.publisher, place: details.place,
                              doi: details.doi, url: details.url)
    }

    /// Index after "———.", "——— ", "---.", "___," — the same authors as the entry before.
    private static func repeatedAuthorMark(_ t: [CitationToken]) -> Int? {
        var i = 0
        var dashScalars = 0
        var longDash = false
        while i < t.count, t[i].kind == .punct, CitationScalars.isDash(t[i].first) {
            dashScalars += 1
            if t[i].first.value == 0x2014 || t[i].first.value == 0x2015 { longDash = true }
            i += 1
        }
        guard longDash || dashScalars >= 2 else { return nil }
        while i < t.count, t[i].isPunct(".") || t[i].isPunct(",") { i += 1 }
        // "———, ed." and "———, and Terence K. Hopkins" keep the inherited names.
        while i < t.count, t[i].kind == .word, CitationLexicon.editorialWords.contains(t[i].key) { i += 1 }
        while i < t.count, t[i].isPunct(".") || t[i].isPunct(",") { i += 1 }
        return i
    }

    /// Words after which an ABNT entry gives its link and the date it was read, not its year.
    static let accessWords: Set<String> = ["disponível", "disponivel", "acesso", "disponible", "consultado", "acceso"]

    /// The last year of an ABNT entry ("… Porto: Afrontamento, 1974."), before any access note.
    private static func lastYear(_ t: [CitationToken], _ s: [Unicode.Scalar]) -> String? {
        var found: String?
        var k = 0
        while k < t.count {
            if t[k].kind == .word, accessWords.contains(t[k].key) { break }
            if case .year(let match) = CitationYears.scan(t, at: k, limit: t.count, scalars: s) {
                found = match.year
                k = max(match.next, k + 1)
                continue
            }
            k += 1
        }
        return found
    }

    /// The year right after the authors (ASA "1974.", APA "(1974)."), then the title after it;
    /// when a title comes first (Chicago), the title and then the first year after it.
    private static func yearAndTitle(_ t: [CitationToken], from i: Int, _ s: [Unicode.Scalar],
                                     _ range: Range<Int>) -> (String?, (title: String, end: Int)?) {
        var j = i
        var parenthesized = false
        while j < t.count, t[j].isPunct(".") || t[j].isPunct(",") || t[j].isPunct("(") {
            // APA "Palat, R. A. (Ed.). (1993)": an editor mark before the year.
            if t[j].isPunct("("), j + 2 < t.count, t[j + 1].kind == .word,
               CitationLexicon.editorialWords.contains(t[j + 1].key), t[j + 2].isPunct(")") {
                j += 3
                continue
            }
            if t[j].isPunct("(") { parenthesized = true }
            j += 1
        }
        var scanned = CitationYears.scan(t, at: j, limit: t.count, scalars: s)
        // "Braudel, Fernand. 1981–1984. Civilization and Capitalism": a multivolume work's span.
        if case .range = scanned, let span = CitationYears.multivolumeRange(t, at: j, limit: t.count, scalars: s) {
            scanned = .year(span)
        }
        if case .year(let match) = scanned {
            var titleStart = match.end
            if parenthesized, let close = t[match.next...].prefix(8).first(where: { $0.isPunct(")") }) {
                titleStart = close.end
            }
            return (match.year, ReferenceTitle.locate(s, from: titleStart, to: range.upperBound))
        }
        guard j < t.count else { return (nil, nil) }
        let title = ReferenceTitle.locate(s, from: t[j].start, to: range.upperBound)
        var k = j
        while k < t.count {
            if case .year(let match) = CitationYears.scan(t, at: k, limit: t.count, scalars: s) { return (match.year, title) }
            k += 1
        }
        return (nil, title)
    }
}
