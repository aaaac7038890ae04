import ArgumentParser
import Foundation

/// How results are printed: aligned tables for people, JSON or CSV for programs.
enum OutputFormat: String, ExpressibleByArgument, CaseIterable {
    case table, json, csv
}

/// A result row that can be printed in every output format.
protocol TabularRecord: Encodable {
    /// Column headers of the table and CSV forms.
    static var columns: [String] { get }
    /// The row's cells, in column order.
    var cells: [String] { get }
}

/// Prints records to stdout in the chosen format.
enum Printer {
    static func print<Record: TabularRecord>(_ records: [Record], as format: OutputFormat, maxCellWidth: Int = 70) {
        switch format {
        case .json: write(json(records) + "\n")
        case .csv: write(csv(header: Record.columns, rows: records.map(\.cells)))
        case .table: write(table(header: Record.columns, rows: records.map(\.cells), maxCellWidth: maxCellWidth))
        }
    }

    static func json<Value: Encodable>(_ value: Value) -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        guard let data = try? encoder.encode(value) else { return "null" }
        return String(decoding: data, as: UTF8.self)
    }

    static func csv(header: [String], rows: [[String]]) -> String {
        var out = header.map(csvField).joined(separator: ",") + "\r\n"
        for row in rows { out += row.map(csvField).joined(separator: ",") + "\r\n" }
        return out
    }

    /// RFC 4180 quoting.
    static func csvField(_ field: String) -> String {
        guard field.contains(where: { $0 == "," || $0 == "\"" || $0 == "\n" || $0 == "\r" }) else { return field }
        return "\"" + field.replacingOccurrences(of: "\"", with: "\"\"") + "\""
    }

    static func table(header: [String], rows: [[String]], maxCellWidth: Int) -> String {
        let cells = rows.map { $0.map { shorten($0, to: maxCellWidth) } }
        var widths = header.map(\.count)
        for row in cells { for (i, cell) in row.enumerated() where i < widths.count { widths[i] = max(widths[i], cell.count) } }
        func line(_ row: [String]) -> String {
            row.enumerated().map { i, cell in
                i == row.count - 1 ? cell : cell + String(repeating: " ", count: max(0, widths[i] - cell.count))
            }.joined(separator: "  ")
        }
        var out = line(header) + "\n" + line(widths.map { String(repeating: "-", count: $0) }) + "\n"
        for row in cells { out += line(row) + "\n" }
        if rows.isEmpty { out += "(no results)\n" }
        return out
    }

    static func shorten(_ text: String, to width: Int) -> String {
        let flat = terminalSafe(text)
        return flat.count <= width ? flat : String(flat.prefix(width - 1)) + "…"
    }

    /// Text fit for a terminal: line breaks and tabs become spaces, and every other control
    /// character (ESC, CR, C1 controls — which documents do contain) is shown escaped as
    /// `\u{1B}` rather than sent raw to the terminal, where it could move the cursor or change
    /// colours. JSON and CSV keep the characters, escaped by their own rules.
    static func terminalSafe(_ text: String) -> String {
        guard text.unicodeScalars.contains(where: { $0.properties.generalCategory == .control }) else { return text }
        var out = String.UnicodeScalarView()
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\n", "\r", "\t": out.append(" ")
            case _ where scalar.properties.generalCategory == .control:
                out.append(contentsOf: "\\u{\(String(scalar.value, radix: 16, uppercase: true))}".unicodeScalars)
            default: out.append(scalar)
            }
        }
        return String(out)
    }

    static func write(_ text: String) {
        FileHandle.standardOutput.write(Data(text.utf8))
    }

    /// A warning or progress line on stderr.
    static func note(_ text: String) {
        FileHandle.standardError.write(Data((text + "\n").utf8))
    }
}
