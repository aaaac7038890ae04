import GRDB

extension CorpusIndex {
    /// Keyword-in-context lines for mentions of any of `concepts`, ordered by document and position.
    public func kwic(concepts: [String], width: Int, limit: Int? = nil) throws -> [KWICLine] {
        guard !concepts.isEmpty else { return [] }
        let sql = """
            SELECT m.document_id, d.path, d.title, m.concept, m.start, m."end"
            FROM mention m JOIN document d ON d.id = m.document_id
            WHERE m.concept IN (\(databaseQuestionMarks(count: concepts.count)))
            ORDER BY d.path, m.start, m."end", m.concept
            LIMIT ?
            """
        return try reading { db in
            var texts = DocumentTexts(db: db)
            let rows = try Row.fetchCursor(db, sql: sql, arguments: StatementArguments(concepts) + [limit ?? -1])
            var lines = [KWICLine]()
            while let row = try rows.next() {
                let scalars = try texts.scalars(of: row["document_id"])
                lines.append(Self.line(path: row["path"], title: row["title"], concept: row["concept"],
                                       range: (row["start"] as Int)..<(row["end"] as Int),
                                       scalars: scalars, width: width))
            }
            return lines
        }
    }

    /// Keyword-in-context lines for a word or phrase: the full-text index finds the sentences,
    /// then the phrase is located in each ignoring case, diacritics and hyphen/space differences.
    public func kwic(phrase: String, width: Int, limit: Int? = nil) throws -> [KWICLine] {
        let words = phrase.split(whereSeparator: { $0 == "\"" || $0.isWhitespace }).joined(separator: " ")
        guard SearchQueryParser.hasWordCharacter(words), let locator = PhraseLocator(phrase: phrase) else {
            throw IndexError.badQuery(query: phrase, reason: "no word to search for")
        }
        let sql = """
            SELECT s.document_id, d.path, d.title, s.start, s.text
            FROM sentence_fts
            JOIN sentence s ON s.id = sentence_fts.rowid
            JOIN document d ON d.id = s.document_id
            WHERE sentence_fts MATCH ?
            ORDER BY d.path, s.ordinal
            """
        let maximum = limit ?? Int.max
        return try matching(phrase) {
            try reading { db in
                var texts = DocumentTexts(db: db)
                let rows = try Row.fetchCursor(db, sql: sql, arguments: [SearchQuerySQL.quoted(words)])
                var lines = [KWICLine]()
                while lines.count < maximum, let row = try rows.next() {
                    let sentenceStart: Int = row["start"]
                    let sentence = Array((row["text"] as String).unicodeScalars)
                    for local in locator.ranges(in: sentence) where lines.count < maximum {
                        let range = (sentenceStart + local.lowerBound)..<(sentenceStart + local.upperBound)
                        lines.append(Self.line(path: row["path"], title: row["title"], concept: nil, range: range,
                                               scalars: try texts.scalars(of: row["document_id"]), width: width))
                    }
                }
                return lines
            }
        }
    }

    private static func line(
        path: String, title: String?, concept: String?, range: Range<Int>,
        scalars: [Unicode.Scalar], width: Int
    ) -> KWICLine {
        let start = min(max(0, range.lowerBound), scalars.count)
        let end = min(max(start, range.upperBound), scalars.count)
        let width = max(0, width)
        return KWICLine(
            path: path, title: title, concept: concept, start: start, end: end,
            left: flatten(scalars[max(0, start - width)..<start]),
            match: flatten(scalars[start..<end]),
            right: flatten(scalars[end..<min(scalars.count, end + width)]))
    }

    /// Context on one line: line and paragraph breaks and tabs become spaces.
    private static func flatten(_ scalars: ArraySlice<Unicode.Scalar>) -> String {
        var view = String.UnicodeScalarView()
        for scalar in scalars {
            switch scalar {
            case "\n", "\r", "\t", "\u{0B}", "\u{0C}", "\u{85}", "\u{2028}", "\u{2029}": view.append(" ")
            default: view.append(scalar)
            }
        }
        return String(view)
    }
}

/// Document texts loaded as scalars on demand, keeping only the latest: queries walk documents
/// in order, so one slot suffices and memory stays at one document.
private struct DocumentTexts {
    let db: Database
    private var currentID: Int64?
    private var current: [Unicode.Scalar] = []

    init(db: Database) { self.db = db }

    mutating func scalars(of documentID: Int64) throws -> [Unicode.Scalar] {
        if documentID != currentID {
            let text = try String.fetchOne(db, sql: "SELECT text FROM document WHERE id = ?",
                                           arguments: [documentID]) ?? ""
            current = Array(text.unicodeScalars)
            currentID = documentID
        }
        return current
    }
}
