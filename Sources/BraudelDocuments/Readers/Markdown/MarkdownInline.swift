/// Removes Markdown inline markup from a block's text, keeping what a reader sees: emphasis
/// marks, code backticks, link targets, images, footnote references and HTML tags go; link
/// texts, code contents and escaped characters stay. Newlines are kept for the line joiner.
struct MarkdownInline {
    private let source: [Unicode.Scalar]
    private var output = [Unicode.Scalar]()
    /// How far a closing bracket or backtick run is looked for. Real links and code spans are
    /// short; the bound keeps a paragraph full of unmatched brackets linear.
    static let searchLimit = 2000

    /// The visible text of `text`.
    static func strip(_ text: String) -> String {
        // Most prose has no markup at all: skip the scalar-by-scalar pass.
        let hasMarkup = text.utf8.contains { byte in
            switch byte {
            case 0x5C, 0x60, 0x21, 0x5B, 0x3C, 0x2A, 0x5F, 0x7E, 0x26: return true  // \ ` ! [ < * _ ~ &
            default: return false
            }
        }
        guard hasMarkup else { return text }
        var stripper = MarkdownInline(source: Array(text.unicodeScalars))
        stripper.output.reserveCapacity(stripper.source.count)
        stripper.run(0..<stripper.source.count)
        var bytes = [UInt8]()
        bytes.reserveCapacity(stripper.output.count)
        for scalar in stripper.output { UTF8.encode(scalar) { bytes.append($0) } }
        return HTMLEntities.decode(String(decoding: bytes, as: UTF8.self))
    }

    private init(source: [Unicode.Scalar]) { self.source = source }

    private mutating func run(_ range: Range<Int>) {
        var index = range.lowerBound
        while index < range.upperBound {
            index = step(at: index, end: range.upperBound)
        }
    }

    /// Handles the construct starting at `index` and returns where to continue.
    private mutating func step(at index: Int, end: Int) -> Int {
        let scalar = source[index]
        switch scalar {
        case "\\":
            if index + 1 < end, source[index + 1].isASCII, source[index + 1].properties.isPatternSyntax {
                output.append(source[index + 1])
                return index + 2
            }
        case "`":
            if let next = codeSpan(at: index, end: end) { return next }
        case "!":
            if index + 1 < end, source[index + 1] == "[", let link = link(at: index + 1, end: end) { return link.next }
        case "[":
            if let link = link(at: index, end: end) {
                if !(index + 1 < end && source[index + 1] == "^") { run(link.text) }
                return link.next
            }
        case "<":
            if let close = tagEnd(at: index, end: end) { return close }
        case "*", "_", "~":
            return emphasisRun(at: index, end: end)
        default:
            break
        }
        output.append(scalar)
        return index + 1
    }

    /// `code` or ``code``: the contents, one padding space trimmed each side.
    private mutating func codeSpan(at index: Int, end: Int) -> Int? {
        var ticks = index
        while ticks < end && source[ticks] == "`" { ticks += 1 }
        let width = ticks - index
        var cursor = ticks
        let limit = min(end, ticks + Self.searchLimit)
        while cursor < limit {
            if source[cursor] == "`" {
                var run = cursor
                while run < end && source[run] == "`" { run += 1 }
                if run - cursor == width {
                    var contentStart = ticks, contentEnd = cursor
                    if contentEnd - contentStart >= 2 && source[contentStart] == " " && source[contentEnd - 1] == " " {
                        contentStart += 1
                        contentEnd -= 1
                    }
                    output.append(contentsOf: source[contentStart..<contentEnd])
                    return run
                }
                cursor = run
            } else {
                cursor += 1
            }
        }
        return nil
    }

    /// `[text](url)`, `[text][ref]`, `[text]`-with-definition, `[^note]`: the text range and where
    /// the whole construct ends. Nil when the bracket is literal.
    private func link(at index: Int, end: Int) -> (text: Range<Int>, next: Int)? {
        guard let close = matching(from: index, open: "[", close: "]", end: end) else { return nil }
        let text = (index + 1)..<close
        let after = close + 1
        if after < end && source[after] == "(" {
            guard let paren = matching(from: after, open: "(", close: ")", end: end) else { return nil }
            return (text, paren + 1)
        }
        if after < end && source[after] == "[" {
            guard let bracket = matching(from: after, open: "[", close: "]", end: end) else { return nil }
            return (text, bracket + 1)
        }
        if index + 1 < end && source[index + 1] == "^" { return (text, after) }
        return nil
    }

    /// Index of the bracket closing the one at `from`, counting nesting, within the search limit.
    private func matching(from: Int, open: Unicode.Scalar, close: Unicode.Scalar, end: Int) -> Int? {
        var depth = 0
        var cursor = from
        let end = min(end, from + Self.searchLimit)
        while cursor < end {
            let scalar = source[cursor]
            if scalar == "\\" { cursor += 2; continue }
            if scalar == open { depth += 1 }
            else if scalar == close {
                depth -= 1
                if depth == 0 { return cursor }
            }
            cursor += 1
        }
        return nil
    }

