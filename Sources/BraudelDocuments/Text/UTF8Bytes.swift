/// Helpers for walking UTF-8 bytes. The cleaner and the readers stay on bytes in their hot
/// loops (String's Character view costs grapheme breaking on every step); these decode a
/// scalar only where a decision needs one.
enum UTF8Bytes {
    /// Whether `byte` continues a multi-byte sequence (so does not start a scalar).
    @inline(__always)
    static func isContinuation(_ byte: UInt8) -> Bool { byte & 0xC0 == 0x80 }

    /// The scalar starting at `index` and its length in bytes; U+FFFD for a malformed sequence.
    static func scalar(_ bytes: [UInt8], at index: Int, end: Int) -> (scalar: Unicode.Scalar, length: Int) {
        let lead = bytes[index]
        if lead < 0x80 { return (Unicode.Scalar(lead), 1) }
        let length: Int
        var value: UInt32
        switch lead {
        case 0xC0...0xDF: length = 2; value = UInt32(lead & 0x1F)
        case 0xE0...0xEF: length = 3; value = UInt32(lead & 0x0F)
        case 0xF0...0xF7: length = 4; value = UInt32(lead & 0x07)
        default: return ("\u{FFFD}", 1)
        }
        guard index + length <= end else { return ("\u{FFFD}", 1) }
        for offset in 1..<length {
            let byte = bytes[index + offset]
            guard isContinuation(byte) else { return ("\u{FFFD}", 1) }
            value = value << 6 | UInt32(byte & 0x3F)
        }
        return (Unicode.Scalar(value) ?? "\u{FFFD}", length)
    }

    /// The scalar ending just before `end` (not reaching below `start`) and its length in bytes.
    static func scalar(_ bytes: [UInt8], before end: Int, start: Int) -> (scalar: Unicode.Scalar, length: Int) {
        var index = end - 1
        while index > start && isContinuation(bytes[index]) && end - index < 4 { index -= 1 }
        let decoded = scalar(bytes, at: index, end: end)
        return (decoded.scalar, end - index)
    }

    /// Number of scalars in `bytes[range]`: one per byte that starts a sequence.
    static func scalarCount(_ bytes: [UInt8], _ range: Range<Int>) -> Int {
        var count = 0
        for index in range where !isContinuation(bytes[index]) { count += 1 }
        return count
    }

    /// Letters in the broad sense (any script); ASCII is decided without Unicode tables.
    @inline(__always)
    static func isLetter(_ scalar: Unicode.Scalar) -> Bool {
        if scalar.value < 0x80 {
            let value = scalar.value | 0x20
            return value >= 0x61 && value <= 0x7A
        }
        return scalar.properties.isAlphabetic
    }

    /// Uppercase or titlecase letters, which begin names and headings.
    @inline(__always)
    static func isUppercase(_ scalar: Unicode.Scalar) -> Bool {
        if scalar.value < 0x80 { return scalar.value >= 0x41 && scalar.value <= 0x5A }
        return scalar.properties.isUppercase || scalar.properties.generalCategory == .titlecaseLetter
    }

    /// Lowercase letters, which mark a line as the continuation of a sentence.
    @inline(__always)
    static func isLowercase(_ scalar: Unicode.Scalar) -> Bool {
        if scalar.value < 0x80 { return scalar.value >= 0x61 && scalar.value <= 0x7A }
        return scalar.properties.isLowercase
    }

    @inline(__always)
    static func isDigit(_ byte: UInt8) -> Bool { byte >= 0x30 && byte <= 0x39 }

    /// Horizontal whitespace collapsed and trimmed inside lines (space, tab, NBSP is separate).
    @inline(__always)
    static func isBlank(_ byte: UInt8) -> Bool { byte == 0x20 || byte == 0x09 || byte == 0x0B }

    /// ASCII lowercase of `bytes[range]` as a String, for keyword comparisons.
    static func lowercasedASCII(_ bytes: [UInt8], _ range: Range<Int>) -> String {
        var out = [UInt8]()
        out.reserveCapacity(range.count)
        for index in range {
            let byte = bytes[index]
            out.append(byte >= 0x41 && byte <= 0x5A ? byte | 0x20 : byte)
        }
        return String(decoding: out, as: UTF8.self)
    }

    /// Offset of the first occurrence of an ASCII `needle` in `bytes` at or after `from`.
    static func find(_ needle: String, in bytes: [UInt8], from: Int) -> Int? {
        let pattern = Array(needle.utf8)
        guard let first = pattern.first, pattern.count <= bytes.count else { return nil }
        var index = from
        let last = bytes.count - pattern.count
        while index <= last {
            if bytes[index] == first {
                var k = 1
                while k < pattern.count && bytes[index + k] == pattern[k] { k += 1 }
                if k == pattern.count { return index }
            }
            index += 1
        }
        return nil
    }
}
