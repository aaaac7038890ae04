import Foundation

/// Recognizes the ZIP-based document formats from a file's first bytes, without unzipping:
/// EPUB and ODF store an uncompressed `mimetype` entry first; OOXML names its parts
/// (`[Content_Types].xml`, `word/…`) in the local headers near the start.
enum ZipSniffer {
    /// Whether `head` starts with a ZIP local file header.
    static func isZip(_ head: [UInt8]) -> Bool {
        head.count >= 4 && head[0] == 0x50 && head[1] == 0x4B && head[2] == 0x03 && head[3] == 0x04
    }

    /// The content of a first entry named `mimetype` (stored, as EPUB and ODF require), if any.
    static func mimetype(_ head: [UInt8]) -> String? {
        guard isZip(head), head.count >= 30 else { return nil }
        let nameLength = Int(head[26]) | Int(head[27]) << 8
        let extraLength = Int(head[28]) | Int(head[29]) << 8
        let compressedSize = Int(head[18]) | Int(head[19]) << 8 | Int(head[20]) << 16 | Int(head[21]) << 24
        let method = Int(head[8]) | Int(head[9]) << 8
        guard nameLength == 8, 30 + nameLength <= head.count,
              String(decoding: head[30..<38], as: UTF8.self) == "mimetype", method == 0 else { return nil }
        let start = 30 + nameLength + extraLength
        let end = min(head.count, start + min(compressedSize, 100))
        guard start < end else { return nil }
        return String(decoding: head[start..<end], as: UTF8.self).trimmingCharacters(in: .whitespacesAndNewlines)
    }

    /// An EPUB: `mimetype` says application/epub+zip.
    static func isEPUB(_ head: [UInt8]) -> Bool { mimetype(head) == "application/epub+zip" }

    /// An OpenDocument text (also its template and master variants).
    static func isODT(_ head: [UInt8]) -> Bool {
        mimetype(head)?.hasPrefix("application/vnd.oasis.opendocument.text") == true
    }

    /// A Word document: a ZIP naming `word/` parts, or `[Content_Types].xml` with no sign of a
    /// spreadsheet (`xl/`) or presentation (`ppt/`), and no `mimetype` entry.
    static func isDOCX(_ head: [UInt8]) -> Bool {
        guard isZip(head), mimetype(head) == nil else { return false }
        if UTF8Bytes.find("word/", in: head, from: 0) != nil { return true }
        guard UTF8Bytes.find("[Content_Types].xml", in: head, from: 0) != nil else { return false }
        return UTF8Bytes.find("xl/", in: head, from: 0) == nil && UTF8Bytes.find("ppt/", in: head, from: 0) == nil
    }
}
