import Foundation

/// Reads RIS as its specification writes it: one `TAG  - value` per line (two capitals or a
/// capital and a digit, two spaces, a hyphen, a space), a record from `TY` to `ER  -`; a line
/// without a tag continues the value above. Zotero's RIS export is this shape (`L1` for
/// attached files, `AU` as "Family, Given"). A record missing its `TY` or `ER` is reported
/// with its line and skipped.
public struct RISParser: Sendable {
    public init() {}

    private struct Record {
        var line: Int
        var fields: [(tag: String, value: String)] = []
        func values(_ tags: String...) -> [String] { fields.filter { tags.contains($0.tag) }.map(\.value) }
        func first(_ tags: String...) -> String? {
            for tag in tags { if let value = fields.first(where: { $0.tag == tag })?.value, !value.isEmpty { return value } }
            return nil
        }
    }

    /// Parses `text` read from `file`; attached-file paths resolve against `folder`.
    public func parse(_ text: String, file: String, folder: String) -> LibraryParse {
        var result = LibraryParse()
        var record: Record?
        let lines = text.split(omittingEmptySubsequences: false, whereSeparator: { $0 == "\n" || $0 == "\r\n" })
        for (offset, raw) in lines.enumerated() {
            let number = offset + 1
            var line = String(raw)
            if offset == 0, line.hasPrefix("\u{FEFF}") { line.removeFirst() }
            if line.hasSuffix("\r") { line.removeLast() }
            guard let (tag, value) = Self.tagged(line) else {
                let text = line.trimmingCharacters(in: .whitespaces)
                if text.isEmpty { continue }
                if var open = record, let last = open.fields.indices.last {
                    open.fields[last].value += " " + text
                    record = open
                } else {
                    result.errors.append(LibraryError(file: file, line: number, reason: "text outside a record (expected 'TY  - ')"))
                }
                continue
            }
            switch tag {
            case "TY":
                if let open = record {
                    result.errors.append(LibraryError(file: file, line: open.line, reason: "record never closed with 'ER  -'; skipped"))
                }
                record = Record(line: number, fields: [("TY", value)])
            case "ER":
                if let open = record {
                    result.entries.append(entry(open, file: file, folder: folder))
                } else {
                    result.errors.append(LibraryError(file: file, line: number, reason: "'ER  -' without a record"))
                }
                record = nil
            default:
                if record == nil {
                    result.errors.append(LibraryError(file: file, line: number, reason: "tag '\(tag)' before the record's 'TY  - '"))
                } else {
                    record?.fields.append((tag, value))
                }
            }
        }
        if let open = record {
            result.errors.append(LibraryError(file: file, line: open.line, reason: "record never closed with 'ER  -'; skipped"))
        }
        return result
    }

    /// `(tag, value)` of a tagged line; nil for any other line. Lenient about the spaces a hand
    /// edit loses ("TY - JOUR"), strict about the tag's shape.
    private static func tagged(_ line: String) -> (String, String)? {
        let c = Array(line)
        guard c.count >= 4, c[0].isASCII, c[0].isUppercase, c[1].isASCII, c[1].isUppercase || c[1].isNumber else { return nil }
        var i = 2
        while i < c.count, c[i] == " " { i += 1 }
        guard i > 2, i < c.count, c[i] == "-" else { return nil }
        i += 1
        if i < c.count, c[i] == " " { i += 1 }
        return (String(c[0..<2]), String(c[i...]).trimmingCharacters(in: .whitespaces))
    }

    private func entry(_ record: Record, file: String, folder: String) -> LibraryEntry {
        let authors = record.values("AU", "A1").map(Self.person)
        let date = record.first("PY", "Y1", "DA")
        let files = record.values("L1", "L4").compactMap { AttachedFiles.resolve($0, folder: folder) }
        return LibraryEntry(key: record.first("ID"), type: record.first("TY"), title: record.first("TI", "T1", "CT"),
                            authors: authors.isEmpty ? record.values("A2", "ED").map(Self.person) : authors,
                            year: date.flatMap(LibraryEntry.year(in:)),
                            container: record.first("T2", "JF", "JO", "BT", "JA", "T3"), doi: record.first("DO"),
                            language: record.first("LA"), keywords: record.values("KW"), files: files,
                            source: LibrarySource(file: file, line: record.line))
    }

    /// "Family, Given" or "Family, Given, Suffix"; a name without a comma is kept whole.
    static func person(_ value: String) -> PersonName {
        let parts = value.split(separator: ",", omittingEmptySubsequences: false).map { $0.trimmingCharacters(in: .whitespaces) }
        guard parts.count >= 2 else { return PersonName(family: value.trimmingCharacters(in: .whitespaces), isLiteral: true) }
        let (particle, family) = NameParts.particleAndFamily(parts[0])
        return PersonName(given: parts[1], particle: particle, family: family, suffix: parts.count > 2 ? parts[2] : nil)
    }
}
