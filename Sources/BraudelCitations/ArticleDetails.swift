/// Journal, volume, issue and pages of an article, in the forms the main styles print them.
enum ArticleDetails {
    /// Chicago: `Journal 76, no. 2 (2016): 333–62`.
    private nonisolated(unsafe) static let chicago =
        #/^(?<journal>.+?),?\s+(?<volume>\d+),\s*no\.\s*(?<issue>[\w\-–/]+)\s*(?:\([^)]*\))?\s*(?::\s*(?<pages>[A-Za-z]?\d+(?:\s*[-–—]\s*[A-Za-z]?\d+)?))?/#
    /// Chicago without an issue: `Journal 76 (2016): 333–62`.
    private nonisolated(unsafe) static let chicagoNoIssue =
        #/^(?<journal>.+?),?\s+(?<volume>\d+)\s*\((?:[A-Za-z]+\.?\s+)?\d{4}\)\s*:\s*(?<pages>[A-Za-z]?\d+(?:\s*[-–—]\s*[A-Za-z]?\d+)?)/#
    /// Harvard and MLA: `Journal, vol. 12, no. 3, pp. 45–67`.
    private nonisolated(unsafe) static let spelledOut =
        #/^(?<journal>.+?),\s*vol(?:ume)?\.?\s*(?<volume>\w+)(?:\s*,\s*(?:no|iss|issue)\.?\s*(?<issue>[\w\-–/]+))?(?:\s*,\s*(?:\([^)]*\)|\d{4})\s*)?(?:\s*,\s*pp?\.\s*(?<pages>[A-Za-z]?\d+(?:\s*[-–—]\s*[A-Za-z]?\d+)?))?/#.ignoresCase()
    /// ASA `Journal 76(2): 333–62`, APA `Journal, 19(3), 1–20`, Harvard `Journal, 19(3), pp. 1–20`,
    /// and the same without an issue (`Review 1: 111–45`).
    private nonisolated(unsafe) static let compact =
        #/^(?<journal>.+?),?\s+(?<volume>\d+)\s*(?:\((?<issue>[^)]+)\))?\s*[:,]\s*(?:pp?\.\s*)?(?<pages>[A-Za-z]?\d+(?:\s*[-–—]\s*[A-Za-z]?\d+)?)\s*$/#
    /// An online-first article: `Journal, 19(3)`.
    private nonisolated(unsafe) static let issueOnly = #/^(?<journal>.+?),?\s+(?<volume>\d+)\s*\((?<issue>[^)]+)\)\s*$/#

    /// Fills journal, volume, issue and pages when `body` (the text after the title) reads as
    /// an article; false otherwise.
    static func parse(_ body: String, into details: inout ReferenceDetails) -> Bool {
        let first = ReferenceText.sentences(body).first ?? body
        if let m = first.firstMatch(of: spelledOut) {
            return fill(&details, String(m.journal), m.volume, m.issue, m.pages)
        }
        if let m = first.firstMatch(of: chicago) {
            return fill(&details, String(m.journal), m.volume, m.issue, m.pages)
        }
        if let m = first.firstMatch(of: chicagoNoIssue) {
            return fill(&details, String(m.journal), m.volume, nil, m.pages)
        }
        if let m = first.firstMatch(of: compact) {
            return fill(&details, String(m.journal), m.volume, m.issue, m.pages)
        }
        if let m = first.firstMatch(of: issueOnly) {
            return fill(&details, String(m.journal), m.volume, m.issue, nil)
        }
        return false
    }

    /// A journal name must read as a name: capitalized, one sentence.
    private static func fill(_ details: inout ReferenceDetails, _ journal: String, _ volume: Substring,
                             _ issue: Substring?, _ pages: Substring?) -> Bool {
        let name = ReferenceText.trimmed(journal)
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
