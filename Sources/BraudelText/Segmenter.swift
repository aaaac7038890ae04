import CICU

/// A text cut into sentences and word tokens, with everything addressed by Unicode scalar offsets.
public struct SegmentedText: Sendable {
    /// The text as given; offsets point into its Unicode scalars.
    public let text: String
    /// The text's Unicode scalars, so that offsets can be resolved in constant time.
    public let scalars: [Unicode.Scalar]
    public let tokens: [Token]
    public let sentences: [Sentence]

    /// The text between two scalar offsets.
    public func slice(_ start: Int, _ end: Int) -> String {
        let lower = max(0, min(start, scalars.count))
        let upper = max(lower, min(end, scalars.count))
        return TextUnits.string(scalars[lower..<upper])
    }

    /// Index of the sentence containing a scalar offset (the last one starting at or before it).
    public func sentenceIndex(at offset: Int) -> Int { sentences.index(containing: offset) }
}

extension Array where Element == Sentence {
    /// Index of the sentence containing a scalar offset (the last one starting at or before it).
    public func index(containing offset: Int) -> Int {
        var low = 0
        var high = count - 1
        var found = 0
        while low <= high {
            let mid = (low + high) / 2
            if self[mid].start <= offset {
                found = mid
                low = mid + 1
            } else {
                high = mid - 1
            }
        }
        return found
    }
}

/// What a document's segmentation leaves once its analysis is done: the sentences (with their
/// token ranges) and the counts, without the tokens and scalars, which a long document cannot
/// keep in memory all at once (it is segmented a window at a time).
public struct SentenceLayout: Sendable {
    public var sentences: [Sentence]
    /// Number of word and number tokens.
    public var tokenCount: Int
    /// Number of Unicode scalars of the text (what offsets count).
    public var characterCount: Int

    public init(sentences: [Sentence], tokenCount: Int, characterCount: Int) {
        self.sentences = sentences
        self.tokenCount = tokenCount
        self.characterCount = characterCount
    }

    /// The layout of a whole segmented text.
    public init(_ text: SegmentedText) {
        self.init(sentences: text.sentences, tokenCount: text.tokens.count, characterCount: text.scalars.count)
    }

    /// Index of the sentence containing a scalar offset (the last one starting at or before it).
    public func sentenceIndex(at offset: Int) -> Int { sentences.index(containing: offset) }
}

/// Errors from ICU segmentation.
public enum SegmentationError: Error, CustomStringConvertible {
    case icu(call: String, code: Int32)
    case tooLong(length: Int)

    public var description: String {
        switch self {
        case .icu(let call, let code): return "ICU \(call) failed with error \(code)"
        case .tooLong(let length): return "text of \(length) UTF-16 units is too long to segment"
        }
    }
}

/// Sentence and word segmentation with ICU break iterators.
public enum Segmenter {
    /// Segments `text`. Pure function of its input: safe to call from many threads at once.
    public static func segment(_ text: String) throws -> SegmentedText {
        var (scalars, units) = TextUnits.decode(text)
        guard units.count < Int(Int32.max) - 1 else { throw SegmentationError.tooLong(length: units.count) }
        let toScalar = ScalarOffsets(units: units, scalarCount: scalars.count)
        joinLines(&units)
        return try units.withUnsafeBufferPointer { buffer in
            let unitBounds = try sentenceBoundaries(buffer)
            let sentenceBounds = unitBounds.map(toScalar.scalarOffset)
            var sentences = [Sentence]()
            sentences.reserveCapacity(max(1, sentenceBounds.count - 1))
            for i in 0..<max(0, sentenceBounds.count - 1) {
                sentences.append(Sentence(start: sentenceBounds[i], end: sentenceBounds[i + 1], tokens: 0..<0))
            }
            if sentences.isEmpty { sentences.append(Sentence(start: 0, end: scalars.count, tokens: 0..<0)) }
            let tokens = try words(buffer, windows: windows(unitBounds, count: buffer.count), scalars: scalars,
                                   toScalar: toScalar, sentences: &sentences)
            return SegmentedText(text: text, scalars: scalars, tokens: tokens, sentences: sentences)
        }
    }

    /// A lone line break inside a paragraph is seen as a space: ICU would end a sentence at every
    /// line break, but only a blank line ends a paragraph here. Done in place (the units are ours
    /// and only ICU reads them): word tokens never hold a line break, so words are unchanged.
    private static func joinLines(_ units: inout [UInt16]) {
        units.withUnsafeMutableBufferPointer { units in
            var before: UInt16 = 0x0A
            for index in units.indices {
                let unit = units[index]
                let after = index + 1 < units.count ? units[index + 1] : 0x0A
                if unit == 0x0A && before != 0x0A && after != 0x0A { units[index] = 0x20 }
                before = unit
            }
        }
    }

    /// Sentence boundaries (UTF-16 offsets). The buffer starts at one boundary per 16 units and
    /// grows only for texts of very short sentences: one per unit would be 4 bytes per character.
    private static func sentenceBoundaries(_ text: UnsafeBufferPointer<UInt16>) throws -> [Int] {
        var capacity = text.count / 16 + 16
        while true {
            var bounds = [Int32](repeating: 0, count: capacity)
            var error: Int32 = 0
            let count = bounds.withUnsafeMutableBufferPointer {
                cicu_sentence_boundaries(text.baseAddress, Int32(text.count), $0.baseAddress, Int32($0.count), &error)
            }
            if count < 0 { throw SegmentationError.icu(call: "ubrk_open(sentence)", code: error) }
            if count < capacity || capacity >= text.count + 2 { return bounds[0..<Int(count)].map { Int($0) } }
            capacity = min(text.count + 2, capacity * 4)
        }
    }

