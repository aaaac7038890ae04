/// Finds four-digit years written as words ("2003", "(2003)", "1998a"), not digits inside
/// longer numbers ("12003") or identifiers ("ISBN 0-12-785920-9").
enum YearFinder {
    /// The years in `text` within `range`, in order of appearance.
    static func years(in text: String, range: ClosedRange<Int>) -> [Int] {
        spans(in: Array(text.unicodeScalars)).map(\.value).filter(range.contains)
    }

    /// Every four-digit word of `scalars` with its scalar range and value, whatever its range.
    static func spans(in scalars: [Unicode.Scalar]) -> [(start: Int, end: Int, value: Int)] {
        var found = [(start: Int, end: Int, value: Int)]()
        var index = 0
        while index < scalars.count {
            guard isDigit(scalars[index]) else { index += 1; continue }
            var end = index
            while end < scalars.count && isDigit(scalars[end]) { end += 1 }
            let before = index > 0 ? scalars[index - 1] : " "
            let after = end < scalars.count ? scalars[end] : " "
            // A year may start a date ("2003-05-12") but not follow a hyphen ("0-1234-5").
            let boundedBefore = !UTF8Bytes.isLetter(before) && before != "-" && before != "."
            let boundedAfter = !UTF8Bytes.isLetter(after) || after == "a" || after == "b" || after == "c"
            if end - index == 4, boundedBefore, boundedAfter {
                found.append((index, end, scalars[index..<end].reduce(0) { $0 * 10 + Int($1.value - 0x30) }))
            }
            index = end
        }
        return found
    }

    /// The first year in `text` within `range`.
    static func firstYear(in text: String, range: ClosedRange<Int> = 1500...2099) -> Int? {
        years(in: text, range: range).first
    }

    private static func isDigit(_ scalar: Unicode.Scalar) -> Bool { scalar.value >= 0x30 && scalar.value <= 0x39 }
}
