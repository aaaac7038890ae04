import CICU
import Foundation

/// An aligned text table that fits a given width, measuring cells in terminal columns with ICU (CJK
/// characters take two, combining marks none) so that columns line up whatever the script.
public struct TextTable {
    public var header: [String]
    public var rows: [[String]]
    /// Widest a cell may be before it is cut with "…".
    public var maxCellWidth: Int
    /// Columns of the terminal, or nil when the output is not one (no fitting then).
    public var terminalWidth: Int?
    /// Bold header, when colour is allowed.
    public var colour: Bool

    public init(header: [String], rows: [[String]], maxCellWidth: Int = 70, terminalWidth: Int? = nil, colour: Bool = false) {
        self.header = header
        self.rows = rows
        self.maxCellWidth = maxCellWidth
        self.terminalWidth = terminalWidth
        self.colour = colour
    }

    public func render() -> String {
        var widths = header.map(Self.width)
        let cells = rows.map { $0.map { Self.shorten($0, to: maxCellWidth) } }
        for row in cells { for (i, cell) in row.enumerated() where i < widths.count { widths[i] = max(widths[i], Self.width(cell)) } }
        widths = fitted(widths)
        func line(_ row: [String]) -> String {
            row.enumerated().map { i, cell in
                let cut = i < widths.count ? Self.shorten(cell, to: widths[i]) : cell
                return i == row.count - 1 ? cut : cut + String(repeating: " ", count: max(0, widths[i] - Self.width(cut)))
            }.joined(separator: "  ")
        }
        let head = line(header)
        var out = (colour ? "\u{1B}[1m" + head + "\u{1B}[0m" : head) + "\n"
        out += line(widths.map { String(repeating: "-", count: $0) }) + "\n"
        for row in cells { out += line(row) + "\n" }
        if rows.isEmpty { out += "(no results)\n" }
        return out
    }

    /// Narrows the widest columns, never below their header, until the row fits the terminal.
    private func fitted(_ widths: [Int]) -> [Int] {
        guard let terminalWidth, !widths.isEmpty else { return widths }
        var widths = widths
        let gaps = 2 * (widths.count - 1)
        while widths.reduce(0, +) + gaps > terminalWidth {
            guard let widest = widths.indices.max(by: { widths[$0] < widths[$1] }),
                  widths[widest] > max(8, Self.width(header[widest])) else { break }
            widths[widest] -= 1
        }
        return widths
    }

    /// Terminal columns `text` takes.
    public static func width(_ text: String) -> Int {
        text.unicodeScalars.reduce(0) { total, scalar in
            total + (scalar.isASCII ? (scalar.value < 0x20 ? 0 : 1) : Int(cicu_display_width(scalar.value)))
        }
    }

    /// One line of at most `columns` terminal columns, cut with "…".
    public static func shorten(_ text: String, to columns: Int) -> String {
        let flat = terminalSafe(text)
        guard width(flat) > columns else { return flat }
        var out = "", used = 0
        for character in flat {
            let w = width(String(character))
            if used + w > columns - 1 { break }
            out.append(character)
            used += w
        }
        return out + "…"
    }

    /// Text fit for a terminal: line breaks and tabs become spaces, and every other control
    /// character (ESC, CR, C1 controls — which documents do contain) is shown escaped as
    /// `\u{1B}` rather than sent raw to the terminal, where it could move the cursor or change
    /// colours. JSON and CSV keep the characters, escaped by their own rules.
    public static func terminalSafe(_ text: String) -> String {
        guard text.unicodeScalars.contains(where: isControl) else { return text }
        var out = String.UnicodeScalarView()
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\n", "\r", "\t": out.append(" ")
            case _ where isControl(scalar):
                out.append(contentsOf: "\\u{\(String(scalar.value, radix: 16, uppercase: true))}".unicodeScalars)
            default: out.append(scalar)
            }
        }
        return String(out)
    }

    /// General category Cc, which Unicode fixes as C0, DEL and C1: a range test instead of a
    /// property look-up per scalar (a cell listing thousands of citing documents spent most of
    /// `cites` there).
    private static func isControl(_ scalar: Unicode.Scalar) -> Bool {
        scalar.value < 0x20 || (0x7F...0x9F).contains(scalar.value)
    }
}
