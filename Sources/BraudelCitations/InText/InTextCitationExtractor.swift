import BraudelText

/// Finds author–year citations (ASA style, as in sociology and world-systems journals) in
/// cleaned text.
public enum InTextCitationExtractor {
    /// All author–year citations in `scalars` (the cleaned text), in text order, skipping the range `excluding` (the reference list).
    /// `references` (the document's own list, when it has one) lets the scanner accept what the
    /// words alone leave open: authors whose names are English words (`(He 2010)`), a multiword
    /// surname against a given name, a bare `(1976: 45)` whose author the list confirms.
    public static func extract(from scalars: [Unicode.Scalar], excluding: Range<Int>? = nil,
                               references: [ReferenceEntry] = []) -> [InTextCitation] {
        var scanner = CitationScanner(s: scalars, excluding: excluding, known: ReferenceNames(references))
        scanner.run()
        return ordered(scanner.citations)
    }

    /// What a scan of a long document a window at a time shares between windows: the names of
    /// the document's reference list and the words the whole document writes in lowercase.
    public struct Evidence {
        let known: ReferenceNames
        let common: CommonWordEvidence

        /// Evidence from the document's references and its whole text.
        public init(references: [ReferenceEntry], text: String) {
            known = ReferenceNames(references)
            common = CommonWordEvidence(text: text)
        }
    }

    /// The citations that start in `core` of a window of a long text: `window` holds the
    /// scalars from document offset `base` on, `core` and `excluding` are document offsets, and
    /// so are the offsets returned. The window's context each side gives groups at the core's
    /// edges what the whole text would.
    public static func extract(window: [Unicode.Scalar], base: Int, core: Range<Int>, excluding: Range<Int>?,
                               evidence: Evidence) -> [InTextCitation] {
        let local = excluding.map { ($0.lowerBound - base)..<($0.upperBound - base) }
        var scanner = CitationScanner(s: window, excluding: local, known: evidence.known, common: evidence.common)
        scanner.run()
        return ordered(scanner.citations).compactMap { citation in
            guard core.contains(citation.start + base) else { return nil }
            var shifted = citation
            shifted.start += base
            shifted.end += base
            return shifted
        }
    }

    /// Citations in text order, each start once: a nested "[Moreno et al., 1995]" is read both
    /// alone and inside its parenthesis.
    private static func ordered(_ citations: [InTextCitation]) -> [InTextCitation] {
        var seen = Set<Int>()
        return citations.sorted { ($0.start, $0.end) < ($1.start, $1.end) }.filter { seen.insert($0.start).inserted }
    }
}

/// One pass over the text: every bracket group that may hold a year is parsed, as a
/// narrative year group ("Arrighi (1994)") or as parenthetical citations ("(Arrighi 1994)").
struct CitationScanner {
    let s: [Unicode.Scalar]
    let excluding: Range<Int>?
    let known: ReferenceNames
    let common: CommonWordEvidence
    var citations: [InTextCitation] = []
    /// Close offset of the last group that produced citations, for a "(p. 45)" right after it
    /// or after the quotation that follows it.
    private var lastCitingGroupClose = -1
    /// How many citations that group produced: a locator is attached only to a lone one.
    private var lastCitingGroupCount = 0

    init(s: [Unicode.Scalar], excluding: Range<Int>?, known: ReferenceNames = ReferenceNames(),
         common: CommonWordEvidence? = nil) {
        self.s = s
        self.excluding = excluding
        self.known = known
        self.common = common ?? CommonWordEvidence(s)
    }

    /// Brackets are matched with stacks in one pass, so stray or unbalanced brackets never
    /// make the scan quadratic; a blank line abandons open brackets.
    mutating func run() {
        var parentheses: [Int] = []
        var brackets: [Int] = []
        var i = 0
        let n = s.count
        while i < n {
            switch s[i].value {
            case 0x28, 0x5B:
                if let excluding, excluding.contains(i) {
                    parentheses.removeAll()
                    brackets.removeAll()
                    i = excluding.upperBound
                    continue
                }
                if s[i] == "(" { Self.push(i, onto: &parentheses) } else { Self.push(i, onto: &brackets) }
            case 0x29:
                if let open = parentheses.popLast() { consider(open: open, close: i) }
            case 0x5D:
                // "[1867]" inside "(Marx [1867] 1976)" belongs to the enclosing group; a nested
                // "[Moreno et al., 1995]" with names is a group of its own.
                if let open = brackets.popLast(),
                   parentheses.last.map({ $0 > open }) ?? true || s[(open + 1)..<i].contains(where: ScalarClass.isLetter) {
                    consider(open: open, close: i)
                }
            case 0x0A:
                if !(parentheses.isEmpty && brackets.isEmpty), CitationScalars.isParagraphBreak(s, at: i) {
                    // A page or column break may split a short group ("(Moreno\n\n2003)"); a
                    // bracket opened longer ago is stray.
                    parentheses.removeAll { i - $0 > Self.paragraphBridge }
                    brackets.removeAll()
                }
            case 0x30...0x39:
                if parentheses.isEmpty, brackets.isEmpty, i > 0, !ScalarClass.isDigit(s[i - 1]),
                   excluding.map({ !$0.contains(i) }) ?? true {
                    unbracketed(yearAt: i)
                }
            default:
                break
            }
            i += 1
        }
    }

