import CTextCat
import Foundation

/// The language of a text, by libexttextcat's n-gram profiles (Debian's `libexttextcat-dev`,
/// the identifier LibreOffice uses): an ISO 639 code such as `en`, `fr`, `es`, `pt`, `de`.
///
/// A document is judged by a sample of its paragraphs long enough to judge: the document's
/// language is the one holding most of the sampled letters, and ``Identification/languages``
/// lists every language that holds at least a fifth of them, so a French paper with an English
/// abstract is `fr` with `[fr, en]`.
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

    /// Profiles of the Latin-script languages, which nearly every text in this field is written in.
    private let latinHandle: UnsafeMutableRawPointer?
    /// Profiles of the other scripts' languages, consulted only for a sample mostly in another script.
    private let otherHandle: UnsafeMutableRawPointer?
    /// textcat keeps scratch state in its handle: one classification at a time.
    private let lock = NSLock()

    /// The Latin-script profiles compared: the languages scholarship in this field is written in
    /// and the close neighbours textcat hesitates with (Catalan, Galician). textcat ranks every
    /// sample against every profile it loads, so each profile costs a comparison per sample; a
    /// Latin-script text in a language left out is given its nearest listed one.
    static let latinProfiles: Set<String> = ["en", "fr", "es", "pt", "de", "it", "nl", "ca", "gl"]
    /// The profiles for samples mostly written in another script (Cyrillic, Greek, Arabic, CJK):
    /// a script test sends them here, so Latin-script text is never compared with them.
    static let otherProfiles: Set<String> = ["ru", "uk", "el", "ar", "zh", "ja", "ko"]

    /// Loads the profiles; an identifier without them answers nil (the library or its data missing).
    public init() {
        latinHandle = Self.withProfileList(Self.latinProfiles) { special_textcat_Init($0, Self.dataDirectory) }
        otherHandle = Self.withProfileList(Self.otherProfiles) { special_textcat_Init($0, Self.dataDirectory) }
    }

    /// Calls `body` with the path of a configuration listing only `profiles` (Debian's own list
    /// filtered, in a temporary file removed afterwards); with the full list if that fails.
    private static func withProfileList(_ profiles: Set<String>, _ body: (String) -> UnsafeMutableRawPointer?) -> UnsafeMutableRawPointer? {
        let full = dataDirectory + "fpdb.conf"
        guard let conf = try? String(contentsOfFile: full, encoding: .utf8) else { return body(full) }
        let kept = conf.split(separator: "\n").filter { line in
            let fields = line.split(whereSeparator: { $0 == " " || $0 == "\t" })
            guard fields.count >= 2, !line.hasPrefix("#") else { return false }
            return profiles.contains(String(fields[1].prefix { $0 != "-" }))
        }
        let path = NSTemporaryDirectory() + "braudel-textcat-\(ProcessInfo.processInfo.processIdentifier)-\(UUID().uuidString).conf"
        guard FileManager.default.createFile(atPath: path, contents: Data((kept.joined(separator: "\n") + "\n").utf8)) else {
            return body(full)
        }
        defer { try? FileManager.default.removeItem(atPath: path) }
        return body(path)
    }

    deinit {
        if let latinHandle { textcat_Done(latinHandle) }
        if let otherHandle { textcat_Done(otherHandle) }
    }

    /// The shared identifier: the profiles are loaded once per process.
    public static let shared = LanguageIdentifier()

    /// The language of one stretch of text, or nil when it is too short or unknown.
    public func language(of text: Substring, minimum: Int = LanguageIdentifier.minimumLetters) -> String? {
        guard latinHandle != nil, Self.letters(text) >= minimum else { return nil }
        return classify(text, bytes: 4000)
    }

    /// At most this many paragraphs are read: textcat ranks every sample against each loaded
    /// profile, the costliest step of indexing when every paragraph was judged, and a document's
    /// languages show in a sample. Five evenly spaced positions are the fewest that still land in
    /// any paragraph holding a fifth of the letters, the share that lists a language.
    public static let sampledParagraphs = 5
    /// How much of a sampled paragraph textcat reads.
    static let sampleBytes = 1000

    /// Languages of a whole text, judged on its paragraphs (blank-line separated). The sample is
    /// systematic by letters — the paragraphs found at `sampledParagraphs` evenly spaced letter
    /// positions — so each language's share of the votes estimates its share of the letters, and
    /// a paragraph holding a fifth of them is always read.
    public func identify(_ text: String) -> Identification {
        let paragraphs = Self.paragraphs(of: text)
        let total = paragraphs.reduce(0) { $0 + $1.letters }
        if total == 0 || latinHandle == nil {
            guard let language = language(of: Substring(text), minimum: Self.minimumLetters / 3) else {
                return Identification(language: nil, languages: [])
            }
            return Identification(language: language, languages: [language])  // a list, a table of contents
        }
        let samples = min(Self.sampledParagraphs, paragraphs.count)
        var votes = [String: Int](), judged = [Int: String?](), cast = 0
        var paragraph = 0, end = paragraphs[0].letters
        for k in 0..<samples {
            let position = (2 * k + 1) * total / (2 * samples)
            while position >= end, paragraph + 1 < paragraphs.count {
                paragraph += 1
                end += paragraphs[paragraph].letters
            }
            if judged[paragraph] == nil { judged[paragraph] = classify(paragraphs[paragraph].text, bytes: Self.sampleBytes) }
            guard let language = judged[paragraph] ?? nil else { continue }
            votes[language, default: 0] += 1
            cast += 1
        }
        let ranked = votes.sorted { $0.value != $1.value ? $0.value > $1.value : $0.key < $1.key }
        return Identification(language: ranked.first?.key, languages: ranked.filter { $0.value * 5 >= cast }.map(\.key))
    }

    /// The blank-line separated paragraphs long enough to judge, with their letters, found in one
    /// pass over the UTF-8 bytes (splitting the String by Characters cost more than textcat itself).
    static func paragraphs(of text: String) -> [(text: Substring, letters: Int)] {
        var found = [(text: Substring, letters: Int)]()
        let utf8 = text.utf8
        var start = utf8.startIndex, index = start, letters = 0, previousNewline = false
        func close(_ end: String.Index) {
            if letters >= minimumLetters { found.append((text[start..<end], letters)) }
        }
        while index < utf8.endIndex {
            let byte = utf8[index]
            if byte == 0x0A, previousNewline {
                close(utf8.index(before: index))
                start = utf8.index(after: index)
                letters = 0
                previousNewline = false
            } else {
                previousNewline = byte == 0x0A
                if (byte | 0x20) &- 0x61 < 26 || byte >= 0xC0 { letters += 1 }
            }
            index = utf8.index(after: index)
        }
        close(utf8.endIndex)
        return found
    }

    /// Letters, counted on bytes: ASCII letters and the first byte of every other character
    /// (nearly all letters in prose), without decoding Unicode properties for the whole text.
    private static func letters(_ text: Substring) -> Int {
        var count = 0
        for byte in text.utf8 where (byte | 0x20) &- 0x61 < 26 || byte >= 0xC0 { count += 1 }
        return count
    }

    /// textcat's answer for the first `bytes` of `text` (cut back to a whole character).
    private func classify(_ text: Substring, bytes limit: Int) -> String? {
        var bytes = Array(text.utf8.prefix(limit))
        guard let handle = Self.mostlyLatin(bytes) ? latinHandle : otherHandle else { return nil }
        while let last = bytes.last, last & 0xC0 == 0x80 { bytes.removeLast() }
        if let last = bytes.last, last >= 0xC0 { bytes.removeLast() }
        let answer: String? = lock.withLock {
            bytes.withUnsafeBufferPointer { buffer in
                buffer.baseAddress.flatMap { base in
                    base.withMemoryRebound(to: CChar.self, capacity: buffer.count) { textcat_Classify(handle, $0, buffer.count) }
                }.map { String(cString: $0) }
            }
        }
        return answer.flatMap(Self.pick)
    }

    /// True when most letters of a UTF-8 sample are Latin: ASCII letters and characters whose
    /// lead byte is below U+0370 (accented Latin letters), against Greek, Cyrillic, Arabic, CJK…
    static func mostlyLatin(_ bytes: [UInt8]) -> Bool {
        var latin = 0, other = 0
        for byte in bytes {
            if (byte | 0x20) &- 0x61 < 26 || (byte >= 0xC3 && byte < 0xCD) { latin += 1 } else if byte >= 0xCD && byte != 0xE2 { other += 1 }
        }
        return latin >= other
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
