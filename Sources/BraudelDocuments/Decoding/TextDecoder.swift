import CICU

/// Text decoded from a file's bytes, with the encoding used and any fallback worth reporting.
public struct DecodedText: Sendable {
    public var text: String
    /// The encoding the bytes were read as ("UTF-8", "UTF-16LE", "windows-1252", ...).
    public var encoding: String
    /// Non-fatal problems: a detected legacy charset, replaced bytes.
    public var warnings: [String]
}

/// Turns bytes into text. Researchers' folders mix UTF-8, UTF-16 exports from Word and old
/// Windows-1252 files; the first two announce themselves (BOM, validity), the last is guessed
/// by ICU's charset detector and reported, because a guess can be wrong.
public enum TextDecoder {
    /// How many bytes ICU's detector looks at: enough for a confident guess, bounded cost.
    static let detectionSample = 1 << 20

    /// A byte order mark the bytes start with: its length and encoding. UTF-32 is tested before
    /// UTF-16 because the UTF-32LE mark (FF FE 00 00) starts with the UTF-16LE one (FF FE).
    static func byteOrderMark(of bytes: some Collection<UInt8>) -> (length: Int, encoding: Encoding)? {
        let head = Array(bytes.prefix(4))
        if head.starts(with: [0xFF, 0xFE, 0x00, 0x00]) { return (4, .utf32(littleEndian: true)) }
        if head.starts(with: [0x00, 0x00, 0xFE, 0xFF]) { return (4, .utf32(littleEndian: false)) }
        if head.starts(with: [0xEF, 0xBB, 0xBF]) { return (3, .utf8) }
        if head.starts(with: [0xFF, 0xFE]) { return (2, .utf16(littleEndian: true)) }
        if head.starts(with: [0xFE, 0xFF]) { return (2, .utf16(littleEndian: false)) }
        return nil
    }

    /// The Unicode encodings a byte order mark announces.
    enum Encoding: Equatable {
        case utf8, utf16(littleEndian: Bool), utf32(littleEndian: Bool)
    }

    /// Decodes `bytes`: BOMs first, then strict UTF-8, then ICU detection, then UTF-8 with
    /// replacement characters. Stray NUL characters are replaced with spaces, with a warning.
    public static func decode(_ bytes: [UInt8]) -> DecodedText {
        withoutNULs(decodeCharacters(bytes))
    }

    private static func decodeCharacters(_ bytes: [UInt8]) -> DecodedText {
        if let mark = byteOrderMark(of: bytes) {
            let body = bytes[mark.length...]
            switch mark.encoding {
            case .utf8: return decodeUTF8(body)
            case .utf16(let littleEndian): return decodeUTF16(body, littleEndian: littleEndian)
            case .utf32(let littleEndian): return decodeUTF32(body, littleEndian: littleEndian)
            }
        }
        if let littleEndian = BinarySniffer.utf16WithoutBOM(bytes) {
            var decoded = decodeUTF16(bytes[...], littleEndian: littleEndian)
            decoded.warnings.insert("no byte order mark; read as \(decoded.encoding) from the pattern of its bytes", at: 0)
            return decoded
        }
        if let text = String(validating: bytes, as: UTF8.self) {
            return DecodedText(text: text, encoding: "UTF-8", warnings: [])
        }
        if let detected = decodeDetected(bytes) { return detected }
        return DecodedText(
            text: String(decoding: bytes, as: UTF8.self), encoding: "UTF-8",
            warnings: ["not valid UTF-8 and the charset could not be detected; invalid bytes replaced with U+FFFD"])
    }

    /// NUL is never text: a stray one (which the binary sniffer tolerated) becomes a space.
    private static func withoutNULs(_ decoded: DecodedText) -> DecodedText {
        guard decoded.text.utf8.contains(0) else { return decoded }
        var result = decoded
        let count = decoded.text.utf8.lazy.filter { $0 == 0 }.count
        result.text = String(decoding: decoded.text.utf8.map { $0 == 0 ? 0x20 : $0 }, as: UTF8.self)
        result.warnings.append("\(count) NUL character\(count == 1 ? "" : "s") replaced with spaces")
        return result
    }

