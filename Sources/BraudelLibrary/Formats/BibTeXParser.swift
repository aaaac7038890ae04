import Foundation

/// Reads BibTeX as BibTeX itself and Biber read it: text outside entries is a comment;
/// `@string` macros (and the month names) expand; a value is braced, quoted, a number or a
/// macro, joined with `#`; `@comment` and `@preamble` are skipped; entries are delimited by
/// braces or parentheses. Zotero's and Better BibTeX's exports are this grammar. A malformed
/// entry is reported with its line and skipped; reading resumes at the next `@`.
public struct BibTeXParser: Sendable {
    public init() {}

    /// Parses `text` read from `file`; attached-file paths resolve against `folder`.
    public func parse(_ text: String, file: String, folder: String) -> LibraryParse {
        var scanner = BibTeXScanner(text: text)
        var macros = BibTeXScanner.monthMacros
        var result = LibraryParse()
        while scanner.skip(toNext: "@") {
            let line = scanner.line
            let start = scanner.position
            do {
                guard let record = try scanner.record(macros: macros) else { continue }
                switch record.type {
                case "string":
                    for (name, value) in record.fields { macros[name] = value.text }
                case "comment", "preamble":
                    break
                default:
                    result.entries.append(entry(record, source: LibrarySource(file: file, line: line), folder: folder))
                }
            } catch let error as BibTeXScanner.Failure {
                result.errors.append(LibraryError(file: file, line: error.line, reason: error.reason))
                scanner.recover(from: start)
            } catch {
                result.errors.append(LibraryError(file: file, line: line, reason: "\(error)"))
                scanner.recover(from: start)
            }
        }
        return result
    }

    private func entry(_ record: BibTeXScanner.Record, source: LibrarySource, folder: String) -> LibraryEntry {
        func field(_ name: String) -> String? {
            guard let value = record.fields.first(where: { $0.name == name })?.value else { return nil }
            let text = LaTeXText.plain(value.text)
            return text.isEmpty ? nil : text
        }
        let raw = { (name: String) in record.fields.first(where: { $0.name == name })?.value.text }
        let authors = raw("author").map(BibTeXNames.parse) ?? raw("editor").map(BibTeXNames.parse) ?? []
        let year = field("year").flatMap(LibraryEntry.year(in:)) ?? field("date").flatMap(LibraryEntry.year(in:))
        let container = field("journaltitle") ?? field("journal") ?? field("booktitle") ?? field("series")
        let keywords = (field("keywords") ?? "").split(whereSeparator: { $0 == "," || $0 == ";" })
            .map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
        let files = raw("file").map { AttachedFiles.bibTeX($0, folder: folder) } ?? []
        return LibraryEntry(key: record.key, type: record.type, title: field("title"), authors: authors, year: year,
                            container: container, doi: field("doi"), language: field("langid") ?? field("language"),
                            keywords: keywords, files: files, source: source)
    }
}

/// The character-level reader behind ``BibTeXParser``, keeping the line number for errors.
struct BibTeXScanner {
    struct Failure: Error {
        var line: Int
        var reason: String
    }

    /// A field value: its text with braces kept (names and LaTeX need them).
    struct Value {
        var text: String
    }

    struct Record {
        var type: String
        var key: String?
        var fields: [(name: String, value: Value)]
    }

    /// BibTeX's predefined macros.
    static let monthMacros: [String: String] = [
        "jan": "January", "feb": "February", "mar": "March", "apr": "April", "may": "May", "jun": "June",
        "jul": "July", "aug": "August", "sep": "September", "oct": "October", "nov": "November", "dec": "December",
    ]

    private let chars: [Character]
    private var i = 0
    private(set) var line = 1

    init(text: String) {
        chars = Array(text)
    }

    private var atEnd: Bool { i >= chars.count }

    private mutating func advance() {
        if chars[i] == "\n" { line += 1 }
        i += 1
    }

    /// Moves to the next `c` outside any entry; false at the end of the text.
    mutating func skip(toNext c: Character) -> Bool {
        while !atEnd, chars[i] != c { advance() }
        return !atEnd
    }

    /// After an error in the entry that opened at `start` (index and line of its `@`): on to
    /// the next `@` that begins a line, so that one unclosed brace costs one entry, not the file.
    mutating func recover(from start: (index: Int, line: Int)) {
        i = start.index
        line = start.line
        advance()
        while !atEnd {
            if chars[i] == "@", Self.beginsLine(chars, i) { return }
            advance()
        }
    }

    private static func beginsLine(_ chars: [Character], _ index: Int) -> Bool {
        var k = index - 1
        while k >= 0, chars[k] == " " || chars[k] == "\t" { k -= 1 }
        return k < 0 || chars[k] == "\n" || chars[k] == "\r\n"
    }

    /// Where the scanner stands: to recover from an error in the entry starting here.
    var position: (index: Int, line: Int) { (i, line) }

    private mutating func skipSpace() {
        while !atEnd, chars[i].isWhitespace { advance() }
    }

    private func fail(_ reason: String) -> Failure { Failure(line: line, reason: reason) }

