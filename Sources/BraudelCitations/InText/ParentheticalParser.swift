import BraudelText
import Foundation

/// Parses one ';'-separated part of a bracket group as "[prefix] authors [,] years [locator]",
/// possibly several works joined by "and" or ",": "(e.g., Okafor 2015 and Lindqvist 2019)".
struct ParentheticalParser {
    let t: [CitationToken]
    let s: [Unicode.Scalar]
    var known = ReferenceNames()
    /// The document's lowercase words, telling a report's name from a person's.
    var common: CommonWordEvidence?

    /// The works of tokens `lo..<hi`. A part of years only ("1979" in "(Wallerstein 1974;
    /// 1979)") takes the authors of `inherited`. Anything unparseable yields no work: a missed
    /// citation is better than a wrong one.
    func parse(_ lo: Int, _ hi: Int, inherited: CitedWork?) -> [CitedWork] {
        if let inherited, let (years, _) = YearListParser.parse(t, from: lo, limit: hi, scalars: s) {
            return [CitedWork(authors: inherited.authors, etAl: inherited.etAl, start: nil, years: years)]
        }
        var works: [CitedWork] = []
        var consumed = lo
        if var i = skipPrefix(lo, hi) {
            while i < hi {
                guard let (names, etAl, start, afterNames) = authors(from: i, hi) else { break }
                var j = afterNames
                let comma = j < hi && t[j].isPunct(",")
                if comma { j += 1 }
                guard let (years, afterYears) = YearListParser.parse(t, from: j, limit: hi, scalars: s, allowingRanges: true)
                else { break }
                if !PlaceNames.isImprint(names, etAl: etAl, commaBeforeYear: comma) {
                    works.append(CitedWork(authors: names, etAl: etAl, start: start, years: years))
                }
                consumed = afterYears
                guard let next = nextWorkStart(afterYears, hi) else { break }
                i = next
            }
        }
        works += anchoredWorks(from: consumed, hi)
        if works.isEmpty, let note = noteCitation(lo, hi) { works.append(note) }
        return works
    }

    /// A part that is exactly one capitalized word and its years ("He 2010", "May 2004"):
    /// taken as a work only inside a list of citations (the caller decides).
    func wordAuthor(_ lo: Int, _ hi: Int) -> CitedWork? {
        guard hi - lo >= 2, t[lo].kind == .word, t[lo].capitalized, !t[lo].allCaps, !t[lo].hasPeriod,
              t[lo].letterCount >= 2 else { return nil }
        var j = lo + 1
        if t[j].isPunct(",") { j += 1 }
        guard let (years, next) = YearListParser.parse(t, from: j, limit: hi, scalars: s), next == hi else { return nil }
        return CitedWork(authors: [NameText.word(t[lo], s)], etAl: false, start: t[lo].start, years: years)
    }

    /// A note-style citation: "(Samir Amin, Delinking: Towards a Polycentric World [London: Zed
    /// Books, 1990], 62–67)" — the author, a comma, the title, and the year inside the imprint.
    private func noteCitation(_ lo: Int, _ hi: Int) -> CitedWork? {
        guard let i = skipPrefix(lo, hi), let (name, start, after) = name(from: i, hi),
              after < hi, t[after].isPunct(",") else { return nil }
        var c = after + 1
        while c < hi {
            if PlaceNames.isImprintColon(t, c, floor: after + 1) {
                // The publisher's name, whatever its words ("Dar al-Talia", "Zed Books").
                var y = c + 1
                while y < hi, y - c <= 6, t[y].kind == .word { y += 1 }
                if y + 1 < hi, t[y].isPunct(","), y > c + 1, t[c + 1].capitalized,
                   let (years, _) = YearListParser.parse(t, from: y + 1, limit: hi, scalars: s) {
                    return CitedWork(authors: [name], etAl: false, start: start,
                                     years: [CitedYear(year: years[0].year, start: years[0].start, end: years[0].end)])
                }
            }
            c += 1
        }
        return nil
    }