    /// Units per word-breaking window: ICU's boundary and status buffers are 8 bytes per unit,
    /// so the text is broken a window of whole sentences at a time (words never cross a sentence
    /// boundary), which bounds them whatever the document's length.
    static let windowUnits = 1 << 20

    /// Consecutive sentence runs of about ``windowUnits`` units each (a longer sentence alone).
    private static func windows(_ bounds: [Int], count: Int) -> [Range<Int>] {
        var windows = [Range<Int>]()
        var start = 0
        for bound in bounds where bound > start && bound - start >= windowUnits {
            windows.append(start..<bound)
            start = bound
        }
        if start < count || windows.isEmpty { windows.append(start..<count) }
        return windows
    }

    private static func words(
        _ buffer: UnsafeBufferPointer<UInt16>, windows: [Range<Int>], scalars: [Unicode.Scalar],
        toScalar: ScalarOffsets, sentences: inout [Sentence]
    ) throws -> [Token] {
        var breaker = WordBreaker()
        var tokens = [Token]()
        tokens.reserveCapacity(buffer.count / 5 + 16)   // about one word per 6 characters in prose
        var sentence = 0
        var sentenceFirstToken = 0
        var previousEnd = -1
        for window in windows {
            let count = try breaker.boundaryCount(UnsafeBufferPointer(rebasing: buffer[window]))
            let bounds = breaker.boundaries, statuses = breaker.statuses
            for i in 1..<max(1, Int(count)) {
                let status = statuses[i]
                guard status >= 100 else { continue }
                let startUnit = window.lowerBound + Int(bounds[i - 1]), endUnit = window.lowerBound + Int(bounds[i])
                let start = toScalar.scalarOffset(startUnit), end = toScalar.scalarOffset(endUnit)
                while sentence + 1 < sentences.count && sentences[sentence + 1].start <= start {
                    sentences[sentence].tokens = sentenceFirstToken..<tokens.count
                    sentence += 1
                    sentenceFirstToken = tokens.count
                }
                var gap = previousEnd < 0 || sentenceFirstToken == tokens.count
                    ? Token.Gap.other : classifyGap(scalars, previousEnd, start)
                if tokens.isEmpty { gap = .other }
                let folded = Folding.fold(units: buffer[startUnit..<endUnit])
                if let clitic = Elision.cliticLength(folded), end - start == folded.unicodeScalars.count {
                    // "l'économie-monde", "dell'economia": the article or preposition is a word of
                    // its own, so the noun after it starts a term like any other word.
                    tokens.append(Token(start: start, end: start + clitic, kind: .word,
                                        folded: String(folded.unicodeScalars.prefix(clitic)), gapBefore: gap, sentence: sentence))
                    tokens.append(Token(start: start + clitic, end: end, kind: .word,
                                        folded: String(folded.unicodeScalars.dropFirst(clitic)), gapBefore: .none, sentence: sentence))
                } else {
                    tokens.append(Token(start: start, end: end, kind: status < 200 ? .number : .word,
                                        folded: folded, gapBefore: gap, sentence: sentence))
                }
                previousEnd = end
            }
        }
        sentences[sentence].tokens = sentenceFirstToken..<tokens.count
        for rest in (sentence + 1)..<sentences.count { sentences[rest].tokens = tokens.count..<tokens.count }
        return tokens
    }

    /// Classifies the characters between two tokens.
    static func classifyGap(_ scalars: [Unicode.Scalar], _ from: Int, _ to: Int) -> Token.Gap {
        if from >= to { return .none }
        var newlines = 0
        var hyphen = false
        for index in from..<to {
            let value = scalars[index].value
            switch value {
            case 0x0A:
                newlines += 1
                if newlines > 1 { return .other }
            case 0x20, 0x09, 0x0D, 0xA0, 0x2009, 0x200A, 0x202F, 0x00AD:
                continue
            case 0x2D, 0x2010, 0x2011, 0x2012, 0x2013, 0x2014, 0x2212:
                if hyphen { return .other }
                hyphen = true
            default:
                return .other
            }
        }
        return hyphen ? .hyphen : .space
    }
}

/// Maps UTF-16 offsets (what ICU reports) to Unicode scalar offsets (what Braudel exposes);
/// the identity unless the text holds characters outside the Basic Multilingual Plane.
struct ScalarOffsets {
    private let table: [Int32]?

    init(units: [UInt16], scalarCount: Int) {
        if units.count == scalarCount {
            table = nil
            return
        }
        var table = [Int32](repeating: 0, count: units.count + 1)
        var scalar: Int32 = 0
        for (index, unit) in units.enumerated() {
            table[index] = scalar
            if !(0xDC00...0xDFFF).contains(unit) { scalar += 1 }
            if (0xDC00...0xDFFF).contains(unit) { table[index] = scalar - 1 }
        }
        table[units.count] = Int32(scalarCount)
        self.table = table
    }

    func scalarOffset(_ utf16Offset: Int) -> Int {
        guard let table else { return utf16Offset }
        return Int(table[min(utf16Offset, table.count - 1)])
    }
}
