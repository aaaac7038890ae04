/// Reference entries keyed for linking: folded surnames (whole and last word), organization
/// acronyms, normalized years. Each citation is scored against the entries its first author
/// can name, and the best-scoring entry wins (ties go to the earlier entry).
struct ReferenceIndex {
    private struct Keys {
        var names: [NameKey]
        var year: String?
        var originalYear: String?
        var authorCount: Int
    }

    /// A surname folded whole ("vanderlinden", "chasedunn"), by its last word ("linden"), and
    /// by the last part of a compound ("dunn": a text's "Chase Dunn" reads as given name + Dunn).
    struct NameKey: Hashable {
        var compact: String
        var core: String
        var tail: String

        init(_ name: String) {
            compact = NameFolding.compact(name)
            let last = name.split(whereSeparator: { $0 == " " || $0 == "\n" }).last.map(String.init) ?? name
            core = NameFolding.compact(last)
            tail = NameFolding.words(last).last ?? core
        }
    }

    private let keys: [Keys]
    private var byName: [String: [Int]] = [:]
    /// Citation names recur through a text; each is folded once.
    private var foldedNames: [String: NameKey] = [:]

    private mutating func nameKey(_ name: String) -> NameKey {
        if let known = foldedNames[name] { return known }
        let key = NameKey(name)
        foldedNames[name] = key
        return key
    }

    init(_ entries: [ReferenceEntry]) {
        var keys: [Keys] = []
        for (index, entry) in entries.enumerated() {
            let names = entry.authors.map(NameKey.init)
            // The raw entry is decoded and tokenized once for both the years (first 400
            // characters) and the acronyms (first 300); only a longer entry needs two passes.
            let scalars = Array(entry.raw.unicodeScalars)
            let tokens = CitationTokenizer.tokenize(scalars, in: 0..<min(scalars.count, 400))
            let years = Self.years(tokens, scalars)
            keys.append(Keys(names: names, year: entry.year.map(Self.normalizedYear),
                             originalYear: years?.original.map(Self.normalizedYear), authorCount: entry.authors.count))
            guard let first = names.first else { continue }
            var lookups: Set<String> = [first.compact, first.core, first.tail]
            let acronymTokens = scalars.count <= 300 ? tokens : CitationTokenizer.tokenize(scalars, in: 0..<300)
            lookups.formUnion(Self.acronyms(of: entry, tokens: acronymTokens))
            for key in lookups where !key.isEmpty { byName[key, default: []].append(index) }
        }
        self.keys = keys
    }

    /// The index of the entry `citation` refers to, or nil.
    mutating func bestEntry(for citation: InTextCitation) -> Int? {
        guard let first = citation.authors.first else { return nil }
        let name = nameKey(first)
        let others = citation.authors.dropFirst().map { nameKey($0) }
        var candidates = Set(byName[name.compact, default: []] + byName[name.core, default: []])
        if candidates.isEmpty { candidates = fuzzyCandidates(name) }
        var best: (score: Int, index: Int)?
        for index in candidates.sorted() {
            guard let score = score(citation, name, others, index) else { continue }
            if best == nil || score > best!.score { best = (score, index) }
        }
        return best?.index
    }

    private func score(_ citation: InTextCitation, _ name: NameKey, _ others: [NameKey], _ index: Int) -> Int? {
        let entry = keys[index]
        guard let yearScore = yearScore(Self.normalizedYear(citation.year), entry) else { return nil }
        var score = yearScore
        if let first = entry.names.first {
            score += first.compact == name.compact ? 3 : (first.core == name.core ? 2 : (first.tail == name.core ? 1 : 0))
        }
        if citation.etAl {
            score += entry.authorCount >= 3 ? 2 : (entry.authorCount == 2 ? 1 : -1)
        } else {
            for (offset, key) in others.enumerated() {
                let position = offset + 1
                let agrees = position < entry.names.count
                    && (entry.names[position].compact == key.compact || entry.names[position].core == key.core)
                score += agrees ? 1 : -1
            }
            if citation.authors.count == entry.authorCount { score += 1 }
        }
        return score
    }

    /// Exact year (with suffix) scores highest; a suffixed citation year may name an entry
    /// without suffix, never the reverse; a reprint's original year also counts.
    private func yearScore(_ year: String, _ entry: Keys) -> Int? {
        guard let entryYear = entry.year else { return nil }
        if year == entryYear { return 6 }
        if year == entry.originalYear { return 5 }
        if CitationYears.hasSuffix(year), CitationYears.isYear(entryYear), entryYear.count == 4,
           CitationYears.digits(year) == entryYear {
            return 3
        }
        if Self.pendingYears.contains(year), Self.pendingYears.contains(entryYear) { return 4 }
        return nil
    }

