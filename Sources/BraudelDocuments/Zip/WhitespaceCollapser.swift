/// Collapses the whitespace of a paragraph taken from markup: runs of spaces, tabs, line
/// breaks and Unicode line/paragraph separators become one space, ends are trimmed. No-break
/// spaces are kept, as the HTML reader keeps them.
enum WhitespaceCollapser {
    static func collapse(_ text: String) -> String {
        var result = String.UnicodeScalarView()
        var pendingSpace = false
        for scalar in text.unicodeScalars {
            if isCollapsible(scalar) {
                pendingSpace = true
                continue
            }
            if pendingSpace && !result.isEmpty { result.append(" ") }
            pendingSpace = false
            result.append(scalar)
        }
        return String(result)
    }

    @inline(__always)
    static func isCollapsible(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x20, 0x09, 0x0A, 0x0B, 0x0C, 0x0D, 0x85, 0x2028, 0x2029: return true
        default: return false
        }
    }
}
