/// The language codes `--lang` and the API's `lang` accept: the CLI and the server refuse the
/// same values with the same line.
public enum LanguageCode {
    /// Why `code` is not a language code (ISO 639, two or three ASCII letters), or nil when it is one.
    public static func problem(_ code: String) -> String? {
        guard !(2...3).contains(code.count) || !code.allSatisfy({ $0.isASCII && $0.isLetter }) else { return nil }
        return "--lang takes a language code of two or three letters (en, fr, es, pt, de), got '\(code)'"
    }
}
