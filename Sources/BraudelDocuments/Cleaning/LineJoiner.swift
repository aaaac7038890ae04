/// How two lines of one paragraph are joined.
enum LineJoint: Equatable {
    /// With a single space: the ordinary case.
    case space
    /// Directly, keeping everything ("45-" + "67", "Chase-" + "Dunn", "capital—" + "and").
    case direct
    /// Directly, after dropping the trailing hyphen of the first line (`hyphenLength` bytes):
    /// "accumu-" + "lation".
    case dropHyphen(hyphenLength: Int)
}

/// Decides how a line joins the next within a paragraph. Shared by the PDF cleaner and the
/// Markdown reader so that both treat line-end hyphens the same way.
enum LineJoiner {
    /// The line-end hyphen of `line`, if any: its byte length and whether it is a soft hyphen.
    static func trailingHyphen(_ bytes: [UInt8], _ line: Range<Int>) -> (length: Int, soft: Bool)? {
        guard !line.isEmpty else { return nil }
        let end = line.upperBound
        if bytes[end - 1] == 0x2D { return (1, false) }
        if end - 2 >= line.lowerBound, bytes[end - 2] == 0xC2, bytes[end - 1] == 0xAD { return (2, true) }
        if end - 3 >= line.lowerBound, bytes[end - 3] == 0xE2, bytes[end - 2] == 0x80, bytes[end - 1] == 0x90 { return (3, false) }
        return nil
    }

    /// The word broken by the hyphen ending `first`, when both sides are letters.
    static func hyphenBreak(_ bytes: [UInt8], _ first: Range<Int>, _ second: Range<Int>) -> HyphenBreak? {
        guard let hyphen = trailingHyphen(bytes, first), !hyphen.soft, !second.isEmpty else { return nil }
        let leftEnd = first.upperBound - hyphen.length
        var leftStart = leftEnd
        while leftStart > first.lowerBound {
            let (scalar, length) = UTF8Bytes.scalar(bytes, before: leftStart, start: first.lowerBound)
            guard UTF8Bytes.isLetter(scalar) else { break }
            leftStart -= length
        }
        var rightEnd = second.lowerBound
        while rightEnd < second.upperBound {
            let (scalar, length) = UTF8Bytes.scalar(bytes, at: rightEnd, end: second.upperBound)
            guard UTF8Bytes.isLetter(scalar) else { break }
            rightEnd += length
        }
        guard leftStart < leftEnd, second.lowerBound < rightEnd else { return nil }
        return HyphenBreak(left: String(decoding: bytes[leftStart..<leftEnd], as: UTF8.self),
                           right: String(decoding: bytes[second.lowerBound..<rightEnd], as: UTF8.self))
    }

    /// How `first` joins `second`.
    static func joint(_ bytes: [UInt8], _ first: Range<Int>, _ second: Range<Int>,
                      resolver: HyphenationResolver, context: CleaningContext) -> LineJoint {
        guard !first.isEmpty, !second.isEmpty else { return .space }
        if let hyphen = trailingHyphen(bytes, first) {
            if hyphen.soft { return .dropHyphen(hyphenLength: hyphen.length) }
            let beforeHyphen = first.upperBound - hyphen.length
            guard beforeHyphen > first.lowerBound else { return .space }
            let previous = UTF8Bytes.scalar(bytes, before: beforeHyphen, start: first.lowerBound).scalar
            if previous == " " || previous == "-" { return previous == "-" ? .direct : .space }
            if let item = hyphenBreak(bytes, first, second) {
                return resolver.keepsHyphen(item, context: context) ? .direct : .dropHyphen(hyphenLength: hyphen.length)
            }
            return .direct
        }
        if let last = LineShapes.lastScalar(bytes, first), last == "\u{2014}" || last == "\u{2013}" {
            let beforeDash = first.upperBound - 3
            let spaced = beforeDash > first.lowerBound && bytes[beforeDash - 1] == 0x20
            return spaced ? .space : .direct
        }
        if endsInsideURL(bytes, first) { return .direct }
        return .space
    }

    /// A URL or DOI broken at a slash, dot or underscore: "https://doi.org/10.1080/" + "1474...".
    private static func endsInsideURL(_ bytes: [UInt8], _ line: Range<Int>) -> Bool {
        let last = bytes[line.upperBound - 1]
        guard last == 0x2F || last == 0x5F || last == 0x3D || last == 0x26 || last == 0x2D else { return false }
        var start = line.upperBound - 1
        while start > line.lowerBound && bytes[start - 1] != 0x20 { start -= 1 }
        let token = UTF8Bytes.lowercasedASCII(bytes, start..<line.upperBound)
        return token.contains("://") || token.hasPrefix("www.") || token.hasPrefix("doi:") || token.hasPrefix("doi.org/")
    }
}