    /// How close before a paragraph break an open parenthesis may stand and still be closed
    /// after it.
    private static let paragraphBridge = 120

    /// Open brackets nested deeper than this are forgotten, oldest first.
    private static let maximumDepth = 32

    private static func push(_ offset: Int, onto stack: inout [Int]) {
        if stack.count >= maximumDepth { stack.removeFirst() }
        stack.append(offset)
    }

    private mutating func consider(open: Int, close: Int) {
        guard close - open > 4, close - open <= BracketGroup.maximumLength else { return }
        let group = BracketGroup(s, open: open, close: close)
        if group.mayHoldYear(s) { process(group) }
    }

    private mutating func process(_ group: BracketGroup) {
        if LineShapes.isHowToCite(s, at: group.open) || LineShapes.opensInvertedNameList(s, at: group.open)
            || LineShapes.isTitleBylineHeading(s, group: group, known: known) { return }
        let t = Self.withoutBracketedAcronyms(CitationTokenizer.tokenize(s, in: group.content))
        let parts = split(t)
        let parser = ParentheticalParser(t: t, s: s, known: known, common: common)
        let before = citations.count
        var previous: CitedWork?
        var wordAuthors: [CitedWork] = []
        for (index, part) in parts.enumerated() {
            if index == 0, group.isParenthesis, let work = narrative(group, t, part, single: parts.count == 1) {
                previous = work
                continue
            }
            let works = parser.parse(part.lowerBound, part.upperBound, inherited: previous)
            if works.isEmpty, parts.count >= 2, let work = parser.wordAuthor(part.lowerBound, part.upperBound) {
                wordAuthors.append(work)
            }
            for work in works {
                if parts.count == 1, let owner = possessiveOwner(of: work, group) {
                    emit(owner, narrative: true, end: group.close + 1)
                    previous = owner
                    continue
                }
                // "Title (Quay Press, 2015) by Ana Lind": an imprint names no author; the
                // persons after "by" do.
                if Self.isPublisher(work) {
                    if parts.count == 1, let agents = TitledWorkOwner.byPhrase(s, after: group.close, known: known) {
                        // The span is the group: the names stand after it.
                        let owned = CitedWork(authors: agents.names, etAl: false, start: group.open, years: work.years)
                        emit(owned, narrative: true, end: group.close + 1)
                        previous = owned
                    }
                    continue
                }
                emit(work, narrative: false, end: nil)
                previous = work
            }
        }
        // "(He 2010; An 2012; Winter 2001)": in a list of citations a capitalized word and a
        // year are an author and a year even when the word is also an English word or a month.
        // A list of months or seasons alone is a list of dates: "(May 2004; June 2005)".
        let onlyDates = wordAuthors.allSatisfy { CitationLexicon.months.contains(NameFolding.plain($0.authors[0])) }
        if !wordAuthors.isEmpty, citations.count > before || (wordAuthors.count == parts.count && !onlyDates) {
            for work in wordAuthors { emit(work, narrative: false, end: nil) }
        }
        if citations.count == before, group.isParenthesis, parts.count == 1,
           let work = BareYearGroup.work(t, group, s, citations: citations, known: known)
            ?? PronounSubject.work(t, group, s, citations: citations, known: known)
            ?? NoteTitleGroup.work(t, group, s, known: known) {
            emit(work, narrative: false, end: nil)
        }
        if citations.count > before {
            lastCitingGroupClose = group.close
            lastCitingGroupCount = citations.count - before
        } else if group.hasDigit {
            attachBareLocator(group, t)
        }
    }

