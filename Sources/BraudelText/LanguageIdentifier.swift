import CTextCat
import Foundation

/// The language of a text, by libexttextcat's n-gram profiles (Debian's `libexttextcat-dev`,
/// the identifier LibreOffice uses): an ISO 639 code such as `en`, `fr`, `es`, `pt`, `de`.
///
/// A document is judged by its paragraphs: each paragraph long enough to judge gets a language,
/// the document's is the one with most letters, and ``Identification/languages`` lists every
/// language that holds at least a fifth of them, so a French paper with an English abstract is
/// `fr` with `[fr, en]`.
public final class LanguageIdentifier: @unchecked Sendable {
    /// One document's languages.
    public struct Identification: Sendable, Hashable {
        /// The language of most of the text; nil when no paragraph was long enough.
        public var language: String?
        /// Every language holding at least a fifth of the judged letters, most first.
        public var languages: [String]

        public init(language: String?, languages: [String]) {
            self.language = language
            self.languages = languages
        }
    }

    /// Where Debian installs the profiles and their list.
    static let dataDirectory = "/usr/share/libexttextcat/"
    /// Paragraphs shorter than this many letters are not judged: n-gram profiles need text.
    public static let minimumLetters = 120
    /// The languages scholarship in this field is written in, preferred when textcat hesitates
    /// between one of them and a close neighbour (Galician for Portuguese, Catalan for Spanish).
    static let preferred: Set<String> = ["en", "fr", "es", "pt", "de", "it", "nl"]

    private let handle: UnsafeMutableRawPointer?
    /// textcat keeps scratch state in its handle: one classification at a time.
    private let lock = NSLock()

    /// Loads the profiles; an identifier without them answers nil (the library or its data missing).
    public init() {
        handle = special_textcat_Init(Self.dataDirectory + "fpdb.conf", Self.dataDirectory)
    }

    deinit { if let handle { textcat_Done(handle) } }

    /// The shared identifier: the profiles are loaded once per process.
    public static let shared = LanguageIdentifier()

    /// The language of one stretch of text, or nil when it is too short or unknown.
    public func language(of text: Substring, minimum: Int = LanguageIdentifier.minimumLetters) -> String? {
        guard let handle, text.unicodeScalars.lazy.filter(\.properties.isAlphabetic).count >= minimum else { return nil }
        let bytes = Array(text.utf8.prefix(4000))
        let answer: String? = lock.withLock {
            bytes.withUnsafeBufferPointer { buffer in
                buffer.baseAddress.flatMap { base in
                    base.withMemoryRebound(to: CChar.self, capacity: buffer.count) { textcat_Classify(handle, $0, buffer.count) }
                }.map { String(cString: $0) }
            }
        }
        return answer.flatMap(Self.pick)
    }

    /// Languages of a whole text, judged paragraph by paragraph (blank-line separated).
    public func identify(_ text: String) -> Identification {
        var letters = [String: Int]()
        var total = 0
        for paragraph in text.split(separator: "\n\n", omittingEmptySubsequences: true) {
            guard let language = language(of: paragraph) else { continue }
            let count = paragraph.unicodeScalars.lazy.filter(\.properties.isAlphabetic).count
            letters[language, default: 0] += count
            total += count
        }
        if total == 0, let language = language(of: Substring(text), minimum: Self.minimumLetters / 3) {
            return Identification(language: language, languages: [language])  // a list, a table of contents
        }
        let ranked = letters.sorted { $0.value != $1.value ? $0.value > $1.value : $0.key < $1.key }
        return Identification(language: ranked.first?.key,
                              languages: ranked.filter { $0.value * 5 >= total }.map(\.key))
    }

    /// "[pt--utf8][gl--utf8]" → "pt": the first candidate, or a preferred one among close candidates.
    static func pick(_ answer: String) -> String? {
        let candidates = answer.split(separator: "]").compactMap { piece -> String? in
            let name = piece.drop(while: { $0 == "[" })
            let code = name.split(separator: "-").first.map(String.init) ?? ""
            return code.isEmpty ? nil : code
        }
        guard let first = candidates.first, first != "SHORT", first != "UNKNOWN" else { return nil }
        return candidates.first(where: preferred.contains) ?? first
    }
}