    /// Works the left-to-right reading could not reach: author–year runs inside descriptive
    /// material ("(battle deaths in major wars, Modelski 1987 and UNDP/ILO 2011)", "(Table 1
    /// Moreno and Lee, 2010)", "(see p. 80 in Modelski 1987)", "(Silver 2003 and especially
    /// Silver 2014)"). Each year list is an anchor; the names are read backwards from it, over
    /// name words only, so the material before them is never taken for a name.
    private func anchoredWorks(from lo: Int, _ hi: Int) -> [CitedWork] {
        var works: [CitedWork] = []
        var floor = lo
        var i = lo
        while i < hi {
            guard t[i].kind == .number || t[i].kind == .word, i > floor,
                  let (years, next) = YearListParser.parse(t, from: i, limit: hi, scalars: s, allowingRanges: true),
                  let names = AuthorRun.before(i, in: t, floor: floor, s, known: known) else {
                i += 1
                continue
            }
            if !PlaceNames.isImprint(names.authors, etAl: names.etAl, commaBeforeYear: names.commaBeforeYear),
               !endsTitle(names, floor: floor) {
                works.append(CitedWork(authors: names.authors, etAl: names.etAl, start: names.start, years: years))
            }
            floor = next
            i = next
        }
        return works
    }

    /// "(Imperialism: A Study, 1902)", "(The Highest Stage of Capitalism, 1916)": a lone word
    /// right after an article, or after "of" in a title-case run, ends a title's noun phrase;
    /// descriptive material sets a name after a comma, a number or a preposition ("in Modelski
    /// 1987", "Table 2 of Moreno 2010"), never after "a" or "the". A name the reference list spells, an acronym ("the IMF 2004") or an organization's
    /// words kept whole stay.
    private func endsTitle(_ names: AuthorRun, floor: Int) -> Bool {
        guard names.authors.count == 1, !names.authors[0].contains(" "), !known.isSurname(names.authors[0]),
              let first = t.firstIndex(where: { $0.start == names.start }), first - 1 >= floor,
              !t[first].allCaps else { return false }
        let before = t[first - 1]
        guard before.kind == .word, !before.hasPeriod, CitationLexicon.titleLinkWords.contains(before.key) else { return false }
        // "(Table 2 of Moreno 2010)", "(the work of Moreno 2010)" cite Moreno: after "of" the
        // word ends a title only when all before it is a title in title case.
        guard before.key == "of" else { return true }
        let lead = t[floor..<(first - 1)]
        return lead.filter { $0.kind == .word && $0.capitalized }.count >= 2
            && lead.allSatisfy { $0.kind == .punct || ($0.kind == .word && ($0.capitalized || TitledWorkOwner.titleFunctionWords.contains($0.key))) }
    }

    /// Skips "e.g.,", "see also", "cf.", "for a critique, see" before the first name.
    private func skipPrefix(_ lo: Int, _ hi: Int) -> Int? {
        var i = lo
        while i < hi {
            let token = t[i]
            if token.kind == .punct {
                guard token.isPunct(",") || token.isPunct(":") || token.isPunct(".") else { return nil }
            } else if token.kind == .word, !token.capitalized || i == lo {
                if startsName(i, hi) { return i }
                guard CitationLexicon.prefixWords.contains(token.key) else { return token.capitalized ? i : nil }
            } else {
                return i
            }
            i += 1
        }
        return nil
    }

    /// True when a lowercase particle at `i` opens a name ("de Souza Santos").
    private func startsName(_ i: Int, _ hi: Int) -> Bool {
        let token = t[i]
        if token.capitalized { return !CitationLexicon.prefixWords.contains(token.key) }
        guard CitationLexicon.particles.contains(token.key) else { return false }
        var j = i + 1
        while j < hi, t[j].kind == .word, CitationLexicon.particles.contains(t[j].key), !t[j].capitalized { j += 1 }
        return j < hi && CitationLexicon.isNameWord(t[j])
    }

    /// After a work's years: "and Lindqvist 2019", ", Silver 2003" start another work.
    private func nextWorkStart(_ i: Int, _ hi: Int) -> Int? {
        var j = i
        if j < hi, t[j].isPunct(",") { j += 1 }
        if j < hi, t[j].isConjunction { j += 1 }
        guard j > i, j < hi, t[j].kind == .word else { return nil }
        return (t[j].capitalized || startsName(j, hi)) ? j : nil
    }