    /// Years of works not yet out, which match each other.
    private static let pendingYears: Set<String> = ["forthcoming", "inpress"]

    /// Entries whose first surname is one typo away (transposed, dropped or changed letter)
    /// from a long citation surname: "Wallerstien" finds "Wallerstein".
    private func fuzzyCandidates(_ name: NameKey) -> Set<Int> {
        guard name.compact.count >= 6 else { return [] }
        var found: Set<Int> = []
        for (index, entry) in keys.enumerated() {
            guard let first = entry.names.first else { continue }
            if EditDistance.isWithinOne(first.compact, name.compact) { found.insert(index) }
        }
        return found
    }

    /// Lowercase, without spaces and periods, every dash a hyphen ("1981–1984" = "1981-1984").
    static func normalizedYear(_ year: String) -> String {
        var view = String.UnicodeScalarView()
        for scalar in NameFolding.plain(year).unicodeScalars where !CitationScalars.isSpace(scalar) && scalar != "." {
            view.append(CitationScalars.isDash(scalar) ? "-" : scalar)
        }
        return String(view)
    }

    /// The years of a raw entry, for reprints ("[1867] 1976").
    private static func years(_ tokens: [CitationToken], _ scalars: [Unicode.Scalar]) -> YearMatch? {
        for i in tokens.indices {
            if case .year(let match) = CitationYears.scan(tokens, at: i, limit: tokens.count, scalars: scalars) {
                return match
            }
        }
        return nil
    }

    /// "(UNCTAD)" written after an organization, and the initials of its name
    /// ("International Labour Organization" → "ilo").
    private static func acronyms(of entry: ReferenceEntry, tokens: [CitationToken]) -> Set<String> {
        var found: Set<String> = []
        for i in tokens.indices.dropFirst().dropLast() where tokens[i].allCaps {
            if tokens[i - 1].isPunct("("), tokens[i + 1].isPunct(")") { found.insert(tokens[i].key) }
        }
        if let first = entry.authors.first {
            let words = first.split(separator: " ").filter { $0.first?.isUppercase == true }
            if words.count >= 2 { found.insert(String(words.compactMap(\.first)).lowercased()) }
        }
        return found
    }
}

/// Damerau–Levenshtein distance of at most one, without building a matrix.
enum EditDistance {
    static func isWithinOne(_ a: String, _ b: String) -> Bool {
        // ASCII (nearly every name key) is compared on its bytes, which are its scalars:
        // building two scalar arrays per pair dominated linking.
        var a = a, b = b
        if let decided = a.withUTF8({ x in b.withUTF8({ y in asciiWithinOne(x, y) }) }) { return decided }
        return isWithinOne(Array(a.unicodeScalars), Array(b.unicodeScalars))
    }

    /// The answer for two ASCII strings, nil when either is not ASCII.
    private static func asciiWithinOne(_ x: UnsafeBufferPointer<UInt8>, _ y: UnsafeBufferPointer<UInt8>) -> Bool? {
        if abs(x.count - y.count) > 1 { return x.allSatisfy { $0 < 0x80 } && y.allSatisfy { $0 < 0x80 } ? false : nil }
        guard x.allSatisfy({ $0 < 0x80 }) && y.allSatisfy({ $0 < 0x80 }) else { return nil }
        return isWithinOne(x, y)
    }

    private static func isWithinOne<C: RandomAccessCollection>(_ x: C, _ y: C) -> Bool
    where C.Element: Equatable, C.Index == Int {
        if x.elementsEqual(y) { return true }
        if abs(x.count - y.count) > 1 { return false }
        let xs = x.startIndex, ys = y.startIndex
        var i = 0
        while i < min(x.count, y.count), x[xs + i] == y[ys + i] { i += 1 }
        if x.count == y.count {
            if x[(xs + i + 1)...].elementsEqual(y[(ys + i + 1)...]) { return true }
            return i + 1 < x.count && x[xs + i] == y[ys + i + 1] && x[xs + i + 1] == y[ys + i]
                && x[(xs + i + 2)...].elementsEqual(y[(ys + i + 2)...])
        }
        let (longer, shorter) = x.count > y.count ? (x, y) : (y, x)
        return longer[(longer.startIndex + i + 1)...].elementsEqual(shorter[(shorter.startIndex + i)...])
    }
}
