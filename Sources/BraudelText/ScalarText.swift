/// A text addressed by Unicode scalar offsets (what every stage's offsets count) without holding
/// its scalars: `[Unicode.Scalar]` costs 4 bytes a character, four times the UTF-8 of an English
/// text, so long documents are decoded a window at a time from the string's own storage.
///
/// The byte offset of every 1,024th scalar is kept (8 bytes per 1,024 characters), so a window
/// is found by skipping at most 1,023 scalars before it.
public struct ScalarText: Sendable {
    /// The text itself.
    public let text: String
    /// Number of Unicode scalars.
    public let count: Int
    /// Byte offset of scalar `k * stride`.
    private let checkpoints: [Int]
    private static let stride = 1024

    /// The scalar view of `text` (one pass over its UTF-8).
    public init(_ text: String) {
        var text = text
        var checkpoints = [Int]()
        var count = 0
        text.withUTF8 { bytes in
            checkpoints.reserveCapacity(bytes.count / Self.stride + 1)
            for (offset, byte) in bytes.enumerated() where byte & 0xC0 != 0x80 {
                if count % Self.stride == 0 { checkpoints.append(offset) }
                count += 1
            }
        }
        self.text = text
        self.count = count
        self.checkpoints = checkpoints
    }

    /// The scalars at offsets `range` (clamped to the text).
    public func scalars(in range: Range<Int>) -> [Unicode.Scalar] {
        let lower = max(0, min(range.lowerBound, count)), upper = max(lower, min(range.upperBound, count))
        guard lower < upper else { return [] }
        var text = text
        return text.withUTF8 { bytes in
            var index = checkpoints[lower / Self.stride]
            var skip = lower % Self.stride
            while skip > 0 {
                index += 1
                while index < bytes.count && bytes[index] & 0xC0 == 0x80 { index += 1 }
                skip -= 1
            }
            var end = index
            for _ in lower..<upper {
                end += 1
                while end < bytes.count && bytes[end] & 0xC0 == 0x80 { end += 1 }
            }
            return TextUnits.scalars(of: UnsafeBufferPointer(rebasing: bytes[index..<end]))
        }
    }

    /// The text at scalar offsets `range`.
    public func string(in range: Range<Int>) -> String {
        TextUnits.string(scalars(in: range)[...])
    }
}