    private mutating func expect(_ c: Character, _ what: String) throws {
        skipSpace()
        guard !atEnd else { throw fail("unexpected end of file: \(what)") }
        guard chars[i] == c else { throw fail("expected '\(c)' \(what), found '\(chars[i])'") }
        advance()
    }

    private static func isNameCharacter(_ c: Character) -> Bool {
        !(c.isWhitespace || "{}(),=\"#%@".contains(c))
    }

    private mutating func identifier(_ what: String) throws -> String {
        skipSpace()
        let start = i
        while !atEnd, Self.isNameCharacter(chars[i]) { advance() }
        guard i > start else { throw fail(atEnd ? "unexpected end of file: \(what)" : "expected \(what), found '\(chars[i])'") }
        return String(chars[start..<i])
    }

    /// One `@type{…}` at the `@`; nil for an `@` that opens nothing (a stray one in a comment).
    mutating func record(macros: [String: String]) throws -> Record? {
        advance() // "@"
        let start = i
        while !atEnd, chars[i].isLetter { advance() }
        let type = String(chars[start..<i]).lowercased()
        skipSpace()
        guard !type.isEmpty, !atEnd, chars[i] == "{" || chars[i] == "(" else { return nil }
        let close: Character = chars[i] == "{" ? "}" : ")"
        let opened = line
        advance()
        if type == "comment" || type == "preamble" {
            i -= 1
            if close == "}" { _ = try braced() } else { try skipParenthesized(opened) }
            return Record(type: type, key: nil, fields: [])
        }
        var record = Record(type: type, key: nil, fields: [])
        if type != "string" {
            record.key = try identifier("a citation key")
            skipSpace()
            if !atEnd, chars[i] == close { advance(); return record }
            try expect(",", "after the key '\(record.key ?? "")'")
        }
        while true {
            skipSpace()
            guard !atEnd else { throw Failure(line: opened, reason: "entry never closed (missing '\(close)')") }
            if chars[i] == close { advance(); return record }
            let name = try identifier("a field name").lowercased()
            let fieldLine = line
            try expect("=", "after field '\(name)'")
            let value = try value(macros: macros, field: name)
            record.fields.append((name, value))
            skipSpace()
            guard !atEnd else { throw Failure(line: opened, reason: "entry never closed (missing '\(close)')") }
            if chars[i] == "," { advance(); continue }
            if chars[i] == "@" {
                // The entry's closing brace was taken as the end of a value: a brace left open.
                throw Failure(line: fieldLine, reason: "value of field '\(name)' runs into the next entry: a '{' is never closed")
            }
            guard chars[i] == close else { throw fail("expected ',' or '\(close)' after field '\(name)', found '\(chars[i])'") }
        }
    }

    /// A value: parts joined by `#`.
    private mutating func value(macros: [String: String], field: String) throws -> Value {
        var text = ""
        while true {
            skipSpace()
            guard !atEnd else { throw fail("unexpected end of file in field '\(field)'") }
            switch chars[i] {
            case "{":
                text += try braced()
            case "\"":
                text += try quoted()
            case let c where c.isNumber:
                let start = i
                while !atEnd, chars[i].isNumber { advance() }
                text += String(chars[start..<i])
            default:
                let name = try identifier("a value for field '\(field)'")
                guard let expansion = macros[name.lowercased()] else { throw fail("undefined @string macro '\(name)' in field '\(field)'") }
                text += expansion
            }
            skipSpace()
            guard !atEnd, chars[i] == "#" else { return Value(text: text) }
            advance()
        }
    }

    /// The inside of a balanced `{…}`, inner braces kept.
    private mutating func braced() throws -> String {
        let opened = line
        advance()
        let start = i
        var depth = 1
        while !atEnd {
            if chars[i] == "\\", i + 1 < chars.count { advance(); advance(); continue }
            if chars[i] == "{" { depth += 1 }
            if chars[i] == "}" {
                depth -= 1
                if depth == 0 {
                    let text = String(chars[start..<i])
                    advance()
                    return text
                }
            }
            advance()
        }
        throw Failure(line: opened, reason: "unbalanced braces: '{' never closed")
    }

    /// The inside of `"…"`; a quote inside braces does not end it.
    private mutating func quoted() throws -> String {
        let opened = line
        advance()
        let start = i
        var depth = 0
        while !atEnd {
            if chars[i] == "\\", i + 1 < chars.count { advance(); advance(); continue }
            if chars[i] == "{" { depth += 1 }
            if chars[i] == "}" { depth -= 1 }
            if chars[i] == "\"", depth == 0 {
                let text = String(chars[start..<i])
                advance()
                return text
            }
            advance()
        }
        throw Failure(line: opened, reason: "quoted value never closed")
    }

    private mutating func skipParenthesized(_ opened: Int) throws {
        var depth = 0
        while !atEnd {
            if chars[i] == "(" { depth += 1 }
            if chars[i] == ")" { depth -= 1; if depth == 0 { advance(); return } }
            advance()
        }
        throw Failure(line: opened, reason: "'(' never closed")
    }
}
