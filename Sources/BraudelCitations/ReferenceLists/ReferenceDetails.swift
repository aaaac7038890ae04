import BraudelText
/// Publication details of one reference entry: where it appeared and how to find it.
struct ReferenceDetails: Sendable, Equatable {
    var container: String?
    var volume: String?
    var issue: String?
    var pages: String?
    var publisher: String?
    var place: String?
    var doi: String?
    var url: String?
}

/// Reads the publication details that follow an entry's title, in the shapes ASA, APA,
/// Chicago and Harvard give them:
/// articles `Journal 76(2): 333–62` (ASA), `Journal, 19(3), 1–20` (APA),
/// `Journal 76, no. 2 (2016): 333–62` (Chicago), `Journal, vol. 12, no. 3, pp. 45–67` (Harvard);
/// chapters `Pp. 96–138 in Book, edited by …. Place: Publisher` (ASA),
/// `In Book, edited by …, 96–138. Place: Publisher` (Chicago), `In A. Editor (Ed.), Book (pp. 96–138). Publisher` (APA);
/// books and reports `Place: Publisher`, or APA 7's bare `Publisher`.
/// DOIs and web addresses are taken from the whole entry wherever they stand.
enum ReferenceDetailsParser {
    /// `entry` is the whole entry; `tail` the whitespace-normalized text after its title (nil
    /// when no title was found, which leaves only the DOI and URL).
    static func parse(entry: String, tail: String?) -> ReferenceDetails {
        var details = ReferenceDetails()
        details.doi = OnlineLocators.doi(in: entry)
        details.url = OnlineLocators.url(in: entry)
        guard let tail else { return details }
        let body = ReferenceText.trimmed(OnlineLocators.beforeOnlinePart(tail))
        guard !body.isEmpty else { return details }
        // German and ABNT open a journal with "In:" as they open a book: "In: Review 65 (1), S. 77–95".
        if body.hasPrefix("In:"), ArticleDetails.parse(body, into: &details) { return details }
        if ChapterDetails.parse(body, into: &details) { return details }
        if ArticleDetails.parse(body, into: &details) { return details }
        BookDetails.parse(body, into: &details)
        return details
    }
}

/// DOIs and URLs in an entry or a document, found by a plain scan (every entry of a corpus passes
/// here, and a scan is many times cheaper than the equivalent regular expressions).
public enum OnlineLocators {
    private static let linkStarts: [[Unicode.Scalar]] = ["http://", "https://", "www."].map { Array($0.unicodeScalars) }
    /// Words that open the online part of an entry; "doi" and "10.…/" are checked apart.
    private static let onlineWords: [[Unicode.Scalar]] =
        ["retrieved", "available at", "available from", "available online", "accessed"].map { Array($0.unicodeScalars) }

    /// True when `paragraph` starts with a web address or a DOI ("https://…", "www.…",
    /// "doi:10.…", "10.1080/…"): the online part of an entry set apart from it.
    static func opensParagraph(_ s: [Unicode.Scalar], _ paragraph: Range<Int>) -> Bool {
        let head = Array(s[paragraph.lowerBound..<min(paragraph.upperBound, paragraph.lowerBound + 40)])
        return linkStarts.contains { matches(head, at: 0, $0) } || matches(head, at: 0, Array("doi:".unicodeScalars))
            || doiEnd(head, from: 0) != nil
    }

    /// The first DOI, bare, after "doi:" or inside a doi.org link, without trailing punctuation.
    static func doi(in entry: String) -> String? {
        let s = Array(entry.unicodeScalars)
        for i in s.indices where s[i] == "1" {
            if let end = doiEnd(s, from: i) { return withoutTrailingPunctuation(CitationScalars.string(s, i..<end)) }
        }
        return nil
    }

    /// Every DOI in `text`, bare, in order (a document's own DOI on its first page, say).
    public static func dois(in text: String) -> [String] {
        let s = Array(text.unicodeScalars)
        var found = [String]()
        var i = 0
        while i < s.count {
            if s[i] == "1", let end = doiEnd(s, from: i) {
                found.append(withoutTrailingPunctuation(CitationScalars.string(s, i..<end)))
                i = end
            } else {
                i += 1
            }
        }
        return found
    }

    /// The first web address that is not a doi.org link (the DOI field carries those).
    static func url(in entry: String) -> String? {
        let s = Array(entry.unicodeScalars)
        var i = 0
        while i < s.count {
            if wordStart(s, i), linkStarts.contains(where: { matches(s, at: i, $0) }) {
                var end = i
                while end < s.count, !CitationScalars.isSpace(s[end]), s[end] != "\"", s[end] != "<", s[end] != ">" { end += 1 }
                let address = withoutTrailingPunctuation(CitationScalars.string(s, i..<end))
                if !address.lowercased().contains("doi.org/") { return address }
                i = end
            }
            i += 1
        }
        return nil
    }

    /// The text before "doi:", a link, a bare DOI, "Retrieved from", "Accessed …": the part the
    /// print details are read from.
    static func beforeOnlinePart(_ text: String) -> String {
        let s = Array(text.unicodeScalars)
        for i in s.indices where wordStart(s, i) {
            let isDOIWord = matches(s, at: i, Array("doi".unicodeScalars))
                && (i + 3 >= s.count || !ScalarClass.isLetter(s[i + 3]))
            if isDOIWord || linkStarts.contains(where: { matches(s, at: i, $0) })
                || onlineWords.contains(where: { matches(s, at: i, $0) }) || doiEnd(s, from: i) != nil {
                return CitationScalars.string(s, 0..<i)
            }
        }
        return text
    }

    /// End of a DOI starting at `i` ("10." + 4–9 digits + "/" + a run without spaces), or nil.
    private static func doiEnd(_ s: [Unicode.Scalar], from i: Int) -> Int? {
        guard i + 3 < s.count, s[i] == "1", s[i + 1] == "0", s[i + 2] == "." else { return nil }
        var j = i + 3
        while j < s.count, ScalarClass.isDigit(s[j]) { j += 1 }
        guard (4...9).contains(j - i - 3), j + 1 < s.count, s[j] == "/", !CitationScalars.isSpace(s[j + 1]) else { return nil }
        while j < s.count, !CitationScalars.isSpace(s[j]), s[j] != "\"", s[j] != "<", s[j] != ">" { j += 1 }
        return j
    }

    private static func wordStart(_ s: [Unicode.Scalar], _ i: Int) -> Bool {
        i == 0 || !(ScalarClass.isLetter(s[i - 1]) || ScalarClass.isDigit(s[i - 1]))
    }

    /// Whether `word` (lower case) stands at `i`, ignoring ASCII case.
    private static func matches(_ s: [Unicode.Scalar], at i: Int, _ word: [Unicode.Scalar]) -> Bool {
        guard i + word.count <= s.count else { return false }
        for (k, w) in word.enumerated() {
            let v = s[i + k].value
            let lower = v >= 0x41 && v <= 0x5A ? v + 0x20 : v
            if lower != w.value { return false }
        }
        return true
    }

    /// Sentence punctuation after an address, keeping a closing parenthesis the address opened
    /// ("10.1016/0305-750X(95)00001-X").
    private static func withoutTrailingPunctuation(_ s: String) -> String {
        var result = Substring(s)
        while let last = result.last {
            if ".,;:]>".contains(last) {
                result.removeLast()
            } else if last == ")", result.filter({ $0 == "(" }).count < result.filter({ $0 == ")" }).count {
                result.removeLast()
            } else {
                break
            }
        }
        return String(result)
    }
}
