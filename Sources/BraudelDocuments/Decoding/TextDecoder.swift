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

    /// Decodes `bytes`: BOMs first, then strict UTF-8, then ICU detection, then UTF-8 with
    /// replacement characters.
    public static func decode(_ bytes: [UInt8]) -> DecodedText {
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) {
            return decodeUTF8(bytes[3...])
        }
        if bytes.starts(with: [0xFF, 0xFE]) { return decodeUTF16(bytes[2...], littleEndian: true) }
        if bytes.starts(with: [0xFE, 0xFF]) { return decodeUTF16(bytes[2...], littleEndian: false) }
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
