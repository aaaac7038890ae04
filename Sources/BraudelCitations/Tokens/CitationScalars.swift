import BraudelText

/// Character classes the citation scanners need beyond letters, case and digits (those are
/// `ScalarClass`'s, shared with the other scanners). ASCII takes a fast path because the scanners
/// touch every scalar of very large corpora; `Unicode.Scalar.Properties` is consulted only
/// beyond ASCII.
enum CitationScalars {
    /// Combining marks continue a word (decomposed diacritics).
    static func isMark(_ s: Unicode.Scalar) -> Bool {
        guard s.value >= 0x300 else { return false }
        switch s.properties.generalCategory {
        case .nonspacingMark, .spacingMark, .enclosingMark: return true
        default: return false
        }
    }

    static func isSpace(_ s: Unicode.Scalar) -> Bool {
        switch s.value {
        case 0x20, 0x09, 0x0A, 0x0D, 0x0B, 0x0C, 0xA0, 0x2000...0x200B, 0x202F, 0x205F, 0x3000: return true
        default: return false
        }
    }

    /// Apostrophes that can sit inside a name (O'Brien) or mark a possessive (Frank’s).
    static func isApostrophe(_ s: Unicode.Scalar) -> Bool {
        s.value == 0x27 || s.value == 0x2019 || s.value == 0x02BC
    }

    /// Hyphens that join the parts of a compound name (Chase-Dunn).
    static func isHyphen(_ s: Unicode.Scalar) -> Bool {
        s.value == 0x2D || s.value == 0x2010 || s.value == 0x2011
    }

    /// Any hyphen or dash, as used in ranges (1945–1973) and repeated-author marks (———).
    static func isDash(_ s: Unicode.Scalar) -> Bool {
        switch s.value {
        case 0x2D, 0x2010...0x2015, 0x2212, 0x5F: return true
        default: return false
        }
    }

    static func isQuote(_ s: Unicode.Scalar) -> Bool {
        switch s.value {
        case 0x22, 0x27, 0x2018, 0x2019, 0x201C, 0x201D, 0x201E, 0xAB, 0xBB: return true
        default: return false
        }
    }

    /// True when a blank line (paragraph break) starts at the newline at `index`.
    static func isParagraphBreak(_ s: [Unicode.Scalar], at index: Int) -> Bool {
        guard s[index] == "\n" else { return false }
        var j = index + 1
        while j < s.count, s[j] == " " || s[j] == "\t" || s[j] == "\r" { j += 1 }
        return j < s.count && s[j] == "\n"
    }

    /// The scalars in `range` as a String, encoded straight into the string's storage.
    static func string(_ s: [Unicode.Scalar], _ range: Range<Int>) -> String {
        var capacity = 0
        for scalar in s[range] { capacity += UTF8.width(scalar) }
        return String(unsafeUninitializedCapacity: capacity) { buffer in
            var count = 0
            for scalar in s[range] {
                UTF8.encode(scalar) { byte in
                    buffer[count] = byte
                    count += 1
                }
            }
            return count
        }
    }

    /// The scalars in `range` as a String with every whitespace run turned into one space
    /// (or dropped right after a hyphen, for "Chase-\nDunn"), trimmed.
    static func normalizedString(_ s: [Unicode.Scalar], _ range: Range<Int>) -> String {
        // Encoded into a byte buffer: String.UnicodeScalarView.append cost ~400 instructions
        // a scalar, and this runs over every reference entry.
        var bytes = [UInt8]()
        bytes.reserveCapacity(range.count + 8)
        var pendingSpace = false
        var last: Unicode.Scalar = " "
        for scalar in s[range] {
            if isSpace(scalar) {
                pendingSpace = !bytes.isEmpty && !isHyphen(last)
                continue
            }
            if pendingSpace { bytes.append(0x20) }
            pendingSpace = false
            UTF8.encode(scalar) { bytes.append($0) }
            last = scalar
        }
        return String(decoding: bytes, as: UTF8.self)
    }

    /// Lowercased key of `range` with whitespace dropped; ASCII avoids Unicode case mapping
    /// and any intermediate buffer.
    static func lowercasedKey(_ s: [Unicode.Scalar], _ range: Range<Int>) -> String {
        var ascii = true
        for scalar in s[range] where scalar.value >= 0x80 {
            ascii = false
            break
        }
        if ascii {
            return String(unsafeUninitializedCapacity: range.count) { buffer in
                var count = 0
                for scalar in s[range] where !isSpace(scalar) {
                    let v = scalar.value
                    buffer[count] = UInt8(v >= 0x41 && v <= 0x5A ? v + 0x20 : v)
                    count += 1
                }
                return count
            }
        }
        var view = String.UnicodeScalarView()
        for scalar in s[range] where !isSpace(scalar) {
            view.append(scalar.value == 0x2019 || scalar.value == 0x02BC ? "'" : scalar)
        }
        return String(view).lowercased()
    }
}
