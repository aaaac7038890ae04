import BraudelText
import Foundation

/// A result row printed as a table for people, CSV or JSON for programs, under one set of
/// snake_case field names: JSON keys, CSV headers and table headers are the same words.
public protocol TabularRecord: Encodable {
    /// Every field, in CSV column order; also the JSON keys (after snake_case conversion).
    static var columns: [String] { get }
    /// Every field's value at full precision, in column order (the CSV row).
    var cells: [String] { get }
    /// The fields a table shows (a subset of ``columns``, same names).
    static var tableColumns: [String] { get }
    /// The table row: rounded numbers, highlighted or shortened text.
    var tableCells: [String] { get }
}

extension TabularRecord {
    public static var tableColumns: [String] { columns }
    public var tableCells: [String] { cells }
}

/// How results are written: aligned tables for people, JSON or CSV for programs.
public enum OutputFormat: String, CaseIterable, Sendable {
    case table, json, csv
}

/// Records in one of the output formats: the text every front end (the CLI, an HTTP API) prints.
public enum RecordOutput {
    /// `terminalWidth`: tables are narrowed to fit it; `colour`: a bold table header.
    public static func render<Record: TabularRecord>(_ records: [Record], as format: OutputFormat, maxCellWidth: Int = 70,
                                                     terminalWidth: Int? = nil, colour: Bool = false) -> String {
        switch format {
        case .json: return JSONOutput.string(records) + "\n"
        case .csv: return CSVText.table(header: Record.columns, rows: records.map(\.cells))
        case .table:
            return TextTable(header: Record.tableColumns, rows: records.map(\.tableCells), maxCellWidth: maxCellWidth,
                             terminalWidth: terminalWidth, colour: colour).render()
        }
    }
}

/// How values become CSV and table cells.
public enum Cell {
    /// Integers as digits, nil as empty.
    public static func int(_ value: Int?) -> String { value.map(String.init) ?? "" }

    /// Full precision: the shortest text that reads back as the same Double; empty when not finite.
    public static func exact(_ value: Double?) -> String {
        guard let value, value.isFinite else { return "" }
        return "\(value)"
    }

    /// Fixed decimals for tables; never "-0.000" for a value that rounds to zero; empty when infinite.
    public static func rounded(_ value: Double?, places: Int = 3) -> String {
        guard let value, value.isFinite else { return "" }
        let scale = pow(10, Double(places))
        let rounded = (value * scale).rounded() / scale
        return String(format: "%.\(places)f", rounded == 0 ? 0 : rounded)
    }

    /// A list or object as its JSON text, as `export` writes lists in CSV.
    public static func json<Value: Encodable>(_ value: Value) -> String { JSONOutput.string(value) }
}

/// The one JSON encoding of every output: sorted snake_case keys, full precision.
public enum JSONOutput {
    public static func string<Value: Encodable>(_ value: Value) -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        encoder.keyEncodingStrategy = .convertToSnakeCase
        encoder.nonConformingFloatEncodingStrategy = .convertToString(positiveInfinity: "inf", negativeInfinity: "-inf", nan: "nan")
        guard let data = try? encoder.encode(value) else { return "null" }
        return String(decoding: data, as: UTF8.self)
    }
}

/// A CSV table through the one ``CSV`` writer: the header row, then the rows.
public enum CSVText {
    public static func table(header: [String], rows: [[String]]) -> String {
        ([header] + rows).map(CSV.line).joined()
    }
}
