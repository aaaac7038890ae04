/// A "(…)" or "[…]" group that may hold citations.
struct BracketGroup: Sendable {
    var open: Int
    /// Offset of the closing bracket.
    var close: Int
    var isParenthesis: Bool
    /// True when another "(" opens inside: inner groups are then scanned on their own.
    var hasNestedParenthesis: Bool
    var hasDigit: Bool

    var content: Range<Int> { (open + 1)..<close }

    /// Groups longer than this are prose asides, not citations.
    static let maximumLength = 600

    /// The group opening at `open`, or nil when it does not close within the paragraph.
    static func find(_ s: [Unicode.Scalar], open: Int) -> BracketGroup? {
        let opener = s[open]
        let closer: Unicode.Scalar = opener == "(" ? ")" : "]"
        var depth = 0
        var nested = false
        var digit = false
        var j = open + 1
        let limit = min(s.count, open + maximumLength)
        while j < limit {
            let c = s[j]
            if c == closer {
                if depth == 0 {
                    return BracketGroup(open: open, close: j, isParenthesis: opener == "(",
                                        hasNestedParenthesis: nested, hasDigit: digit)
                }
                depth -= 1
            } else if c == opener {
                depth += 1
                nested = true
            } else if CitationScalars.isDigit(c) {
                digit = true
            } else if c == "\n", CitationScalars.isParagraphBreak(s, at: j) {
                return nil
            }
            j += 1
        }
        return nil
    }

    /// True when the group may hold a year: a digit, or an undated marker ("n.d.",
    /// "forthcoming", "in press").
    func mayHoldYear(_ s: [Unicode.Scalar]) -> Bool {
        if hasDigit { return true }
        var j = open + 1
        while j + 2 < close {
            let c = s[j]
            if c == "n", s[j + 1] == ".", s[j + 2] == "d" { return true }
            if (c == "f" || c == "F") && s[j + 1] == "o" && s[j + 2] == "r" && matches(s, at: j, "forthcoming") { return true }
            if c == "p", s[j + 1] == "r", s[j + 2] == "e", matches(s, at: j, "press") { return true }
            j += 1
        }
        return false
    }

    private func matches(_ s: [Unicode.Scalar], at index: Int, _ word: String) -> Bool {
        var k = index
        for scalar in word.unicodeScalars {
            guard k < close else { return false }
            let c = s[k]
            guard c == scalar || (k == index && c.value == scalar.value - 0x20) else { return false }
            k += 1
        }
        return true
    }
}
