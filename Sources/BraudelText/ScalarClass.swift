/// The letter, case and digit classes the scanners ask of every scalar of a corpus (citations,
/// the words a document writes in lowercase). ASCII takes a fast path; `Unicode.Scalar.Properties`
/// is consulted only beyond it. Inlinable, so each scanner's loop compiles the ASCII test in place.
public enum ScalarClass {
    @inlinable @inline(__always) public static func isDigit(_ s: Unicode.Scalar) -> Bool {
        s.value &- 0x30 < 10
    }

    /// Alphabetic; the soft hyphen (U+00AD), which PDF text keeps inside words, is not a letter.
    @inlinable public static func isLetter(_ s: Unicode.Scalar) -> Bool {
        let v = s.value
        if v < 0x80 {
            let lower = v | 0x20
            return lower >= 0x61 && lower <= 0x7A
        }
        if v == 0xAD { return false }
        return s.properties.isAlphabetic
    }

    /// Uppercase or titlecase.
    @inlinable public static func isUpper(_ s: Unicode.Scalar) -> Bool {
        let v = s.value
        if v < 0x80 { return v >= 0x41 && v <= 0x5A }
        return s.properties.isUppercase || s.properties.generalCategory == .titlecaseLetter
    }

    @inlinable public static func isLower(_ s: Unicode.Scalar) -> Bool {
        let v = s.value
        if v < 0x80 { return v >= 0x61 && v <= 0x7A }
        return s.properties.isLowercase
    }
}