    /// "as described by Moreno and Lee, 2001": an APA name–comma–year run in prose, after a
    /// word that points to a source ("by", "see", "cf."). `i` is a digit outside brackets.
    private mutating func unbracketed(yearAt i: Int) {
        guard i >= 2, s[i - 1] == " ", s[i - 2] == ",", i + 4 <= s.count,
              (i..<(i + 4)).allSatisfy({ ScalarClass.isDigit(s[$0]) }) else { return }
        let lo = max(0, i - NarrativeNameParser.window)
        var hi = i + 4
        if hi < s.count, ScalarClass.isLower(s[hi]) { hi += 1 }
        guard hi >= s.count || !(ScalarClass.isLetter(s[hi]) || ScalarClass.isDigit(s[hi])
                                 || CitationScalars.isDash(s[hi])) else { return }
        let t = CitationTokenizer.tokenize(s, in: lo..<hi)
        let year = t.count - 1
        guard year >= 2, case .year(let match) = CitationYears.scan(t, at: year, limit: t.count, scalars: s),
              let run = AuthorRun.before(year, in: t, floor: 0, s, known: known), run.commaBeforeYear,
              let first = t.firstIndex(where: { $0.start == run.start }), first >= 1,
              t[first - 1].kind == .word, !t[first - 1].capitalized,
              CitationLexicon.sourcePointers.contains(t[first - 1].key),
              !PlaceNames.isImprint(run.authors, etAl: run.etAl, commaBeforeYear: true) else { return }
        emit(CitedWork(authors: run.authors, etAl: run.etAl, start: run.start,
                       years: [CitedYear(year: match.year, start: match.start, end: match.end)]),
             narrative: true, end: match.end)
    }

    /// "(Intergovernmental Panel on Climate Change [IPCC], 2014)": an organization's acronym in
    /// brackets after its name is no part of the author.
    private static func withoutBracketedAcronyms(_ t: [CitationToken]) -> [CitationToken] {
        guard t.contains(where: { $0.isPunct("[") }) else { return t }
        var kept: [CitationToken] = []
        var i = 0
        while i < t.count {
            if i + 2 < t.count, i > 0, t[i].isPunct("["), t[i + 1].kind == .word, t[i + 1].allCaps,
               t[i + 1].letterCount >= 2, t[i + 2].isPunct("]"), t[i - 1].kind == .word, t[i - 1].capitalized {
                i += 3
                continue
            }
            kept.append(t[i])
            i += 1
        }
        return kept
    }

    /// A work whose one author ends with a publisher's word ("Pluto Press", "Zed Books").
    private static func isPublisher(_ work: CitedWork) -> Bool {
        guard work.authors.count == 1, let last = NameFolding.words(work.authors[0]).last else { return false }
        return CitationLexicon.publisherWords.contains(last)
    }

    /// Token ranges between ";" marks.
    private func split(_ t: [CitationToken]) -> [Range<Int>] {
        var parts: [Range<Int>] = []
        var lo = 0
        for (index, token) in t.enumerated() {
            // "(Prebisch 1949 apud Furtado, 1974)", "(1949 apud FURTADO, 1974)": the original
            // and the source it was read in are two citations.
            if token.isWord("apud") {
                parts.append(lo..<index)
                lo = index + 1
                continue
            }
            // ABNT joins co-authors with a semicolon: "(ARRIGHI; DRANGEL, 1986)".
            guard token.isPunct(";"), !Self.isCapitalName(t[lo..<index]) else { continue }
            parts.append(lo..<index)
            lo = index + 1
        }
        parts.append(lo..<t.count)
        return parts.filter { !$0.isEmpty }
    }

    /// A surname written in capitals and nothing else ("ARRIGHI", "CHASE-DUNN"): in ABNT, a
    /// co-author the next name and year complete.
    private static func isCapitalName(_ tokens: ArraySlice<CitationToken>) -> Bool {
        !tokens.isEmpty && tokens.first!.allCaps
            && tokens.allSatisfy { ($0.kind == .word && $0.allCaps) || ($0.kind == .punct && CitationScalars.isDash($0.first)) }
    }

    /// "Arrighi's _The Long Twentieth Century_ (Verso 1994)": one unknown word and a year in
    /// parentheses after a possessive title name the publisher; the work is the owner's.
    private func possessiveOwner(of work: CitedWork, _ group: BracketGroup) -> CitedWork? {
        guard group.isParenthesis, work.authors.count == 1, !work.etAl, !work.authors[0].contains(" "),
              !known.isSurname(work.authors[0]),
              let names = NarrativeNameParser.parse(s, before: group.open, floor: 0, known: known), names.possessive
        else { return nil }
        return CitedWork(authors: names.authors, etAl: false, start: names.start, years: work.years)
    }

