import Foundation

/// YAML front matter (`---` … `---`) at the top of a Markdown file, read as simple
/// `key: value` pairs and `- item` lists: enough for title, author(s) and date, without a
/// YAML dependency.
struct MarkdownFrontMatter {
    var metadata = DocumentMetadata()

    /// The front matter of `lines` and the index of the first body line (0 when there is none).
    static func parse(_ lines: [Substring]) -> (frontMatter: MarkdownFrontMatter?, bodyStart: Int) {
        guard let first = lines.first, first.trimmingCharacters(in: .whitespaces) == "---" else { return (nil, 0) }
        var close = 1
        while close < lines.count && close < 500 {
            let trimmed = lines[close].trimmingCharacters(in: .whitespaces)
            if trimmed == "---" || trimmed == "..." { break }
            close += 1
        }
        guard close < lines.count && close < 500 else { return (nil, 0) }
        return (MarkdownFrontMatter(fields: fields(lines[1..<close])), close + 1)
    }

    /// Key → values (one for a scalar, several for a list).
    private static func fields(_ lines: ArraySlice<Substring>) -> [String: [String]] {
        var fields = [String: [String]]()
        var listKey: String?
        for raw in lines {
            let line = raw.trimmingCharacters(in: .whitespaces)
            if line.isEmpty || line.hasPrefix("#") { continue }
            if line.hasPrefix("- "), let key = listKey {
                var item = String(line.dropFirst(2)).trimmingCharacters(in: .whitespaces)
                if item.lowercased().hasPrefix("name:") { item = String(item.dropFirst(5)) }
                fields[key, default: []].append(unquote(item))
                continue
            }
            // Nested keys of a list item ("  affiliation: ...") are skipped.
            if raw.first == " " || raw.first == "\t" { continue }
            guard let colon = line.firstIndex(of: ":") else { continue }
            let key = line[..<colon].trimmingCharacters(in: .whitespaces).lowercased()
            let value = line[line.index(after: colon)...].trimmingCharacters(in: .whitespaces)
            if value.isEmpty {
                listKey = key
            } else if value.hasPrefix("[") && value.hasSuffix("]") {
                listKey = nil
                fields[key] = value.dropFirst().dropLast().split(separator: ",").map {
                    unquote($0.trimmingCharacters(in: .whitespaces))
                }
            } else {
                listKey = nil
                fields[key] = [unquote(value)]
            }
        }
        return fields
    }

    private init(fields: [String: [String]]) {
        metadata.title = fields["title"]?.first.flatMap { $0.isEmpty ? nil : $0 }
        let authorValues = fields["authors"] ?? fields["author"] ?? fields["creator"] ?? []
        if authorValues.count == 1, let names = PersonNames.parseByline(authorValues[0]), names.count > 1 {
            metadata.authors = names
        } else {
            metadata.authors = authorValues.filter { !$0.isEmpty }
        }
        let dateValue = fields["year"]?.first ?? fields["date"]?.first ?? fields["published"]?.first
        metadata.year = dateValue.flatMap { YearFinder.firstYear(in: $0) }
    }

    /// Removes matching single or double quotes around a YAML scalar.
    private static func unquote(_ value: String) -> String {
        guard value.count >= 2, let first = value.first, first == value.last, first == "\"" || first == "'" else { return value }
        return String(value.dropFirst().dropLast())
    }
}
