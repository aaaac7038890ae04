import BraudelText
import Foundation

/// Finds a phrase inside a sentence the way the full-text index matched it: ignoring case and
/// diacritics, and treating any run of spaces, hyphens and punctuation as one word gap, so
/// "world system" finds "World-System" and "bertola" finds "Bértola". Matches whole words only.
struct PhraseLocator {
    private let needle: [Unicode.Scalar]

    /// Nil when the phrase has no letter or digit.
    init?(phrase: String) {
        var folded = FoldedScalars(Array(phrase.unicodeScalars)).keys
        while folded.first == FoldedScalars.gap { folded.removeFirst() }
        while folded.last == FoldedScalars.gap { folded.removeLast() }
        guard !folded.isEmpty else { return nil }
        needle = folded
    }

    /// Scalar ranges of every whole-word occurrence in `scalars`, in order, not overlapping.
    func ranges(in scalars: [Unicode.Scalar]) -> [Range<Int>] {
        let haystack = FoldedScalars(scalars)
        let keys = haystack.keys
        var found = [Range<Int>]()
        var index = 0
        while index + needle.count <= keys.count {
            let startsWord = index == 0 || keys[index - 1] == FoldedScalars.gap
            let endIndex = index + needle.count
            let endsWord = endIndex == keys.count || keys[endIndex] == FoldedScalars.gap
            if startsWord && endsWord && keys[index..<endIndex].elementsEqual(needle) {
                found.append(haystack.sourceRange(index..<endIndex, in: scalars))
                index = endIndex
            } else {
                index += 1
            }
        }
        return found
    }
}

/// A text folded scalar by scalar for matching, remembering where each folded scalar came from.
private struct FoldedScalars {
    static let gap: Unicode.Scalar = " "
    private(set) var keys = [Unicode.Scalar]()
    private var sources = [Int]()

    init(_ scalars: [Unicode.Scalar]) {
        keys.reserveCapacity(scalars.count)
        sources.reserveCapacity(scalars.count)
        for (offset, scalar) in scalars.enumerated() {
            if Self.isMark(scalar) { continue }
            if scalar.properties.isAlphabetic || scalar.properties.numericType != nil {
                for key in Self.fold(scalar) {
                    keys.append(key)
                    sources.append(offset)
                }
            } else if keys.last != Self.gap {
                keys.append(Self.gap)
                sources.append(offset)
            }
        }
    }

    /// The source scalars of a range of keys, widened over combining marks after the last one.
    func sourceRange(_ range: Range<Int>, in scalars: [Unicode.Scalar]) -> Range<Int> {
        let start = sources[range.lowerBound]
        var end = sources[range.upperBound - 1] + 1
        while end < scalars.count && Self.isMark(scalars[end]) { end += 1 }
        return start..<end
    }

    private static func isMark(_ scalar: Unicode.Scalar) -> Bool {
        scalar.properties.generalCategory == .nonspacingMark
    }

    private static func fold(_ scalar: Unicode.Scalar) -> [Unicode.Scalar] {
        if scalar.isASCII {
            let value = scalar.value
            return [(65...90).contains(value) ? Unicode.Scalar(value + 32)! : scalar]
        }
        return Array(Folding.withoutDiacritics(String(scalar)).unicodeScalars)
    }
}