    /// An author list: "A", "A and B", "A & B", "A, B, and C", "A et al.".
    private func authors(from i: Int, _ hi: Int) -> ([String], Bool, Int, Int)? {
        var names: [String] = []
        var start = -1
        var j = i
        while true {
            guard let (name, nameStart, after) = name(from: j, hi) else { return nil }
            if start < 0 { start = nameStart }
            names.append(name)
            j = after
            if EtAlMarker.starts(at: j, in: t, limit: hi) { return (names, true, start, j + 2) }
            // "(Moreno, et al., 2015)": a comma before "et al.".
            if j + 2 < hi, t[j].isPunct(","), EtAlMarker.starts(at: j + 1, in: t, limit: hi) { return (names, true, start, j + 3) }
            if j + 1 < hi, t[j].isPunct(","), CitationLexicon.corporateSuffixes.contains(t[j + 1].key) {
                // "Smith & Sons, Inc.": the names before a corporate suffix are one firm.
                names = [CitationScalars.normalizedString(s, start..<t[j + 1].end)]
                j += 2
            }
            j = skipEditorialRole(j, hi)
            var k = j
            if k < hi, t[k].isPunct(",") || t[k].isPunct(";") { k += 1 }
            if k < hi, t[k].isConjunction { k += 1 }
            guard k > j, k < hi, t[k].kind == .word, !isYearAt(k, hi) else { return (names, false, start, j) }
            j = k
        }
    }

    /// ", eds." or "(ed.)" after names: "(Hopkins and Wallerstein, eds., 1982)".
    private func skipEditorialRole(_ j: Int, _ hi: Int) -> Int {
        if j + 1 < hi, t[j].isPunct(","), CitationLexicon.editorialWords.contains(t[j + 1].key), t[j + 1].kind == .word {
            return j + 2
        }
        if j + 2 < hi, t[j].isPunct("("), CitationLexicon.editorialWords.contains(t[j + 1].key), t[j + 2].isPunct(")") {
            return j + 3
        }
        return j
    }

    /// "Intergovernmental Panel on Climate Change": a label word ("Panel") inside a name,
    /// after a name word and before a lowercase connector and a capitalized word, is part of an
    /// organization's name.
    private func continuesOrganization(_ j: Int, _ hi: Int, after words: [CitationToken]) -> Bool {
        guard !words.isEmpty, j + 2 < hi, t[j + 1].kind == .word, !t[j + 1].capitalized,
              CitationLexicon.nameConnectors.contains(t[j + 1].key), t[j + 2].kind == .word, t[j + 2].capitalized
        else { return false }
        return true
    }

    private func isYearAt(_ i: Int, _ hi: Int) -> Bool {
        if case .year = CitationYears.scan(t, at: i, limit: hi, scalars: s) { return true }
        return false
    }

    /// One name: optional initials, particles, capitalized words, and connectors inside an
    /// organization's name ("Bank of England"). Returns its display form, start and the next index.
    private func name(from i: Int, _ hi: Int) -> (String, Int, Int)? {
        var j = i
        var words: [CitationToken] = []
        // "U.S. Department of State", "US Census Bureau": a country's acronym opening an
        // organization's name belongs to it.
        var country: CitationToken?
        while j < hi, t[j].kind == .word, !isYearAt(j, hi) {
            let token = t[j]
            if token.isWord("and") || token.isWord("et") { break }
            if words.isEmpty, country == nil, j + 1 < hi, t[j + 1].kind == .word, t[j + 1].capitalized,
               CitationLexicon.countryAcronyms.contains(token.key.replacingOccurrences(of: ".", with: "")) {
                country = token
                j += 1
                continue
            }
            if token.isInitial, words.isEmpty {
                j += 1
                continue
            }
            if token.capitalized || token.allCaps {
                guard !CitationLexicon.isNonName(token) || known.isSurname(NameText.word(token, s))
                        || continuesOrganization(j, hi, after: words) else { break }
                words.append(token)
                j += 1
                if token.hasPeriod { break }
            } else if CitationLexicon.particles.contains(token.key) || (!words.isEmpty && CitationLexicon.nameConnectors.contains(token.key)) {
                guard j + 1 < hi, t[j + 1].kind == .word, t[j + 1].capitalized || CitationLexicon.particles.contains(t[j + 1].key) else { break }
                words.append(token)
                j += 1
            } else {
                break
            }
        }
        guard let last = words.last, last.capitalized || last.allCaps, last.letterCount >= 2 || last.allCaps else { return nil }
        guard words.count > 1 || last.letterCount >= 2 else { return nil }
        if let country {
            return (CitationScalars.string(s, country.start..<country.end) + " " + NameText.join(words, s), country.start, j)
        }
        let person = PersonName.surname(of: words, s, known: known, common: common)
        return (person.name, person.start, j)
    }
}
