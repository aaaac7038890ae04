import Foundation

/// Reads CSL-JSON, the item list Zotero's "CSL JSON" export and citeproc use: an array of items
/// with `id`, `type`, `title`, `author` (family/given/particles or literal), `issued`
/// (`date-parts`, `raw` or `literal`), `container-title`, `DOI`, `language`, `keyword`. An
/// item that does not decode is reported by its position and id and skipped.
public struct CSLJSONParser: Sendable {
    public init() {}

    /// Whether `bytes` look like CSL-JSON (an array whose first item has `id` or `type`): a
    /// JSON file at the top of a corpus folder that is anything else is not a sidecar.
    public static func looksLikeCSL(_ bytes: Data) -> Bool {
        guard let array = try? JSONSerialization.jsonObject(with: bytes) as? [Any],
              let first = array.first as? [String: Any] else { return false }
        return first["id"] != nil || first["type"] != nil
    }

    /// Parses `data` read from `file`; attached-file paths (a `file` key, as some exporters
    /// add) resolve against `folder`.
    public func parse(_ data: Data, file: String, folder: String) -> LibraryParse {
        let items: [Failable]
        do {
            items = try JSONDecoder().decode([Failable].self, from: data)
        } catch {
            return LibraryParse(errors: [LibraryError(file: file, line: nil, reason: "not a CSL-JSON item array: \(Self.describe(error))")])
        }
        let lines = Self.itemLines(data)
        var result = LibraryParse()
        for (position, item) in items.enumerated() {
            let line = position < lines.count ? lines[position] : nil
            switch item.result {
            case .success(let item):
                result.entries.append(item.entry(LibrarySource(file: file, line: line ?? 1), folder: folder))
            case .failure(let error):
                result.errors.append(LibraryError(file: file, line: line, reason: "item \(position + 1): \(Self.describe(error, droppingItemIndex: true))"))
            }
        }
        return result
    }

    /// The line each top-level item opens on, for error messages and provenance.
    private static func itemLines(_ data: Data) -> [Int] {
        var lines = [Int]()
        var line = 1, depth = 0, inString = false, escaped = false
        for byte in data {
            if byte == UInt8(ascii: "\n") { line += 1 }
            if inString {
                if escaped { escaped = false } else if byte == UInt8(ascii: "\\") { escaped = true } else if byte == UInt8(ascii: "\"") { inString = false }
                continue
            }
            switch byte {
            case UInt8(ascii: "\""): inString = true
            case UInt8(ascii: "{"), UInt8(ascii: "["):
                if depth == 1, byte == UInt8(ascii: "{") { lines.append(line) }
                depth += 1
            case UInt8(ascii: "}"), UInt8(ascii: "]"): depth -= 1
            default: break
            }
        }
        return lines
    }

    /// The decoder's message with the field path it failed at; an item's own error drops the
    /// array index the message already names.
    private static func describe(_ error: Error, droppingItemIndex: Bool = false) -> String {
        switch error {
        case DecodingError.typeMismatch(_, let context), DecodingError.valueNotFound(_, let context),
             DecodingError.keyNotFound(_, let context), DecodingError.dataCorrupted(let context):
            let path = context.codingPath.dropFirst(droppingItemIndex ? 1 : 0).map { $0.intValue.map(String.init) ?? $0.stringValue }.joined(separator: ".")
            return path.isEmpty ? context.debugDescription : "\(path): \(context.debugDescription)"
        default:
            return "\(error)"
        }
    }

    /// An item decoded on its own, so that one bad item does not lose the array.
    private struct Failable: Decodable {
        let result: Result<Item, Error>
        init(from decoder: Decoder) throws {
            do { result = .success(try Item(from: decoder)) } catch { result = .failure(error) }
        }
    }

    private struct Name: Decodable {
        var family: String?
        var given: String?
        var literal: String?
        var nonDroppingParticle: String?
        var droppingParticle: String?
        var suffix: String?
        enum CodingKeys: String, CodingKey {
            case family, given, literal, suffix
            case nonDroppingParticle = "non-dropping-particle", droppingParticle = "dropping-particle"
        }
        var person: PersonName? {
            if let literal, !literal.isEmpty { return PersonName(family: literal, isLiteral: true) }
            guard let family, !family.isEmpty else { return nil }
            let particle = [droppingParticle, nonDroppingParticle].compactMap { $0 }.joined(separator: " ")
            return PersonName(given: given, particle: particle, family: family, suffix: suffix)
        }
    }

    /// A date-parts element: CSL allows numbers or numeric strings.
    private struct DatePart: Decodable {
        var value: Int?
        init(from decoder: Decoder) throws {
            let c = try decoder.singleValueContainer()
            if let number = try? c.decode(Int.self) { value = number } else { value = Int(try c.decode(String.self)) }
        }
    }

    private struct DateValue: Decodable {
        var dateParts: [[DatePart]]?
        var raw: String?
        var literal: String?
        enum CodingKeys: String, CodingKey { case dateParts = "date-parts", raw, literal }
        var year: Int? {
            dateParts?.first?.first?.value ?? raw.flatMap(LibraryEntry.year(in:)) ?? literal.flatMap(LibraryEntry.year(in:))
        }
    }

    /// A string-or-number id.
    private struct Identifier: Decodable {
        var text: String
        init(from decoder: Decoder) throws {
            let c = try decoder.singleValueContainer()
            if let number = try? c.decode(Int.self) { text = String(number) } else { text = try c.decode(String.self) }
        }
    }

    private struct Item: Decodable {
        var id: Identifier
        var type: String?
        var title: String?
        var author: [Name]?
        var editor: [Name]?
        var issued: DateValue?
        var containerTitle: String?
        var doi: String?
        var language: String?
        var keyword: String?
        var file: String?
        enum CodingKeys: String, CodingKey {
            case id, type, title, author, editor, issued, language, keyword, file
            case containerTitle = "container-title", doi = "DOI"
        }

        func entry(_ source: LibrarySource, folder: String) -> LibraryEntry {
            let authors = (author ?? []).compactMap(\.person)
            let keywords = (keyword ?? "").split(whereSeparator: { $0 == "," || $0 == ";" })
                .map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
            let files = (file ?? "").split(separator: ";").compactMap { AttachedFiles.resolve(String($0), folder: folder) }
            return LibraryEntry(key: id.text, type: type, title: title,
                                authors: authors.isEmpty ? (editor ?? []).compactMap(\.person) : authors,
                                year: issued?.year, container: containerTitle, doi: doi, language: language,
                                keywords: keywords, files: files, source: source)
        }
    }
}
