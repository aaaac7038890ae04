import CICU

/// ICU word breaking alone: the one call the segmenter builds its tokens on, and the ceiling
/// that `braudel bench-icu` measures Braudel's analysis against. Keeps its boundary buffers
/// between calls so that a benchmark loop times ICU rather than allocation.
public struct WordBreaker: Sendable {
    /// UTF-16 offsets of the boundaries found by the last call (the first `count` entries).
    public private(set) var boundaries: [Int32] = []
    /// ICU's rule status of each boundary (≥ 100 after a word, not a space or punctuation).
    public private(set) var statuses: [Int32] = []

    /// A breaker with empty buffers; they grow to the longest text seen.
    public init() {}

    /// Runs ICU's word break iterator over `units` (UTF-16) and returns how many boundaries it
    /// found; they are in ``boundaries`` and ``statuses``.
    public mutating func boundaryCount(_ units: UnsafeBufferPointer<UInt16>) throws -> Int {
        guard units.count < Int(Int32.max) - 1 else { throw SegmentationError.tooLong(length: units.count) }
        if boundaries.count < units.count + 2 {
            boundaries = [Int32](repeating: 0, count: units.count + 2)
            statuses = [Int32](repeating: 0, count: units.count + 2)
        }
        var error: Int32 = 0
        let count = boundaries.withUnsafeMutableBufferPointer { b in
            statuses.withUnsafeMutableBufferPointer { s in
                cicu_word_boundaries(units.baseAddress, Int32(units.count), b.baseAddress, s.baseAddress,
                                     Int32(b.count), &error)
            }
        }
        if count < 0 { throw SegmentationError.icu(call: "ubrk_open(word)", code: error) }
        return Int(count)
    }
}
