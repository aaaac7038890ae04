/// Decodes HTML bytes: BOMs and valid UTF-8 as any text; otherwise the charset the page
/// declares (`<meta charset=...>` or `content="text/html; charset=..."`) before falling back
/// to ICU's detection.
enum HTMLCharset {
    static func decode(_ bytes: [UInt8]) -> DecodedText {
        let hasBOM = bytes.starts(with: [0xEF, 0xBB, 0xBF]) || bytes.starts(with: [0xFF, 0xFE]) || bytes.starts(with: [0xFE, 0xFF])
        if hasBOM || String(validating: bytes, as: UTF8.self) != nil { return TextDecoder.decode(bytes) }
        if let declared = declaredCharset(bytes), declared.lowercased() != "utf-8" {
            let charset = ["iso-8859-1", "latin1", "us-ascii"].contains(declared.lowercased()) ? "windows-1252" : declared
            if let text = TextDecoder.convert(bytes, from: charset) {
                return DecodedText(text: text, encoding: charset, warnings: [])
            }
        }
        return TextDecoder.decode(bytes)
    }

    /// The charset named in the first 2 KB, if any.
    static func declaredCharset(_ bytes: [UInt8]) -> String? {
        let head = String(decoding: bytes.prefix(2048).map { $0 < 0x80 ? $0 : 0x20 }, as: UTF8.self).lowercased()
        guard let found = head.firstRange(of: "charset=") else { return nil }
        let rest = head[found.upperBound...].drop { $0 == "\"" || $0 == "'" || $0 == " " }
        let name = rest.prefix { $0.isLetter || $0.isNumber || $0 == "-" || $0 == "_" || $0 == ":" || $0 == "." }
        return name.isEmpty ? nil : String(name)
    }
}
