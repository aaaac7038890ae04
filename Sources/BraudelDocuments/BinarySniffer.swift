/// Tells text from binary data by its first bytes, so that a PDF or an image renamed `.txt`
/// is refused with a clear error instead of being "cleaned" into garbage.
public enum BinarySniffer {
    /// How much of the file is inspected.
    public static let sampleSize = 8192
    /// Share of control characters (NUL included) above which a sample counts as binary.
    static let controlShareLimit = 0.10
    /// Share of NUL bytes above which a sample counts as binary. A stray NUL or two in a long
    /// text (a copy-paste accident) does not make it binary; the decoder replaces them.
    static let nulShareLimit = 0.005

    /// Whether the bytes look like binary data. UTF-16 with a byte order mark is text even
    /// though every other byte of ASCII-range UTF-16 is NUL.
    public static func isBinary(_ bytes: some Collection<UInt8>) -> Bool {
        let sample = Array(bytes.prefix(sampleSize))
        if TextDecoder.byteOrderMark(of: sample) != nil { return false }
        if sample.starts(with: Array("%PDF-".utf8)) { return true }
        if utf16WithoutBOM(sample) != nil { return false }
        var controls = 0, nuls = 0
        for byte in sample {
            if byte == 0 { nuls += 1 }
            if isSuspiciousControl(byte) { controls += 1 }
        }
        guard !sample.isEmpty else { return false }
        let size = Double(sample.count)
        return Double(nuls) / size > nulShareLimit || Double(controls) / size > controlShareLimit
    }

    /// The byte order of UTF-16 text that has no byte order mark, recognized by its NUL bytes:
    /// in mostly-Latin text every other byte is zero, on the odd positions for little-endian
    /// and the even ones for big-endian. Nil when the bytes do not look like that.
    public static func utf16WithoutBOM(_ bytes: some Collection<UInt8>) -> Bool? {
        let sample = Array(bytes.prefix(sampleSize))
        guard sample.count >= 8 else { return nil }
        var zeroEven = 0, zeroOdd = 0
        for (index, byte) in sample.enumerated() where byte == 0 {
            if index % 2 == 0 { zeroEven += 1 } else { zeroOdd += 1 }
        }
        let pairs = sample.count / 2
        if zeroOdd * 10 >= pairs * 6 && zeroEven * 20 < pairs { return true }
        if zeroEven * 10 >= pairs * 6 && zeroOdd * 20 < pairs { return false }
        return nil
    }

    /// C0 controls that text files do not contain; tab, line feed, carriage return, form feed
    /// (page breaks in pdftotext output) and escape (ANSI colors in logs) are allowed.
    private static func isSuspiciousControl(_ byte: UInt8) -> Bool {
        switch byte {
        case 0x09, 0x0A, 0x0C, 0x0D, 0x1B: return false
        case 0x00...0x1F, 0x7F: return true
        default: return false
        }
    }
}
