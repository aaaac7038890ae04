import Foundation

/// Journal, volume, issue and pages of an article, in the forms the main styles print them.
enum ArticleDetails {
    // The patterns are immutable `let`s marked `nonisolated(unsafe)` only because `Regex` is not
    // declared Sendable; a Regex compiles its program once, thread-safely, so sharing them is safe
    // and spares recompiling each pattern for every entry (the same holds in the sibling parsers).
    // Each pattern reads the locator from the volume number on; the journal is what precedes
    // it. Anchoring at candidate volume positions keeps the patterns short and cheap.
    /// Chicago: `76, no. 2 (2016): 333–62`.
    private nonisolated(unsafe) static let chicago =
        #/^(?<volume>\d+),\s*no\.\s*(?<issue>[\w\-–/]+)\s*(?:\([^)]*\))?\s*(?::\s*(?<pages>[A-Za-z]?\d+(?:\s*[-–—]\s*[A-Za-z]?\d+)?))?/#
    /// Chicago without an issue: `76 (2016): 333–62`.
    private nonisolated(unsafe) static let chicagoNoIssue =
        #/^(?<volume>\d+)\s*\((?:[A-Za-z]+\.?\s+)?\d{4}\)\s*:\s*(?<pages>[A-Za-z]?\d+(?:\s*[-–—]\s*[A-Za-z]?\d+)?)/#
    /// Harvard and MLA, after ", vol": `. 12, no. 3, pp. 45–67`.
    private nonisolated(unsafe) static let spelledOut =
        #/^(?:ume)?\.?\s*(?<volume>\w+)(?:\s*,\s*(?:no|iss|issue)\.?\s*(?<issue>[\w\-–/]+))?(?:\s*,\s*(?:\([^)]*\)|\d{4})\s*)?(?:\s*,\s*pp?\.\s*(?<pages>[A-Za-z]?\d+(?:\s*[-–—]\s*[A-Za-z]?\d+)?))?/#.ignoresCase()
    /// ASA `76(2): 333–62`, APA `19(3), 1–20`, Harvard `19(3), pp. 1–20`, and the same without
    /// an issue (`1: 111–45`).
    /// German writes pages `S.`: `65 (1), S. 77–95`.
    private nonisolated(unsafe) static let compact =
        #/^(?<volume>\d+)\s*(?:\((?<issue>[^)]+)\))?\s*[:,]\s*(?:(?:pp?|S)\.\s*)?(?<pages>[A-Za-z]?\d+(?:\s*[-–—]\s*[A-Za-z]?\d+)?)\s*$/#
    /// Vancouver, after the journal: `. 2001;12(3):45-67`, `. 2001 Mar;12:45-67`.
    private nonisolated(unsafe) static let vancouver =
        #/^\.?\s*\d{4}[a-z]?(?:\s+[A-Z][a-z]{2}(?:\s+\d{1,2})?)?\s*;\s*(?<volume>\d+)\s*(?:\((?<issue>[^)]+)\))?\s*:\s*(?<pages>[A-Za-z]?\d+(?:\s*[-–—]\s*[A-Za-z]?\d+)?)/#
    /// ABNT (Brazil), after the journal: `, v. 28, n. 1, p. 99-126, 2007`.
    private nonisolated(unsafe) static let abnt =
        #/^(?<volume>\w+)(?:\s*,\s*n\.\s*(?<issue>[\w\-–/]+))?(?:\s*,\s*p\.\s*(?<pages>[A-Za-z]?\d+(?:\s*[-–—]\s*[A-Za-z]?\d+)?))?/#
    /// An online-first article: `19(3)`.
    private nonisolated(unsafe) static let issueOnly = #/^(?<volume>\d+)\s*\((?<issue>[^)]+)\)\s*$/#

    /// Fills journal, volume, issue and pages when `body` (the text after the title) reads as
    /// an article; false otherwise.
    static func parse(_ body: String, into details: inout ReferenceDetails) -> Bool {
        if vancouverParse(body, into: &details) { return true }
        // ABNT's ", v. 28" is cut by sentence splitting at "v.", so it is sought in the body.
        if let vol = body.range(of: ", v. "), let m = body[vol.upperBound...].prefixMatch(of: abnt),
           fill(&details, String(body[..<vol.lowerBound]), m.volume, m.issue, m.pages) {
            return true
        }
        let sentences = ReferenceText.sentences(body)
        var first = Substring(sentences.first ?? body)
        // "65 (1), S. 77–95": German's page mark ends no sentence.
        if sentences.count > 1, first.hasSuffix(" S.") { first = Substring(sentences[0] + " " + sentences[1]) }
        if let vol = first.range(of: ", vol", options: .caseInsensitive),
           let m = first[vol.upperBound...].prefixMatch(of: spelledOut),
           fill(&details, String(first[..<vol.lowerBound]), m.volume, m.issue, m.pages) {
            return true
        }
        for start in volumeCandidates(first) {
            let journal = String(first[..<start]), rest = first[start...]
            if let m = rest.prefixMatch(of: chicago) {
                if fill(&details, journal, m.volume, m.issue, m.pages) { return true }
            } else if let m = rest.prefixMatch(of: chicagoNoIssue) {
                if fill(&details, journal, m.volume, nil, m.pages) { return true }
            } else if let m = rest.prefixMatch(of: compact) {
                if fill(&details, journal, m.volume, m.issue, m.pages) { return true }
            } else if let m = rest.prefixMatch(of: issueOnly) {
                if fill(&details, journal, m.volume, m.issue, nil) { return true }
            }
        }
        return false
    }

    /// "J Hist Econ. 2001;12(3):45-67": the journal (abbreviated, without periods) and then the
    /// year, volume, issue and pages run together.
    private static func vancouverParse(_ body: String, into details: inout ReferenceDetails) -> Bool {
        guard let dot = body.range(of: ". "), let m = body[dot.lowerBound...].prefixMatch(of: vancouver) else { return false }
        return fill(&details, String(body[..<dot.lowerBound]), m.volume, m.issue, m.pages)
    }

    /// Starts of digit runs after a space: where a volume number can stand.
    private static func volumeCandidates(_ s: Substring) -> [Substring.Index] {
        var result: [Substring.Index] = []
        var previous: Character = "x"
        for index in s.indices {
            let c = s[index]
            if c.isASCII, c.isNumber, previous == " " { result.append(index) }
            previous = c
        }
        return result
    }

    /// A journal name must read as a name: capitalized, one sentence.
    private static func fill(_ details: inout ReferenceDetails, _ journal: String, _ volume: Substring,
                             _ issue: Substring?, _ pages: Substring?) -> Bool {
        var name = ReferenceText.trimmed(journal)
        // "In: American Sociological Review 65 (1)": German and ABNT mark the container with "In:".
        if name.hasPrefix("In:") { name = ReferenceText.trimmed(String(name.dropFirst(3))) }
        guard let initial = name.first, initial.isUppercase || initial.isNumber,
              ReferenceText.sentences(name).count == 1, !name.hasPrefix("In ")
        else { return false }
        details.container = name
        details.volume = String(volume)
        details.issue = issue.map { ReferenceText.trimmed($0) }
        details.pages = pages.map { String($0) }
        return true
    }
}
