import CICU
import Foundation

/// Folding for matching: NFKC case folding (ligatures, full-width forms, case) plus the
/// typographic apostrophe made plain and soft hyphens dropped, so that "Frank’s", "ﬁrm" and
/// "HEGEMONY" compare with the forms written in lexicons.
public enum Folding {
    /// Folds a whole string (lexicon variants, query words).
    public static func fold(_ text: String) -> String {
        let units = Array(text.utf16)
        return units.withUnsafeBufferPointer { fold(units: $0[...]) }
    }

    /// Folds a slice of UTF-16 code units. ASCII takes a fast path that never calls ICU.
    public static func fold(units: Slice<UnsafeBufferPointer<UInt16>>) -> String {
        var ascii = true
        for unit in units where unit >= 0x80 {
            ascii = false
            break
        }
        if ascii {
            // Written straight into the string's storage: this runs once per token.
            return String(unsafeUninitializedCapacity: units.count) { buffer in
                var index = 0
                for unit in units {
                    let byte = UInt8(truncatingIfNeeded: unit)
                    buffer[index] = byte >= 0x41 && byte <= 0x5A ? byte + 0x20 : byte
                    index += 1
                }
                return index
            }
        }
        var cleaned = [UInt16]()
        cleaned.reserveCapacity(units.count)
        for unit in units {
            switch unit {
            case 0x00AD: continue                     // soft hyphen
            case 0x2019, 0x2018, 0x02BC: cleaned.append(0x27)  // ’ ‘ ʼ → '
            case 0x2010, 0x2011: cleaned.append(0x2D)           // Unicode hyphens → -
            default: cleaned.append(unit)
            }
        }
        return casefold(cleaned)
    }

    /// Letters that canonical decomposition leaves whole but a reader takes for plain ones:
    /// "Sørensen" = "Sorensen", "Łódź" = "Lodz", "Strauß" = "Strauss".
    private static let extraLetters: [Unicode.Scalar: String] = [
        "ø": "o", "ł": "l", "đ": "d", "æ": "ae", "œ": "oe", "ß": "ss", "ı": "i", "þ": "th", "ð": "d",
    ]

    /// The one rule for comparing names and words across spellings: `fold` (case, NFKC), then
    /// diacritics dropped (NFD without nonspacing marks) and the letters NFD cannot split made
    /// plain. "Bértola" = "bertola", "Sørensen" = "sorensen". ASCII returns lowercased at once.
    public static func withoutDiacritics(_ text: String) -> String {
        let folded = fold(text)
        if folded.utf8.allSatisfy({ $0 < 0x80 }) { return folded }
        var scalars = String.UnicodeScalarView()
        for scalar in folded.decomposedStringWithCanonicalMapping.unicodeScalars
        where scalar.properties.generalCategory != .nonspacingMark {
            if let plain = extraLetters[scalar] {
                scalars.append(contentsOf: plain.unicodeScalars)
            } else {
                scalars.append(scalar)
            }
        }
        return String(scalars)
    }

    private static func casefold(_ units: [UInt16]) -> String {
        var capacity = units.count * 2 + 8
        while true {
            var output = [UInt16](repeating: 0, count: capacity)
            var error: Int32 = 0
            let needed = units.withUnsafeBufferPointer { source in
                output.withUnsafeMutableBufferPointer { destination in
                    cicu_nfkc_casefold(source.baseAddress, Int32(source.count),
                                       destination.baseAddress, Int32(capacity), &error)
                }
            }
            if needed < 0 || error != 0 { return String(decoding: units, as: UTF16.self).lowercased() }
            if Int(needed) <= capacity {
                return String(decoding: output[0..<Int(needed)], as: UTF16.self)
            }
            capacity = Int(needed) + 1
        }
    }
}
