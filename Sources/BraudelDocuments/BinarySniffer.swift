/// Tells text from binary data by its first bytes, so that a PDF or an image renamed `.txt`
/// is refused with a clear error instead of being "cleaned" into garbage.
public enum BinarySniffer {
    /// How much of the file is inspected.
    public static let sampleSize = 8192
    /// Share of control characters above which a sample counts as binary.
    static let controlShareLimit = 0.10

    /// Whether the bytes look like binary data. UTF-16 with a byte order mark is text even
    /// though every other byte of ASCII-range UTF-16 is NUL.
    public static func isBinary(_ bytes: some Collection<UInt8>) -> Bool {
        let sample = Array(bytes.prefix(sampleSize))
        if sample.starts(with: [0xFF, 0xFE]) || sample.starts(with: [0xFE, 0xFF]) { return false }
        if sample.starts(with: Array("%PDF-".utf8)) { return true }
        var controls = 0
        for byte in sample {
            if byte == 0 { return true }
            if isSuspiciousControl(byte) { controls += 1 }
        }
        guard !sample.isEmpty else { return false }
        return Double(controls) / Double(sample.count) > controlShareLimit
    }

    /// C0 controls that text files do not contain; tab, line feed, carriage return, form feed
    /// (page breaks in pdftotext output) and escape (ANSI colors in logs) are allowed.
    private static func isSuspiciousControl(_ byte: UInt8) -> Bool {
        switch byte {
        case 0x09, 0x0A, 0x0C, 0x0D, 0x1B: return false
        case 0x01...0x1F, 0x7F: return true
        default: return false
        }
    }
}
