import Foundation

/// Folding of names and titles for matching across spellings: case, diacritics (Bértola =
/// Bertola), apostrophes, and the letters NFD cannot decompose (ø, ł, æ, ß).
enum NameFolding {
    private static let extraLetters: [Unicode.Scalar: String] = [
        "ø": "o", "Ø": "o", "ł": "l", "Ł": "l", "đ": "d", "Đ": "d", "æ": "ae", "Æ": "ae", "œ": "oe", "Œ": "oe",
        "ß": "ss", "ı": "i", "þ": "th", "Þ": "th", "ð": "d", "Ð": "d",
    ]

    /// Lowercased, diacritic-free words of `text`: letters and digits only, split at
    /// everything else (spaces, hyphens, punctuation), apostrophes dropped (O'Brien → obrien).
    static func words(_ text: String) -> [String] {
        var words: [String] = []
        // Words are gathered as UTF-8 bytes: String.UnicodeScalarView.append cost hundreds of
        // instructions a scalar, and this runs for every citation and reference key.
        var current = [UInt8]()
        for scalar in plain(text).unicodeScalars {
            if CitationScalars.isApostrophe(scalar) || scalar == "\u{2018}" { continue }
            if CitationScalars.isLetter(scalar) || CitationScalars.isDigit(scalar) {
                UTF8.encode(scalar) { current.append($0) }
            } else if !current.isEmpty {
                words.append(String(decoding: current, as: UTF8.self))
                current.removeAll(keepingCapacity: true)
            }
        }
        if !current.isEmpty { words.append(String(decoding: current, as: UTF8.self)) }
        return words
    }

    /// A name with hyphens, spaces and apostrophes removed: "Chase-Dunn", "Chase Dunn" and
    /// "ChaseDunn" all give "chasedunn"; a leading article is dropped ("The World Bank").
    static func compact(_ name: String) -> String {
        var parts = words(name)
        if parts.count > 1, parts[0] == "the" { parts.removeFirst() }
        return parts.joined()
    }

    /// Lowercase and without diacritics; ASCII returns at once.
    static func plain(_ text: String) -> String {
        if text.utf8.allSatisfy({ $0 < 0x80 }) { return text.lowercased() }
        var mapped = String.UnicodeScalarView()
        for scalar in text.unicodeScalars {
            if let replacement = extraLetters[scalar] {
                mapped.append(contentsOf: replacement.unicodeScalars)
            } else {
                mapped.append(scalar)
            }
        }
        return String(mapped).folding(options: [.diacriticInsensitive, .caseInsensitive, .widthInsensitive], locale: nil)
    }
}
