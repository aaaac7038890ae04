import BraudelText
import Foundation

/// The title of a reference entry: a quoted title up to its closing quote, or the text up to
/// the period that ends the title sentence ("The Modern World-System. New York: …").
enum ReferenceTitle {
    static func extract(_ s: [Unicode.Scalar], from start: Int, to end: Int) -> String? {
        locate(s, from: start, to: end)?.title
    }

    /// The title and the index just past it (past the closing quote, or at the period that
    /// ends the title sentence), where the entry's publication details begin.
    static func locate(_ s: [Unicode.Scalar], from start: Int, to end: Int) -> (title: String, end: Int)? {
        var a = start
        while a < end, CitationScalars.isSpace(s[a]) || ".,:;)]".unicodeScalars.contains(s[a]) { a += 1 }
        guard a < end else { return nil }
        let body: Range<Int>
        let after: Int
        if let close = closingQuote(s, open: a, end: end) {
            body = (a + 1)..<close
            after = close + 1
        } else {
            body = a..<sentenceEnd(s, from: a, end: end)
            after = body.upperBound
        }
        var title = CitationScalars.normalizedString(s, body)
        while let last = title.unicodeScalars.last, ".,;: ".unicodeScalars.contains(last) || CitationScalars.isQuote(last) {
            title.unicodeScalars.removeLast()
        }
        title = withoutEdition(title)
        return title.isEmpty ? nil : (title, after)
    }

    /// APA prints the edition after the title, "A Statistical Picture (3rd ed.)": it is not
    /// part of the title.
    private static func withoutEdition(_ title: String) -> String {
        guard title.hasSuffix(")"), let open = title.lastIndex(of: "(") else { return title }
        let inside = title[title.index(after: open)..<title.index(before: title.endIndex)].lowercased()
        let words = inside.split(separator: " ")
        guard (2...3).contains(words.count), let last = words.last,
              ["ed", "ed.", "edn", "edn.", "edition"].contains(String(last)) else { return title }
        let first = words[0]
        let ordinal = first.first?.isNumber == true || ["rev.", "revised", "updated", "new", "abridged"].contains(String(first))
        guard ordinal else { return title }
        return String(title[..<open]).trimmingCharacters(in: .whitespaces)
    }

    /// The closing quote of a title opening with a quote mark at `open`.
    private static func closingQuote(_ s: [Unicode.Scalar], open: Int, end: Int) -> Int? {
        let closer: Unicode.Scalar
        switch s[open].value {
        case 0x201C: closer = "\u{201D}"
        case 0x22: closer = "\""
        case 0x2018: closer = "\u{2019}"
        case 0xAB: closer = "\u{BB}"
        default: return nil
        }
        var j = open + 1
        while j < end {
            // A closing single quote followed by a letter is an apostrophe ("Frank’s").
            if s[j] == closer, closer != "\u{2019}" || j + 1 >= end || !ScalarClass.isLetter(s[j + 1]) { return j }
            j += 1
        }
        return nil
    }

    /// Index just past the title sentence: before a period, after "?" or "!", that is followed
    /// by whitespace or the end, and that does not close an initial or a short abbreviation.
    private static func sentenceEnd(_ s: [Unicode.Scalar], from a: Int, end: Int) -> Int {
        var j = a
        while j < end {
            let c = s[j]
            if c == "." || c == "?" || c == "!", j + 1 >= end || CitationScalars.isSpace(s[j + 1]) {
                if c != "." { return j + 1 }
                if !isAbbreviation(s, before: j, from: a) { return j }
            }
            j += 1
        }
        return end
    }

    private static let abbreviations: Set<String> = ["vs", "vol", "no", "st", "dr", "mr", "mrs", "ed", "eds", "rev", "trans", "jr", "sr", "co", "inc"]

    private static func isAbbreviation(_ s: [Unicode.Scalar], before period: Int, from a: Int) -> Bool {
        var k = period
        while k > a, ScalarClass.isLetter(s[k - 1]) { k -= 1 }
        let length = period - k
        if length == 1 { return ScalarClass.isUpper(s[k]) }
        guard length > 0, length <= 5 else { return false }
        return abbreviations.contains(CitationScalars.lowercasedKey(s, k..<period))
    }
}
