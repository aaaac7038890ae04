import BraudelText
import GRDB

/// The file formats `braudel export` writes.
public enum ExportFormat: String, Sendable, CaseIterable {
    /// JSON Lines: one JSON object per row, keys in column order, nulls as `null`.
    case jsonl
    /// CSV with a header row, RFC 4180 quoting and CRLF line ends; null is an empty field and
    /// an empty string is written `""`.
    case csv

    /// The file name extension.
    public var fileExtension: String { rawValue }
}

/// Appends rows of one table to a byte buffer in one file format. Works on UTF-8 bytes directly:
/// export runs once per row of every table, and building `String`s per cell would dominate it.
struct ExportRowEncoder {
    let format: ExportFormat
    let columns: [ExportColumn]
    /// `"name":` per column, prepared once.
    private let jsonKeys: [[UInt8]]

    init(format: ExportFormat, columns: [ExportColumn]) {
        self.format = format
        self.columns = columns
        jsonKeys = columns.map { column in
            var key = [UInt8]()
            Self.appendJSONString(column.name, to: &key)
            key.append(UInt8(ascii: ":"))
            return key
        }
    }

    /// The bytes a file starts with: the CSV header row; nothing for JSON Lines.
    func header() -> [UInt8] {
        guard format == .csv else { return [] }
        var out = [UInt8]()
        for (index, column) in columns.enumerated() {
            if index > 0 { out.append(UInt8(ascii: ",")) }
            CSV.appendField(column.name, quoteEmpty: true, to: &out)
        }
        out += [13, 10]
        return out
    }

    /// Appends one row, whose values come in column order.
    func append(_ row: Row, to out: inout [UInt8]) {
        switch format {
        case .jsonl: appendJSON(row, to: &out)
        case .csv: appendCSV(row, to: &out)
        }
    }

    private func appendJSON(_ row: Row, to out: inout [UInt8]) {
        out.append(UInt8(ascii: "{"))
        for (index, column) in columns.enumerated() {
            if index > 0 { out.append(UInt8(ascii: ",")) }
            out += jsonKeys[index]
            let value: DatabaseValue = row[index]
            switch (value.storage, column.type) {
            case (.null, _): out.append(contentsOf: "null".utf8)
            case (.int64(let number), .boolean): out.append(contentsOf: (number != 0 ? "true" : "false").utf8)
            case (.int64(let number), _): out.append(contentsOf: String(number).utf8)
            case (.double(let number), _): out.append(contentsOf: (number.isFinite ? String(number) : "null").utf8)
            case (.string(let text), .textList) where Self.isJSONArray(text): out.append(contentsOf: text.utf8)
            case (.string(let text), _): Self.appendJSONString(text, to: &out)
            case (.blob, _): out.append(contentsOf: "null".utf8)
            }
        }
        out += [UInt8(ascii: "}"), 10]
    }

    private func appendCSV(_ row: Row, to out: inout [UInt8]) {
        for (index, column) in columns.enumerated() {
            if index > 0 { out.append(UInt8(ascii: ",")) }
            let value: DatabaseValue = row[index]
            switch (value.storage, column.type) {
            case (.null, _), (.blob, _): break
            case (.int64(let number), .boolean): out.append(contentsOf: (number != 0 ? "true" : "false").utf8)
            case (.int64(let number), _): out.append(contentsOf: String(number).utf8)
            case (.double(let number), _): if number.isFinite { out.append(contentsOf: String(number).utf8) }
            case (.string(let text), _): CSV.appendField(text, quoteEmpty: true, to: &out)
            }
        }
        out += [13, 10]
    }

    /// A JSON string literal. Bytes of multi-byte UTF-8 sequences are all ≥ 0x80, so escaping
    /// byte by byte is exact.
    static func appendJSONString(_ text: String, to out: inout [UInt8]) {
        out.append(UInt8(ascii: "\""))
        for byte in text.utf8 {
            switch byte {
            case UInt8(ascii: "\""): out += [92, 34]
            case UInt8(ascii: "\\"): out += [92, 92]
            case 10: out += [92, UInt8(ascii: "n")]
            case 13: out += [92, UInt8(ascii: "r")]
            case 9: out += [92, UInt8(ascii: "t")]
            case 0..<0x20:
                let hex = Array("0123456789abcdef".utf8)
                out += [92, UInt8(ascii: "u"), 48, 48, hex[Int(byte >> 4)], hex[Int(byte & 15)]]
            default: out.append(byte)
            }
        }
        out.append(UInt8(ascii: "\""))
    }

    /// Author lists are stored as JSON arrays by ``JSONStrings``; anything else (a hand-edited
    /// index) is written as a plain string rather than as broken JSON.
    private static func isJSONArray(_ text: String) -> Bool {
        text.utf8.first == UInt8(ascii: "[") && text.utf8.last == UInt8(ascii: "]")
    }
}
