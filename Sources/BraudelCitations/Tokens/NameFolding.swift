import BraudelText

/// Names and titles cut into folded words for matching across spellings (case, diacritics and
/// the letters NFD cannot decompose follow `Folding.withoutDiacritics`; apostrophes dropped).
enum NameFolding {
    /// Lowercased, diacritic-free words of `text`: letters and digits only, split at
    /// everything else (spaces, hyphens, punctuation), apostrophes dropped (O'Brien → obrien).
    static func words(_ text: String) -> [String] {
        var words: [String] = []
        // Words are gathered as UTF-8 bytes: String.UnicodeScalarView.append cost hundreds of
        // instructions a scalar, and this runs for every citation and reference key.
        var current = [UInt8]()
        for scalar in plain(text).unicodeScalars {
            if CitationScalars.isApostrophe(scalar) || scalar == "\u{2018}" { continue }
            if ScalarClass.isLetter(scalar) || ScalarClass.isDigit(scalar) {
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

    /// Lowercase and without diacritics (BraudelText's one folding rule); ASCII returns at once.
    static func plain(_ text: String) -> String {
        if text.utf8.allSatisfy({ $0 < 0x80 }) { return text.lowercased() }
        return Folding.withoutDiacritics(text)
    }
}
