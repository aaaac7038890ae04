/// A text's Unicode scalars and UTF-16 code units, decoded straight from its UTF-8 storage.
/// `Array(text.unicodeScalars)` and `Array(text.utf16)` each walk the string through the
/// generic view machinery (the UTF-16 view also counts first, building breadcrumbs): together
/// about 8% of a whole analysis in profiles, against well under 1% for these two loops.
public enum TextUnits {
    /// The Unicode scalars of `text` alone (what offsets count), without the UTF-16 units.
    public static func scalars(of text: String) -> [Unicode.Scalar] {
        var text = text
        return text.withUTF8 { scalars(of: $0) }
    }

    /// The Unicode scalars of valid UTF-8 (a part of a string's storage, cut between scalars).
    static func scalars(of bytes: UnsafeBufferPointer<UInt8>) -> [Unicode.Scalar] {
        var supplementary = 0
        return [Unicode.Scalar](unsafeUninitializedCapacity: bytes.count) { out, initialized in
            initialized = decode(utf8: bytes, into: out, supplementary: &supplementary)
        }
    }

    /// The text of a run of scalars, encoded straight into the new string's storage (slices are
    /// taken for every mention, and windows of long documents are cut this way).
    public static func string(_ range: ArraySlice<Unicode.Scalar>) -> String {
        let capacity = range.reduce(0) { $0 + UTF8.width($1) }
        return String(unsafeUninitializedCapacity: capacity) { buffer in
            var index = 0
            for scalar in range {
                for byte in UTF8.encode(scalar)! {
                    buffer[index] = byte
                    index += 1
                }
            }
            return index
        }
    }

    /// The scalars (what offsets count) and the UTF-16 units (what ICU reads) of `text`.
    static func decode(_ text: String) -> (scalars: [Unicode.Scalar], units: [UInt16]) {
        var text = text
        var supplementary = 0
        let scalars = text.withUTF8 { bytes in
            [Unicode.Scalar](unsafeUninitializedCapacity: bytes.count) { out, initialized in
                initialized = decode(utf8: bytes, into: out, supplementary: &supplementary)
            }
        }
        let units = [UInt16](unsafeUninitializedCapacity: scalars.count + supplementary) { out, initialized in
            var u = 0
            for scalar in scalars {
                let value = scalar.value
                if value < 0x10000 {
                    out[u] = UInt16(truncatingIfNeeded: value)
                    u += 1
                } else {
                    let shifted = value - 0x10000
                    out[u] = UInt16(truncatingIfNeeded: 0xD800 + (shifted >> 10))
                    out[u + 1] = UInt16(truncatingIfNeeded: 0xDC00 + (shifted & 0x3FF))
                    u += 2
                }
            }
            initialized = u
        }
        return (scalars, units)
    }

    /// Decodes UTF-8 that is known valid (a Swift string's storage always is) into `out`;
    /// returns the number of scalars and counts those outside the Basic Multilingual Plane.
    private static func decode(
        utf8 bytes: UnsafeBufferPointer<UInt8>, into out: UnsafeMutableBufferPointer<Unicode.Scalar>,
        supplementary: inout Int
    ) -> Int {
        let count = bytes.count
        var index = 0
        var s = 0
        while index < count {
            let lead = bytes[index]
            if lead < 0x80 {
                out[s] = Unicode.Scalar(lead)
                s += 1
                index += 1
                continue
            }
            var value: UInt32
            let length: Int
            if lead < 0xE0 {
                value = UInt32(lead & 0x1F); length = 2
            } else if lead < 0xF0 {
                value = UInt32(lead & 0x0F); length = 3
            } else {
                value = UInt32(lead & 0x07); length = 4
                supplementary += 1
            }
            var offset = 1
            while offset < length && index + offset < count {
                value = value << 6 | UInt32(bytes[index + offset] & 0x3F)
                offset += 1
            }
            index += length
            out[s] = Unicode.Scalar(value) ?? "\u{FFFD}"
            s += 1
        }
        return s
    }
}
