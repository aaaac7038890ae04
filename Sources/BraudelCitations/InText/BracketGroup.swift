import BraudelText
/// A "(…)" or "[…]" group that may hold citations.
struct BracketGroup: Sendable {
    var open: Int
    /// Offset of the closing bracket.
    var close: Int
    var isParenthesis: Bool
    var hasDigit: Bool

    var content: Range<Int> { (open + 1)..<close }

    /// Groups longer than this are prose asides, not citations.
    static let maximumLength = 600

    init(_ s: [Unicode.Scalar], open: Int, close: Int) {
        self.open = open
        self.close = close
        isParenthesis = s[open] == "("
        hasDigit = s[(open + 1)..<close].contains(where: ScalarClass.isDigit)
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
