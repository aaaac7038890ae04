@testable import BraudelCitations

/// What one extracted citation should look like.
struct ExpectedCitation: Sendable, CustomStringConvertible {
    var authors: [String]
    var year: String
    var text: String
    var narrative: Bool
    var etAl = false
    var locator: String? = nil

    var description: String { "\(authors) \(year) “\(text)”" }
}

/// One sentence and the citations it must yield (none for the negative forms).
struct CitationCase: Sendable, CustomStringConvertible {
    var name: String
    var sentence: String
    var expected: [ExpectedCitation]

    var description: String { name }
}

enum CitationTestSupport {
    static func extract(_ text: String) -> [InTextCitation] {
        InTextCitationExtractor.extract(from: Array(text.unicodeScalars))
    }

    static func slice(_ text: String, _ start: Int, _ end: Int) -> String {
        var view = String.UnicodeScalarView()
        view.append(contentsOf: Array(text.unicodeScalars)[start..<end])
        return String(view)
    }

    /// Compares extracted citations field by field, and each `text` with the scalars it claims.
    static func mismatches(_ sentence: String, _ expected: [ExpectedCitation]) -> [String] {
        let found = extract(sentence)
        var problems: [String] = []
        if found.count != expected.count {
            problems.append("expected \(expected.count) citations, found \(found.count): \(found.map { "\($0.authors) \($0.year) “\($0.text)”" })")
        }
        for (citation, want) in zip(found, expected) {
            if citation.authors != want.authors { problems.append("authors \(citation.authors) != \(want.authors)") }
            if citation.year != want.year { problems.append("year \(citation.year) != \(want.year)") }
            if citation.text != want.text { problems.append("text “\(citation.text)” != “\(want.text)”") }
            if citation.narrative != want.narrative { problems.append("narrative \(citation.narrative) for \(want)") }
            if citation.etAl != want.etAl { problems.append("etAl \(citation.etAl) for \(want)") }
            if citation.locator != want.locator { problems.append("locator \(citation.locator ?? "nil") != \(want.locator ?? "nil")") }
            if slice(sentence, citation.start, citation.end) != citation.text { problems.append("text is not the slice at \(citation.start)..<\(citation.end)") }
        }
        return problems
    }
}
