import Foundation
import Yams

/// YAML front matter (`---` … `---`) at the top of a Markdown file, parsed by Yams: quoted
/// strings (with `''` escapes), folded and literal scalars, flow and block lists, comments and
/// CSL-style author mappings (`name:` or `given:`/`family:`) all read as YAML says. Only the
/// title, author(s) and date are used. Front matter that is not valid YAML, or nested absurdly
/// deep (Yams builds its tree recursively), is ignored with a line-numbered warning — never
/// silently.
struct MarkdownFrontMatter {
    var metadata = DocumentMetadata()
    /// Why the front matter was ignored, if it was.
    var warnings = [String]()

    /// Longest front matter looked for, in lines.
    static let maxLines = 500
    /// Deepest nesting (indentation, block-list dashes and brackets) handed to Yams.
    static let maxDepth = 64

    /// The front matter of `lines` and the index of the first body line (0 when there is none).
    static func parse(_ lines: [Substring]) -> (frontMatter: MarkdownFrontMatter?, bodyStart: Int) {
        guard let first = lines.first, first.trimmingCharacters(in: .whitespaces) == "---" else { return (nil, 0) }
        var close = 1
        while close < lines.count && close < maxLines {
            let trimmed = lines[close].trimmingCharacters(in: .whitespaces)
            if trimmed == "---" || trimmed == "..." { break }
            close += 1
        }
        guard close < lines.count && close < maxLines else { return (nil, 0) }
        let body = lines[1..<close]
        var frontMatter = MarkdownFrontMatter()
        if let line = firstTooDeepLine(body) {
            frontMatter.warnings.append("front matter nested deeper than \(maxDepth) levels at line \(line); metadata ignored")
            return (frontMatter, close + 1)
        }
        do {
            if let root = try Yams.compose(yaml: body.joined(separator: "\n"), .basic)?.mapping {
                frontMatter.read(root)
            }
        } catch let error as YamlError {
            frontMatter.warnings.append("front matter is not valid YAML\(location(of: error)); metadata ignored")
        } catch {
            frontMatter.warnings.append("front matter could not be read (\(error)); metadata ignored")
        }
        return (frontMatter, close + 1)
    }

    /// Title, authors and year from the top-level keys (case-insensitive).
    private mutating func read(_ root: Node.Mapping) {
        var fields = [String: Node]()
        for (key, value) in root {
            guard let name = key.scalar?.string.lowercased(), fields[name] == nil else { continue }
            fields[name] = value
        }
        metadata.title = fields["title"].flatMap(Self.text)
        let authorValues = (fields["authors"] ?? fields["author"] ?? fields["creator"]).map(Self.names) ?? []
        if authorValues.count == 1, let names = PersonNames.parseByline(authorValues[0]), names.count > 1 {
            metadata.authors = names
        } else {
            metadata.authors = authorValues
        }
        let dateValue = [fields["year"], fields["date"], fields["published"]].lazy.compactMap { $0.flatMap(Self.text) }.first
        metadata.year = dateValue.flatMap { YearFinder.firstYear(in: $0) }
    }

    /// A scalar's text, trimmed; nil when empty or not a scalar.
    private static func text(_ node: Node) -> String? {
        guard let value = node.scalar?.string.trimmingCharacters(in: .whitespacesAndNewlines), !value.isEmpty else { return nil }
        return value
    }

    /// Person names from a scalar, a list of scalars, or a list of mappings (`name:`, or
    /// `given:` and `family:` as CSL YAML writes them).
    private static func names(_ node: Node) -> [String] {
        if let single = text(node) { return [single] }
        guard let items = node.sequence else { return [] }
        return items.compactMap { item in
            if let name = text(item) { return name }
            guard let person = item.mapping else { return nil }
            if let name = person["name"].flatMap(text) { return name }
            let parts = [person["given"], person["family"]].compactMap { $0.flatMap(text) }
            return parts.isEmpty ? nil : parts.joined(separator: " ")
        }
    }

    /// The first line (1-based, within the front matter) whose nesting passes ``maxDepth``:
    /// leading spaces, then block-list dashes, then open brackets carried from earlier lines.
    private static func firstTooDeepLine(_ lines: ArraySlice<Substring>) -> Int? {
        var brackets = 0
        for (offset, line) in lines.enumerated() {
            var depth = 0
            var index = line.startIndex
            while index < line.endIndex, line[index] == " " || line[index] == "-" || line[index] == "\t" {
                depth += line[index] == "-" ? 1 : 0
                index = line.index(after: index)
            }
            depth += line.distance(from: line.startIndex, to: index) / 2
            for character in line[index...] {
                if character == "[" || character == "{" { brackets += 1 }
                if character == "]" || character == "}" { brackets = max(0, brackets - 1) }
                if brackets > maxDepth { return offset + 1 }
            }
            if depth + brackets > maxDepth { return offset + 1 }
        }
        return nil
    }

    /// " (line N: problem)" for a YAML error, counting the opening `---` as line 1 of the file.
    private static func location(of error: YamlError) -> String {
        switch error {
        case .scanner(_, let problem, let mark, _), .parser(_, let problem, let mark, _), .composer(_, let problem, let mark, _):
            return " (line \(mark.line + 1): \(problem))"
        default:
            return ""
        }
    }
}
