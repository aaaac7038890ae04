/// Which words the document itself writes in lowercase, as evidence that a capitalized name
/// in a citation is made of ordinary words: `(Global Development Finance, 2005)`,
/// `(World Investment Report 2010)` name a report or an organization, while in
/// `(Samir Amin 1976)` the first word is a given name the text never writes in lowercase.
///
/// Built on first use, in one pass over the text, so documents whose citations never ask
/// pay nothing. One instance serves one document's scan.
final class CommonWordEvidence {
    private let s: [Unicode.Scalar]
    private var lowercaseWords: Set<String>?

    init(_ s: [Unicode.Scalar]) { self.s = s }

    /// True when the document writes every one of `words` (folded keys) in lowercase
    /// somewhere as a whole word.
    func allWrittenLowercase(_ words: [String]) -> Bool {
        if lowercaseWords == nil { lowercaseWords = Self.collect(s) }
        return words.allSatisfy { lowercaseWords?.contains($0) == true }
    }

    /// Every whole word of letters that is entirely lowercase.
    private static func collect(_ s: [Unicode.Scalar]) -> Set<String> {
        var found = Set<String>()
        var index = 0
        while index < s.count {
            guard CitationScalars.isLetter(s[index]) else { index += 1; continue }
            var end = index
            var lower = true
            while end < s.count, CitationScalars.isLetter(s[end]) {
                lower = lower && CitationScalars.isLower(s[end])
                end += 1
            }
            if lower, end - index >= 2 {
                var view = String.UnicodeScalarView()
                view.append(contentsOf: s[index..<end])
                found.insert(String(view))
            }
            index = end
        }
        return found
    }
}
