/// Collapses the whitespace of a paragraph taken from markup: runs of spaces, tabs, line
/// breaks and Unicode line/paragraph separators become one space, ends are trimmed. No-break
/// spaces are kept, as the HTML reader keeps them. Works on UTF-8 bytes (hot in big files).
enum WhitespaceCollapser {
    static func collapse(_ text: String) -> String {
        var output = [UInt8]()
        output.reserveCapacity(text.utf8.count)
        var pendingSpace = false
        var utf8 = text.utf8.makeIterator()
        var lookahead: UInt8? = utf8.next()
        while let byte = lookahead {
            lookahead = utf8.next()
            var skip = 0
            if byte == 0x20 || (byte >= 0x09 && byte <= 0x0D) {
                skip = 1
            } else if byte == 0xC2, lookahead == 0x85 {
                skip = 2                                              // U+0085 NEL
            } else if byte == 0xE2, lookahead == 0x80 {
                // U+2028 / U+2029 are E2 80 A8 / E2 80 A9: decide on the third byte.
                let second = lookahead
                let third = utf8.next()
                if third == 0xA8 || third == 0xA9 {
                    pendingSpace = true
                    lookahead = utf8.next()
                    continue
                }
                appendPending(&output, &pendingSpace)
                output.append(byte)
                if let second { output.append(second) }
                lookahead = third
                continue
            }
            if skip > 0 {
                pendingSpace = true
                if skip == 2 { lookahead = utf8.next() }
                continue
            }
            appendPending(&output, &pendingSpace)
            output.append(byte)
        }
        return String(decoding: output, as: UTF8.self)
    }

    @inline(__always)
    private static func appendPending(_ output: inout [UInt8], _ pendingSpace: inout Bool) {
        if pendingSpace && !output.isEmpty { output.append(0x20) }
        pendingSpace = false
    }
}
