/// Which words the document itself writes in lowercase, as evidence that a capitalized name
/// is made of ordinary words: `(Global Development Finance, 2005)`, `(World Investment Report
/// 2010)` name a report or an organization, and a head line "Relaciones Internacionales" names a
/// subject, while in `(Samir Amin 1976)` or a byline "Samir Amin" the first word is a given name
/// the text never writes in lowercase. Citations and bylines both ask.
///
/// Built on first use, in one pass over the text, so documents that never ask pay nothing.
/// One instance serves one document.
public final class CommonWordEvidence {
    private let scalars: [Unicode.Scalar]?
    private let text: String?
    /// Hashes of the lowercase words: asked a handful of times per document, so a hash per
    /// word, not a `String` per word, is what the one pass builds.
    private var lowercaseWords: Set<UInt64>?

    /// Evidence from a document already split into scalars.
    public init(_ s: [Unicode.Scalar]) { (self.scalars, self.text) = (s, nil) }

    /// Evidence from a document's text.
    public init(text: String) { (self.scalars, self.text) = (nil, text) }

    /// True when the document writes every one of `words` (lowercase keys) in lowercase
    /// somewhere as a whole word.
    public func allWrittenLowercase(_ words: [String]) -> Bool {
        if lowercaseWords == nil { lowercaseWords = scalars.map(Self.collect) ?? Self.collect(text?.unicodeScalars ?? "".unicodeScalars) }
        return words.allSatisfy { lowercaseWords?.contains(Self.hash($0.unicodeScalars)) == true }
    }

    /// FNV-1a over the scalar values.
    private static func hash<S: Sequence>(_ word: S) -> UInt64 where S.Element == Unicode.Scalar {
        var value: UInt64 = 0xcbf29ce484222325
        for scalar in word { value = (value ^ UInt64(scalar.value)) &* 0x100000001b3 }
        return value
    }

    /// Every whole word of letters that is entirely lowercase, outside e-mail and web
    /// addresses (which write names in lowercase: "ana.moreno@…", "…/jin-lee").
    private static func collect<S: Sequence>(_ s: S) -> Set<UInt64> where S.Element == Unicode.Scalar {
        var found = Set<UInt64>()
        var token = [Unicode.Scalar]()
        func close() {
            defer { token.removeAll(keepingCapacity: true) }
            guard !token.contains(where: { $0 == "@" || $0 == "/" }) else { return }
            var index = 0
            while index < token.count {
                guard ScalarClass.isLetter(token[index]) else { index += 1; continue }
                var end = index
                var lower = true
                while end < token.count, ScalarClass.isLetter(token[end]) {
                    lower = lower && ScalarClass.isLower(token[end])
                    end += 1
                }
                if lower, end - index >= 2 { found.insert(hash(token[index..<end])) }
                index = end
            }
        }
        for scalar in s {
            if isWhitespace(scalar) { if !token.isEmpty { close() } } else { token.append(scalar) }
        }
        if !token.isEmpty { close() }
        return found
    }

    private static func isWhitespace(_ s: Unicode.Scalar) -> Bool {
        let v = s.value
        if v < 0x80 { return v == 0x20 || (v >= 0x09 && v <= 0x0D) }
        return s.properties.isWhitespace
    }
}
