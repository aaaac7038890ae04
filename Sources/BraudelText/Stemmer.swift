import CStemmer

/// Snowball stems (Debian's libstemmer) of folded words in one language, so that the
/// inflections of a lexicon label in French, Spanish, Portuguese or German ("périphéries",
/// "periféricos", "Peripherien") meet the label's own stem without each being listed.
///
/// A Snowball stemmer keeps scratch state: one instance serves one thread at a time, so callers
/// make one per document (construction is a small allocation).
public final class Stemmer {
    /// The languages stemmed: those whose lexicon labels are matched on stems. English keeps its
    /// explicit plurals and variants, so its figures do not move.
    public static let languages: Set<String> = ["fr", "es", "pt", "de"]

    /// The language tag stemmed, as given.
    public let language: String
    private let handle: OpaquePointer

    /// A stemmer for `language` (a tag in ``languages``); nil for any other language or when the
    /// library has no algorithm for it.
    public init?(language: String) {
        guard Self.languages.contains(language),
              let handle = sb_stemmer_new(language, "UTF_8") else { return nil }
        self.language = language
        self.handle = handle
    }

    deinit { sb_stemmer_delete(handle) }

    /// The stem of one folded (lower-case) word.
    public func stem(_ word: String) -> String {
        var bytes = Array(word.utf8)
        return bytes.withUnsafeMutableBufferPointer { buffer -> String in
            guard let base = buffer.baseAddress, let out = sb_stemmer_stem(handle, base, Int32(buffer.count)) else { return word }
            let length = Int(sb_stemmer_length(handle))
            return String(decoding: UnsafeBufferPointer(start: out, count: length), as: UTF8.self)
        }
    }
}
