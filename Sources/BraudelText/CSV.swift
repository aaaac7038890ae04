/// RFC 4180 CSV, the one writer behind every CSV Braudel prints or exports (command output,
/// graph edge lists, `braudel export`): a field holding a comma, a quote or a line break is
/// double-quoted with inner quotes doubled, and lines end with CRLF.
///
/// A library (yaslab/CSV.swift) was weighed and left: its writer pushes every byte through a
/// separate `OutputStream.write` call, which made the streaming export of large indexes slow,
/// and it cannot tell an empty string from a missing value.
public enum CSV {
    public static let lineEnd = "\r\n"

    /// One field; `quoteEmpty` writes an empty string as `""` so that it differs from a missing
    /// value, written as nothing at all.
    public static func field(_ text: String, quoteEmpty: Bool = false) -> String {
        var bytes = [UInt8]()
        appendField(text, quoteEmpty: quoteEmpty, to: &bytes)
        return String(decoding: bytes, as: UTF8.self)
    }

    /// One field appended as UTF-8 bytes, for writers that stream rows without building strings.
    public static func appendField(_ text: String, quoteEmpty: Bool = false, to out: inout [UInt8]) {
        guard (quoteEmpty && text.isEmpty) || text.utf8.contains(where: needsQuotes) else {
            out.append(contentsOf: text.utf8)
            return
        }
        out.append(34)
        for byte in text.utf8 {
            if byte == 34 { out.append(34) }
            out.append(byte)
        }
        out.append(34)
    }

    /// A whole line, fields joined by commas, ended by CRLF.
    public static func line(_ fields: [String]) -> String {
        fields.map { field($0) }.joined(separator: ",") + lineEnd
    }

    /// Comma, quote, line feed, carriage return.
    private static func needsQuotes(_ byte: UInt8) -> Bool {
        byte == 44 || byte == 34 || byte == 10 || byte == 13
    }
}
