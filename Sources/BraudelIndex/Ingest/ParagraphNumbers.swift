import GRDB

/// The paragraph a stored sentence belongs to: how many paragraph breaks of the document text
/// (``ParagraphMap/paragraphBreaks(in:)``) lie at or before its first non-blank character.
/// Stored with each sentence so that paragraph co-occurrence is counted at write time.
enum ParagraphNumbers {
    /// The paragraph number of a sentence starting at scalar offset `start` with text `text`.
    static func number(sentenceText text: String, start: Int, breaks: [Int]) -> Int {
        let leading = text.unicodeScalars.prefix { $0.properties.isWhitespace }.count
        return ParagraphMap.count(of: breaks, atOrBefore: start + leading)
    }

    /// Numbers the sentences of every stored document (an index from before paragraphs were stored).
    static func fill(_ db: Database) throws {
        let update = try db.cachedStatement(sql: "UPDATE sentence SET paragraph = ? WHERE id = ?")
        for id in try Int64.fetchAll(db, sql: "SELECT id FROM document ORDER BY id") {
            let text = try String.fetchOne(db, sql: "SELECT text FROM document WHERE id = ?", arguments: [id]) ?? ""
            let breaks = ParagraphMap.paragraphBreaks(in: text)
            for sentence in try Row.fetchAll(db, sql: "SELECT id, start, text FROM sentence WHERE document_id = ?",
                                             arguments: [id]) {
                let paragraph = number(sentenceText: sentence["text"], start: sentence["start"], breaks: breaks)
                try update.execute(arguments: [paragraph, sentence["id"] as Int64])
            }
        }
    }
}