    private static func decodeUTF32(_ bytes: ArraySlice<UInt8>, littleEndian: Bool) -> DecodedText {
        let name = littleEndian ? "UTF-32LE" : "UTF-32BE"
        var scalars = String.UnicodeScalarView()
        var invalid = 0
        var index = bytes.startIndex
        while index + 3 < bytes.endIndex {
            let b = (UInt32(bytes[index]), UInt32(bytes[index + 1]), UInt32(bytes[index + 2]), UInt32(bytes[index + 3]))
            let value = littleEndian ? b.0 | b.1 << 8 | b.2 << 16 | b.3 << 24 : b.0 << 24 | b.1 << 16 | b.2 << 8 | b.3
            if let scalar = Unicode.Scalar(value) { scalars.append(scalar) } else { scalars.append("\u{FFFD}"); invalid += 1 }
            index += 4
        }
        var warnings = [String]()
        if bytes.count % 4 != 0 { warnings.append("\(name) text whose length is not a multiple of 4; the trailing bytes were dropped") }
        if invalid > 0 { warnings.append("\(invalid) invalid code points in \(name) text replaced with U+FFFD") }
        return DecodedText(text: String(scalars), encoding: name, warnings: warnings)
    }

    private static func decodeUTF8(_ bytes: ArraySlice<UInt8>) -> DecodedText {
        if let text = String(validating: bytes, as: UTF8.self) {
            return DecodedText(text: text, encoding: "UTF-8", warnings: [])
        }
        return DecodedText(text: String(decoding: bytes, as: UTF8.self), encoding: "UTF-8",
                           warnings: ["invalid UTF-8 after a UTF-8 byte order mark; invalid bytes replaced with U+FFFD"])
    }

    private static func decodeUTF16(_ bytes: ArraySlice<UInt8>, littleEndian: Bool) -> DecodedText {
        var units = [UInt16]()
        units.reserveCapacity(bytes.count / 2)
        var index = bytes.startIndex
        while index + 1 < bytes.endIndex {
            let first = UInt16(bytes[index]), second = UInt16(bytes[index + 1])
            units.append(littleEndian ? first | second << 8 : first << 8 | second)
            index += 2
        }
        let name = littleEndian ? "UTF-16LE" : "UTF-16BE"
        var warnings = [String]()
        if bytes.count % 2 != 0 { warnings.append("\(name) text with an odd number of bytes; the last byte was dropped") }
        if String(validating: units, as: UTF16.self) == nil {
            warnings.append("unpaired surrogates in \(name) text replaced with U+FFFD")
        }
        return DecodedText(text: String(decoding: units, as: UTF16.self), encoding: name, warnings: warnings)
    }

    /// Asks ICU which charset the bytes are in and converts with it. Nil when ICU has no usable
    /// guess (or guesses UTF-8, which the bytes just failed to be).
    private static func decodeDetected(_ bytes: [UInt8]) -> DecodedText? {
        guard bytes.count < Int(Int32.max) else { return nil }
        let sampleLength = min(bytes.count, detectionSample)
        var nameBuffer = [CChar](repeating: 0, count: 64)
        var error: Int32 = 0
        let confidence = bytes.withUnsafeBufferPointer { buffer in
            buffer.withMemoryRebound(to: CChar.self) { chars in
                cicu_detect_charset(chars.baseAddress, Int32(sampleLength), &nameBuffer, Int32(nameBuffer.count), &error)
            }
        }
        guard confidence >= 0, error <= 0 else { return nil }
        var charset = String(decoding: nameBuffer.prefix { $0 != 0 }.map { UInt8(bitPattern: $0) }, as: UTF8.self)
        if charset.isEmpty || charset.uppercased() == "UTF-8" { return nil }
        // ISO-8859-1 proper has C1 controls at 0x80–0x9F; in real files those bytes are
        // Windows-1252's curly quotes and dashes, so read them that way.
        if charset.uppercased() == "ISO-8859-1" && bytes.contains(where: { $0 >= 0x80 && $0 <= 0x9F }) {
            charset = "windows-1252"
        }
        guard let text = convert(bytes, from: charset) else { return nil }
        return DecodedText(
            text: text, encoding: charset,
            warnings: ["not valid UTF-8; decoded as \(charset) (detected by ICU, confidence \(confidence)%)"])
    }

    /// Converts `bytes` from `charset` to a String through ICU; nil if ICU cannot.
    static func convert(_ bytes: [UInt8], from charset: String) -> String? {
        var capacity = bytes.count + 16
        while true {
            var units = [UInt16](repeating: 0, count: capacity)
            var error: Int32 = 0
            let needed = bytes.withUnsafeBufferPointer { buffer in
                buffer.withMemoryRebound(to: CChar.self) { chars in
                    units.withUnsafeMutableBufferPointer { destination in
                        cicu_to_utf16(charset, chars.baseAddress, Int32(chars.count),
                                      destination.baseAddress, Int32(capacity), &error)
                    }
                }
            }
            if needed < 0 || error > 0 { return nil }
            if Int(needed) <= capacity { return String(decoding: units[0..<Int(needed)], as: UTF16.self) }
            capacity = Int(needed) + 1
        }
    }
}