    /// "Author (1999: 45)": a group opening with years, names before it.
    private mutating func narrative(_ group: BracketGroup, _ t: [CitationToken], _ part: Range<Int>,
                                    single: Bool) -> CitedWork? {
        guard let (years, next) = YearListParser.parse(t, from: part.lowerBound, limit: part.upperBound, scalars: s),
              next == part.upperBound || t[next..<part.upperBound].allSatisfy(Self.isStrayMark) else { return nil }
        let floor = excluding.map { $0.upperBound <= group.open ? $0.upperBound : 0 } ?? 0
        if let subject = TitleFirstAuthor.author(s, group: group, floor: floor, known: known)
            ?? LineShapes.epigraphAuthor(s, group: group, known: known)
            ?? TitledDocument.author(s, group: group, known: known) {
            let work = CitedWork(authors: [subject.name], etAl: false, start: group.open, years: years)
            emit(work, narrative: true, end: single ? group.close + 1 : years[0].end)
            return work
        }
        switch InTitleAuthor.decide(s, group: group, floor: floor, cited: citations, known: known) {
        case .author(let name, let start):
            let work = CitedWork(authors: [name], etAl: false, start: start, years: years)
            emit(work, narrative: true, end: single ? group.close + 1 : years[0].end)
            return work
        case .none:
            return nil
        case .notTitle:
            break
        }
        switch TitledWorkOwner.decide(s, group: group, floor: floor, cited: citations, known: known) {
        case .authors(let names, let start):
            let work = CitedWork(authors: names, etAl: false, start: start, years: years)
            emit(work, narrative: true, end: single ? group.close + 1 : years[0].end)
            return work
        case .none:
            return nil
        case .notTitle:
            break
        }
        guard let names = NarrativeNameParser.parse(s, before: group.open, floor: floor, known: known) else { return nil }
        let work = CitedWork(authors: names.authors, etAl: names.etAl, start: names.start, years: years)
        emit(work, narrative: true, end: single ? group.close + 1 : years[0].end)
        return work
    }

    /// OCR debris after a year, "(1992~)", "(1974*)": marks that are neither words, numbers
    /// nor the punctuation of a locator.
    private static func isStrayMark(_ token: CitationToken) -> Bool {
        token.kind == .punct && "~*†‡^°".unicodeScalars.contains(token.first)
    }

    /// One citation per year: the first spans the names, later ones just their year.
    private mutating func emit(_ work: CitedWork, narrative: Bool, end firstEnd: Int?) {
        for (index, year) in work.years.enumerated() {
            let start = index == 0 ? (work.start ?? year.start) : year.start
            let end = index == 0 ? (firstEnd ?? year.end) : year.end
            citations.append(InTextCitation(authors: work.authors, etAl: work.etAl, year: year.year,
                                            text: CitationScalars.string(s, start..<end), start: start, end: end,
                                            narrative: narrative, locator: year.locator))
        }
    }

    /// "(p. 45)" directly after a citing group becomes the locator of its last citation; so
    /// does one right after a quotation that follows a lone citation in the same sentence:
    /// `Silver (2003) writes that “labor unrest …” (p. 45)`.
    private mutating func attachBareLocator(_ group: BracketGroup, _ t: [CitationToken]) {
        guard lastCitingGroupClose >= 0, let last = citations.indices.last, citations[last].locator == nil,
              let locator = LocatorParser.bare(t, limit: t.count, scalars: s) else { return }
        var j = lastCitingGroupClose + 1
        while j < group.open, CitationScalars.isSpace(s[j]) { j += 1 }
        guard j == group.open || (lastCitingGroupCount == 1 && QuotationBridge.spans(s, lastCitingGroupClose + 1..<group.open))
        else { return }
        citations[last].locator = locator
    }
}

/// The text between a citation and a bare "(p. 45)" that still ties the locator to it.
enum QuotationBridge {
    /// Longest stretch between the citation and the locator.
    static let maximumLength = 600

    /// True when `range` holds a quotation that ends right before the locator, within one
    /// paragraph, with no sentence ending outside the quotation marks.
    static func spans(_ s: [Unicode.Scalar], _ range: Range<Int>) -> Bool {
        guard range.count <= maximumLength else { return false }
        var end = range.upperBound
        while end > range.lowerBound, CitationScalars.isSpace(s[end - 1]) { end -= 1 }
        guard end > range.lowerBound, isClosingQuote(s[end - 1]) else { return false }
        var quoted = false
        var sawQuote = false
        for j in range.lowerBound..<end {
            let c = s[j]
            if c == "\n", CitationScalars.isParagraphBreak(s, at: j) { return false }
            if isOpeningQuote(c, after: j > 0 ? s[j - 1] : " ") {
                quoted = true
                sawQuote = true
            } else if isClosingQuote(c), quoted {
                quoted = false
            } else if !quoted, c == "." || c == "!" || c == "?", j + 1 < end, CitationScalars.isSpace(s[j + 1]) {
                return false
            }
        }
        return sawQuote
    }

    private static func isClosingQuote(_ c: Unicode.Scalar) -> Bool {
        c == "\u{201D}" || c == "\"" || c == "\u{2019}" || c == "\u{BB}"
    }

    /// A curly opening quote, or a straight one after a space or an opening bracket.
    private static func isOpeningQuote(_ c: Unicode.Scalar, after previous: Unicode.Scalar) -> Bool {
        if c == "\u{201C}" || c == "\u{2018}" || c == "\u{AB}" { return true }
        return c == "\"" && (CitationScalars.isSpace(previous) || previous == "(" || previous == "[")
    }
}
