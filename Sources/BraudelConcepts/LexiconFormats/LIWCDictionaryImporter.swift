import Foundation

/// Reads a LIWC-style `.dic` file: a header between two `%` lines of `number<TAB>category`
/// lines, then one entry a line, `word<TAB>number number…` (multi-word entries keep their
/// spaces; without a tab the trailing numbers are the categories). Each category becomes a
/// concept (id: its slugged name; label: its first usable word, because a label is matched
/// in text). A word in several categories stays with the first: the matcher gives a
/// spelling one concept.
public enum LIWCDictionaryImporter {
    /// Imports the dictionary text; `path` names the file in messages.
    public static func load(text: String, path: String) throws -> ImportedLexicon {
        let lines = text.replacingOccurrences(of: "\r\n", with: "\n").split(separator: "\n", omittingEmptySubsequences: false)
        var reader = Reader(path: path)
        for (index, line) in lines.enumerated() { try reader.read(String(line), number: index + 1) }
        guard reader.phase == .entries else {
            throw LexiconError(path: path, line: nil, reason: "no '%' category header (expected a LIWC .dic file)")
        }
        let name = URL(fileURLWithPath: path).deletingPathExtension().lastPathComponent
        return ImportedLexicon(lexicon: Lexicon(name: name, version: "1", concepts: reader.concepts()),
                               format: .liwc, warnings: reader.warnings)
    }

    private struct Category {
        var id: String
        var name: String
        var line: Int
        var spellings = [String]()
    }

    private struct Reader {
        enum Phase { case start, header, entries }
        let path: String
        var phase = Phase.start
        var categories = [String: Category]()
        var order = [String]()
        var warnings = [LexiconFinding]()
        var claims = SpellingClaims()
        /// Each category's spellings as a set, for a constant-time "already listed?".
        var spellingSets = [String: Set<String>]()

        init(path: String) { self.path = path }

        mutating func read(_ raw: String, number: Int) throws {
            let line = raw.trimmingCharacters(in: .whitespaces)
            if line.isEmpty { return }
            switch phase {
            case .start:
                guard line == "%" else { throw LexiconError(path: path, line: number, reason: "a LIWC dictionary starts with a '%' line") }
                phase = .header
            case .header:
                if line == "%" { phase = .entries } else { try readCategory(line, number: number) }
            case .entries:
                readEntry(line, number: number)
            }
        }

        mutating func readCategory(_ line: String, number: Int) throws {
            let fields = line.split(maxSplits: 1, whereSeparator: { $0 == "\t" || $0 == " " })
            guard fields.count == 2, Int(fields[0]) != nil else {
                throw LexiconError(path: path, line: number, reason: "expected 'number<TAB>category' in the header")
            }
            // LIWC 2015 headers may add a description after a second tab: "1\tfunct\tFunction words".
            let key = String(fields[0])
            let name = fields[1].split(separator: "\t").first.map { $0.trimmingCharacters(in: .whitespaces) } ?? ""
            guard categories[key] == nil else { throw LexiconError(path: path, line: number, reason: "category \(key) defined twice") }
            var id = ConceptIDs.slug(name)
            if categories.values.contains(where: { $0.id == id }) { id += "-" + key }
            categories[key] = Category(id: id, name: name, line: number)
            order.append(key)
        }

        mutating func readEntry(_ line: String, number: Int) {
            let (word, keys) = Self.split(line)
            guard !keys.isEmpty, keys.allSatisfy({ Int($0) != nil }) else {
                warnings.append(LexiconFinding(.warning, path: path, line: number,
                                               "entry '\(line)' has no plain category numbers (conditional LIWC entries are not supported); skipped"))
                return
            }
            let glob = GlobPattern(word)
            if let problem = glob.problem { warnings.append(LexiconFinding(.warning, path: path, line: number, problem)) }
            guard let variant = glob.variant else { return }
            for key in keys {
                // Only the id is read: a copy of the category would share its spellings array and
                // make every append below copy it whole (quadratic in the category's size).
                guard let id = categories[key]?.id else {
                    warnings.append(LexiconFinding(.warning, path: path, line: number, "'\(word)' names unknown category \(key)"))
                    continue
                }
                if let owner = claims.claim(variant, for: id) {
                    warnings.append(LexiconFinding(.warning, path: path, line: number,
                                                   "'\(word)' of '\(id)' is already a spelling of '\(owner)'; kept there only"))
                } else if spellingSets[key, default: []].insert(variant).inserted {
                    categories[key]?.spellings.append(variant)
                }
            }
        }

        /// The word and its category numbers: tab-separated when there is a tab, else the
        /// trailing numeric fields.
        static func split(_ line: String) -> (String, [String]) {
            if let tab = line.firstIndex(of: "\t") {
                let word = line[..<tab].trimmingCharacters(in: .whitespaces)
                return (word, line[line.index(after: tab)...].split(whereSeparator: \.isWhitespace).map(String.init))
            }
            var fields = line.split(separator: " ").map(String.init)
            var keys = [String]()
            while fields.count > 1, let last = fields.last, Int(last) != nil { keys.insert(fields.removeLast(), at: 0) }
            return (fields.joined(separator: " "), keys)
        }

        mutating func concepts() -> [Concept] {
            order.compactMap { key in
                guard let category = categories[key] else { return nil }
                guard let label = category.spellings.first else {
                    warnings.append(LexiconFinding(.warning, path: path, line: category.line,
                                                   "category '\(category.name)' has no usable word; skipped"))
                    return nil
                }
                return Concept(id: category.id, label: label, definition: "Dictionary category '\(category.name)' (\(key)).",
                               variants: Array(category.spellings.dropFirst()), line: category.line)
            }
        }
    }
}
