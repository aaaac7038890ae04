import Foundation
import GRDB
import Testing
@testable import BraudelIndex

/// Export cell encoding: what JSON and CSV parsers read back must be the stored value.
@Suite struct ExportEncodingTests {
    static let awkward = "Quote \" back\\slash, comma\nline\r\ttab \u{1} nul-ish — Braudel’s «longue durée» 🌍"

    static func row(_ values: [DatabaseValueConvertible?]) throws -> Row {
        let queue = try DatabaseQueue()
        return try queue.read { db in
            try Row.fetchOne(db, sql: "SELECT " + values.map { _ in "?" }.joined(separator: ", "),
                             arguments: StatementArguments(values))!
        }
    }

    static let columns = [
        ExportColumn("id", .integer, "id"), ExportColumn("text", .text, nullable: true, "text"),
        ExportColumn("flag", .boolean, "flag"), ExportColumn("time", .real, "time"),
        ExportColumn("authors", .textList, "authors"), ExportColumn("missing", .text, nullable: true, "null"),
        ExportColumn("empty", .text, "empty"),
    ]

    static var values: [DatabaseValueConvertible?] { [42, awkward, 1, 1_700_000_000.25, "[\"Amin\",\"Frank, A. G.\"]", nil, ""] }

    @Test func jsonLinesRoundTripThroughFoundationsParser() throws {
        let encoder = ExportRowEncoder(format: .jsonl, columns: Self.columns)
        var bytes = [UInt8]()
        encoder.append(try Self.row(Self.values), to: &bytes)
        #expect(bytes.last == 10 && !bytes.dropLast().contains(10), "one line per row")
        let object = try #require(try JSONSerialization.jsonObject(with: Data(bytes)) as? [String: Any])
        #expect(object["id"] as? Int == 42)
        #expect(object["text"] as? String == Self.awkward)
        #expect(object["flag"] as? Bool == true)
        #expect(object["time"] as? Double == 1_700_000_000.25)
        #expect(object["authors"] as? [String] == ["Amin", "Frank, A. G."])
        #expect(object["missing"] is NSNull)
        #expect(object["empty"] as? String == "")
        let keys = String(decoding: bytes, as: UTF8.self).components(separatedBy: "\":").dropLast().map { $0.split(separator: "\"").last.map(String.init) ?? "" }
        #expect(keys.first == "id", "keys come in column order")
    }

    @Test func csvQuotesOnlyWhatRFC4180Requires() throws {
        let encoder = ExportRowEncoder(format: .csv, columns: Self.columns)
        #expect(String(decoding: encoder.header(), as: UTF8.self) == "id,text,flag,time,authors,missing,empty\r\n")
        var bytes = [UInt8]()
        encoder.append(try Self.row(Self.values), to: &bytes)
        let line = String(decoding: bytes, as: UTF8.self)
        let quoted = "\"" + Self.awkward.replacingOccurrences(of: "\"", with: "\"\"") + "\""
        #expect(line == "42,\(quoted),true,1700000000.25,\"[\"\"Amin\"\",\"\"Frank, A. G.\"\"]\",,\"\"\r\n")
    }
}
