import Foundation

/// LaTeX in BibTeX values made plain text: accent commands (`\'e`, `{\"o}`, `\c{c}`, `\v s`),
/// letter commands (`\ss`, `\o`, `\aa`, `\l`, `\i`), escaped specials (`\&`, `\%`, `\_`),
/// ties and dashes (`~`, `--`, `---`), formatting commands keeping their argument (`\emph{…}`),
/// and the protecting braces dropped. The result is NFC.
public enum LaTeXText {
    /// Accent commands and the combining mark each puts on the following letter.
    private static let accents: [String: Unicode.Scalar] = [
        "'": "\u{301}", "`": "\u{300}", "^": "\u{302}", "\"": "\u{308}", "~": "\u{303}", "=": "\u{304}",
        ".": "\u{307}", "u": "\u{306}", "v": "\u{30C}", "H": "\u{30B}", "c": "\u{327}", "k": "\u{328}",
        "r": "\u{30A}", "d": "\u{323}", "b": "\u{331}",
    ]
    /// Commands that stand for a letter or sign of their own.
    private static let symbols: [String: String] = [
        "ss": "ß", "o": "ø", "O": "Ø", "aa": "å", "AA": "Å", "ae": "æ", "AE": "Æ", "oe": "œ", "OE": "Œ",
        "l": "ł", "L": "Ł", "i": "ı", "j": "ȷ", "dh": "ð", "DH": "Ð", "th": "þ", "TH": "Þ",
        "textendash": "–", "textemdash": "—", "textquoteright": "’", "textquoteleft": "‘", "S": "§", "P": "¶",
        "ldots": "…", "dots": "…", "textellipsis": "…",
    ]

    /// The plain text of a BibTeX value.
    public static func plain(_ value: String) -> String {
        let c = Array(value)
        var out = ""
        var i = 0
        while i < c.count {
            let ch = c[i]
            switch ch {
            case "\\":
                i = command(c, i, into: &out)
                continue
            case "{", "}":
                break
            case "~":
                out.append(" ")
            case "-" where i + 1 < c.count && c[i + 1] == "-":
                let triple = i + 2 < c.count && c[i + 2] == "-"
                out.append(triple ? "—" : "–")
                i += triple ? 3 : 2
                continue
            case "$":
                break // inline math delimiters: keep what is inside
            default:
                out.append(ch.isWhitespace ? " " : ch)
            }
            i += 1
        }
        let collapsed = out.split(separator: " ", omittingEmptySubsequences: true).joined(separator: " ")
        return collapsed.precomposedStringWithCanonicalMapping
    }

    /// Reads the command at `i` (a backslash) into `out`; returns the index after it.
    private static func command(_ c: [Character], _ start: Int, into out: inout String) -> Int {
        var i = start + 1
        guard i < c.count else { return i }
        // A control symbol: \& \% \' and the like.
        if !c[i].isLetter {
            let name = String(c[i])
            i += 1
            if let mark = accents[name] { return accent(mark, c, i, into: &out) }
            if name == "\\" { out.append(" "); return i }
            out.append(contentsOf: name == " " ? " " : name)
            return i
        }
        let nameStart = i
        while i < c.count, c[i].isLetter { i += 1 }
        let name = String(c[nameStart..<i])
        if let mark = accents[name], name.count == 1 {
            while i < c.count, c[i] == " " { i += 1 }
            return accent(mark, c, i, into: &out)
        }
        // A letter command eats the space after it (`\ss is`): LaTeX's rule.
        let eatsSpace = i < c.count && c[i] == " "
        if let symbol = symbols[name] {
            out.append(symbol)
            return eatsSpace ? i + 1 : i
        }
        // Formatting and unknown commands: the argument (if any) stays as text.
        return eatsSpace ? i + 1 : i
    }

    /// Puts `mark` on the next letter (`e`, `{e}`, `{\i}`) and appends it.
    private static func accent(_ mark: Unicode.Scalar, _ c: [Character], _ start: Int, into out: inout String) -> Int {
        var i = start
        var braced = false
        if i < c.count, c[i] == "{" { braced = true; i += 1 }
        var base = ""
        if i + 1 < c.count, c[i] == "\\", c[i + 1] == "i" || c[i + 1] == "j" {
            base = String(c[i + 1])
            i += 2
        } else if i < c.count, c[i] != "}" {
            base = String(c[i])
            i += 1
        }
        if braced {
            while i < c.count, c[i] != "}" { base.append(c[i]); i += 1 }
            if i < c.count { i += 1 }
        }
        guard let first = base.unicodeScalars.first else { return i }
        var scalars = String.UnicodeScalarView([first, mark])
        scalars.append(contentsOf: base.unicodeScalars.dropFirst())
        out.append(String(scalars).precomposedStringWithCanonicalMapping)
        return i
    }
}
