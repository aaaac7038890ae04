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
        if ChapterDetails.parse(body, into: &details) { return details }
        if ArticleDetails.parse(body, into: &details) { return details }
        BookDetails.parse(body, into: &details)
        return details
    }
}

/// DOIs and URLs in an entry.
///
/// The patterns in this and the sibling detail parsers are immutable `let`s marked
/// `nonisolated(unsafe)` only because `Regex` is not declared Sendable; a Regex compiles its
/// program once behind an atomic, so sharing the constants across threads is safe and saves
/// recompiling each pattern for every entry.
enum OnlineLocators {
    private nonisolated(unsafe) static let doiPattern = #/10\.\d{4,9}/[^\s"<>]+/#
    private nonisolated(unsafe) static let urlPattern = #/(?:https?://|www\.)[^\s"<>]+/#.ignoresCase()
    private nonisolated(unsafe) static let onlineStart =
        #/\bdoi\b|https?://|\bwww\.|\bretrieved\b|\bavailable\s+(?:at|from|online)\b|\baccessed\b|\b10\.\d{4,9}//#.ignoresCase()

    /// The first DOI, bare, after "doi:" or inside a doi.org link, without trailing punctuation.
    static func doi(in entry: String) -> String? {
        guard let match = entry.firstMatch(of: doiPattern) else { return nil }
        return withoutTrailingPunctuation(String(match.output))
    }

    /// The first web address that is not a doi.org link (the DOI field carries those).
    static func url(in entry: String) -> String? {
        for match in entry.matches(of: urlPattern) {
            let address = withoutTrailingPunctuation(String(match.output))
            if address.lowercased().contains("doi.org/") { continue }
            return address
        }
        return nil
    }

    /// The text before "doi:", a link, "Retrieved from", "Accessed …": the part the print
    /// details are read from.
    static func beforeOnlinePart(_ text: String) -> String {
        guard let match = text.firstMatch(of: onlineStart) else { return text }
        return String(text[..<match.range.lowerBound])
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