    /// End of an HTML tag, comment or autolink at `index`; autolinks keep their address.
    private mutating func tagEnd(at index: Int, end: Int) -> Int? {
        guard index + 1 < end else { return nil }
        let next = source[index + 1]
        guard UTF8Bytes.isLetter(next) || next == "/" || next == "!" else { return nil }
        var cursor = index + 1
        while cursor < end && source[cursor] != ">" && source[cursor] != "<" { cursor += 1 }
        guard cursor < end, source[cursor] == ">" else { return nil }
        let inner = String(String.UnicodeScalarView(source[(index + 1)..<cursor]))
        if inner.lowercased() == "sup", let skipped = noteReference(after: cursor + 1, end: end) { return skipped }
        if inner.contains("://") || inner.hasPrefix("mailto:") {
            output.append(contentsOf: inner.unicodeScalars)
        }
        return cursor + 1
    }

    /// After `<sup>`: the end of "12</sup>" when the superscript is a note number or symbol,
    /// which is dropped like a glued footnote marker.
    private func noteReference(after index: Int, end: Int) -> Int? {
        var cursor = index
        while cursor < end && cursor - index <= 4 && source[cursor] != "<" { cursor += 1 }
        let mark = source[index..<cursor]
        guard !mark.isEmpty, mark.allSatisfy({ $0.properties.numericType != nil || "*†‡§".unicodeScalars.contains($0) }) else { return nil }
        let closing = Array("</sup>".unicodeScalars)
        guard cursor + closing.count <= end,
              zip(source[cursor..<(cursor + closing.count)], closing).allSatisfy({ String($0).lowercased() == String($1) })
        else { return nil }
        return cursor + closing.count
    }

    /// `*`, `_`, `~~` runs: emphasis marks are dropped; a run between spaces ("2 * 3") or an
    /// underscore inside a word (snake_case) is literal.
    private mutating func emphasisRun(at index: Int, end: Int) -> Int {
        let mark = source[index]
        var runEnd = index
        while runEnd < end && source[runEnd] == mark { runEnd += 1 }
        let before: Unicode.Scalar = index > 0 ? source[index - 1] : " "
        let after: Unicode.Scalar = runEnd < end ? source[runEnd] : " "
        let spaceBefore = before.properties.isWhitespace, spaceAfter = after.properties.isWhitespace
        let wordBefore = UTF8Bytes.isLetter(before) || before.properties.numericType != nil
        let wordAfter = UTF8Bytes.isLetter(after) || after.properties.numericType != nil
        let literal = (spaceBefore && spaceAfter) || (mark == "_" && wordBefore && wordAfter)
            || (mark == "~" && runEnd - index < 2)
        if literal { output.append(contentsOf: source[index..<runEnd]) }
        return runEnd
    }
}

/// Decodes the HTML character references Markdown text may carry (named ones in common use
/// and numeric ones).
enum HTMLEntities {
    static let named: [String: Unicode.Scalar] = [
        "amp": "&", "lt": "<", "gt": ">", "quot": "\"", "apos": "'", "nbsp": "\u{00A0}",
        "ndash": "\u{2013}", "mdash": "\u{2014}", "lsquo": "\u{2018}", "rsquo": "\u{2019}",
        "ldquo": "\u{201C}", "rdquo": "\u{201D}", "hellip": "\u{2026}", "eacute": "é", "copy": "©",
    ]

    static func decode(_ text: String) -> String {
        guard text.contains("&") else { return text }
        var output = String.UnicodeScalarView()
        let scalars = Array(text.unicodeScalars)
        var index = 0
        while index < scalars.count {
            if scalars[index] == "&", let (scalar, next) = reference(scalars, at: index) {
                output.append(scalar)
                index = next
            } else {
                output.append(scalars[index])
                index += 1
            }
        }
        return String(output)
    }

    private static func reference(_ scalars: [Unicode.Scalar], at index: Int) -> (Unicode.Scalar, Int)? {
        var cursor = index + 1
        while cursor < scalars.count && cursor - index <= 10 && scalars[cursor] != ";" { cursor += 1 }
        guard cursor < scalars.count, scalars[cursor] == ";", cursor > index + 1 else { return nil }
        let name = String(String.UnicodeScalarView(scalars[(index + 1)..<cursor]))
        if name.hasPrefix("#") {
            let digits = name.dropFirst()
            let value = digits.first == "x" || digits.first == "X" ? UInt32(digits.dropFirst(), radix: 16) : UInt32(digits)
            guard let value, let scalar = Unicode.Scalar(value), value != 0 else { return nil }
            return (scalar, cursor + 1)
        }
        guard let scalar = named[name] else { return nil }
        return (scalar, cursor + 1)
    }
}
