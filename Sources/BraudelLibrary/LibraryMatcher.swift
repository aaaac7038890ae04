import BraudelCitations
import BraudelText
import Foundation

/// How a document was matched to a library entry.
public enum LibraryMatchMethod: String, Sendable, Codable {
    /// The entry's attached file is the document (by path, else by a file name unique in the library).
    case file
    /// A DOI printed at the head of the document is the entry's.
    case doi
    /// The entry's title is the document's (guessed title or the head's words) above ``LibraryMatcher/titleThreshold``.
    case title
}

/// A document's library entry and how it was found.
public struct LibraryMatch: Sendable {
    public var entry: LibraryEntry
    public var method: LibraryMatchMethod
    /// 1 for file and DOI matches; the title similarity for title matches.
    public var score: Double

    public init(entry: LibraryEntry, method: LibraryMatchMethod, score: Double) {
        self.entry = entry
        self.method = method
        self.score = score
    }
}

/// Finds a document's entry in a ``MetadataLibrary``: by attached file, then by a DOI at the
/// document's head, then by title. Built once per run; matching is lookups, not a scan of
/// the library, so a large library costs little per document.
public struct LibraryMatcher: Sendable {
    /// Title similarity (Sørensen–Dice over character bigrams of the folded titles) a title
    /// match needs. 0.85 accepts a dropped article, a changed dash or a typo in a long title and
    /// refuses two titles that share only their subject words.
    public static let titleThreshold = 0.85
    /// Characters of the document's text searched for its own DOI and printed title: the
    /// first page. A DOI further in is a cited work's.
    static let headLength = 4000
    /// A title shorter than this many words matches only by file or DOI ("Introduction").
    static let minimumTitleWords = 3

    private let entries: [LibraryEntry]
    private var byFile: [String: [Int]] = [:]
    private var byFileName: [String: [Int]] = [:]
    private var byDOI: [String: [Int]] = [:]
    /// Entries by the first three words of their folded title (and of the main title before a colon).
    private var byTitleStart: [String: [Int]] = [:]
    /// Entries by each word (4 letters or more) of their folded title.
    private var byTitleWord: [String: [Int]] = [:]
    private var titleWords: [[String]] = []
    private var mainTitleWords: [[String]] = []

    public init(_ library: MetadataLibrary) {
        entries = library.entries
        for (k, entry) in entries.enumerated() {
            for file in entry.files {
                byFile[file, default: []].append(k)
                byFileName[(file as NSString).lastPathComponent, default: []].append(k)
            }
            if let doi = entry.doi { byDOI[doi, default: []].append(k) }
            let words = Self.words(entry.title ?? "")
            let main = Self.words(Self.mainTitle(entry.title ?? ""))
            titleWords.append(words)
            for word in Set(words) where word.count >= 4 { byTitleWord[word, default: []].append(k) }
            mainTitleWords.append(main)
            for w in Set([words, main]) where w.count >= Self.minimumTitleWords {
                byTitleStart[w[0..<3].joined(separator: " "), default: []].append(k)
            }
        }
    }

    /// The entry for the document at `path` with `text` and guessed `title`, or nil.
    public func match(path: String, text: String, title: String?) -> LibraryMatch? {
        if let k = byFile[path]?.first ?? unique(byFileName[(path as NSString).lastPathComponent]) {
            return LibraryMatch(entry: entries[k], method: .file, score: 1)
        }
        let head = String(text.prefix(Self.headLength))
        for doi in OnlineLocators.dois(in: head) {
            if let k = byDOI[LibraryEntry.bareDOI(doi)]?.first { return LibraryMatch(entry: entries[k], method: .doi, score: 1) }
        }
        return titleMatch(head: head, title: title)
    }

    private func unique(_ candidates: [Int]?) -> Int? {
        guard let candidates, Set(candidates).count == 1 else { return nil }
        return candidates[0]
    }

    /// The best title match of the guessed title, or of a title printed in the head; nil below
    /// the threshold or when two different entries score the same.
    private func titleMatch(head: String, title: String?) -> LibraryMatch? {
        var scores: [Int: Double] = [:]
        let headWords = Self.words(head)
        if headWords.count >= Self.minimumTitleWords {
            for p in 0...(headWords.count - Self.minimumTitleWords) {
                for k in byTitleStart[headWords[p..<p + 3].joined(separator: " ")] ?? [] {
                    if Self.occurs(titleWords[k], in: headWords, at: p) { scores[k] = 1 }
                    else if Self.occurs(mainTitleWords[k], in: headWords, at: p) { scores[k] = max(scores[k] ?? 0, Self.titleThreshold) }
                }
            }
        }
        let guessed = Self.words(title ?? "")
        if guessed.count >= Self.minimumTitleWords {
            // A title within the threshold shares nearly every word: its two rarest words find it.
            let lists = Set(guessed.filter { $0.count >= 4 }).compactMap { byTitleWord[$0] }.sorted { $0.count < $1.count }
            let candidates = Set(lists.prefix(2).joined())
            let guessedBigrams = Self.bigrams(guessed)
            for k in candidates {
                let score = max(Self.dice(guessedBigrams, Self.bigrams(titleWords[k])), Self.dice(guessedBigrams, Self.bigrams(mainTitleWords[k])))
                scores[k] = max(scores[k] ?? 0, score)
            }
        }
        let ranked = scores.filter { $0.value >= Self.titleThreshold }.sorted { ($0.value, -$0.key) > ($1.value, -$1.key) }
        guard let best = ranked.first else { return nil }
        if ranked.count > 1, ranked[1].value == best.value, entries[ranked[1].key].title != entries[best.key].title { return nil }
        return LibraryMatch(entry: entries[best.key], method: .title, score: best.value)
    }

    private static func occurs(_ title: [String], in words: [String], at p: Int) -> Bool {
        title.count >= minimumTitleWords && p + title.count <= words.count && Array(words[p..<p + title.count]) == title
    }

    /// The part of a title before its subtitle colon.
    private static func mainTitle(_ title: String) -> String {
        guard let colon = title.firstIndex(where: { $0 == ":" || $0 == "?" || $0 == "." }) else { return title }
        return String(title[..<colon])
    }

    /// Folded words (case, diacritics, punctuation dropped; hyphens split).
    static func words(_ text: String) -> [String] {
        Folding.withoutDiacritics(text).split(whereSeparator: { !($0.isLetter || $0.isNumber) }).map(String.init)
    }

    private static func bigrams(_ words: [String]) -> [String: Int] {
        let s = Array(words.joined(separator: " "))
        var counts: [String: Int] = [:]
        for i in 0..<max(0, s.count - 1) { counts[String(s[i...i + 1]), default: 0] += 1 }
        return counts
    }

    private static func dice(_ a: [String: Int], _ b: [String: Int]) -> Double {
        let total = a.values.reduce(0, +) + b.values.reduce(0, +)
        guard total > 0 else { return 0 }
        let shared = a.reduce(0) { $0 + min($1.value, b[$1.key] ?? 0) }
        return 2 * Double(shared) / Double(total)
    }
}
