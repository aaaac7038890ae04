/// A bit set over hashes of the words that can start a lexicon term, checked before the trie's
/// dictionary: most tokens of a text start no term, and a miss here costs one FNV-1a pass over
/// a few bytes instead of a SipHash dictionary probe (or two, with the possessive retried) —
/// about 6% of a whole analysis in profiles.
///
/// Byte hashing is exact here because tokens and lexicon words are both NFKC case-folded, so
/// two of them are equal as Swift strings exactly when their UTF-8 bytes are equal.
struct FirstWordFilter: Sendable {
    private static let bitCount = 1 << 18
    private var bits = [UInt64](repeating: 0, count: FirstWordFilter.bitCount / 64)

    init(words: some Sequence<String>) {
        for word in words {
            var hash = Self.basis
            for byte in word.utf8 { hash = Self.step(hash, byte) }
            let bit = Int(hash) & (Self.bitCount - 1)
            bits[bit >> 6] |= 1 << UInt64(bit & 63)
        }
    }

    /// False when neither `word` nor `word` without a possessive ending ("'s", "'") — the two
    /// forms ``ConceptMatcher`` looks up — can be one of the words.
    func mayContain(_ word: String) -> Bool {
        // Through the contiguous bytes: iterating `word.utf8` costs several times as much.
        var word = word
        return word.withUTF8(mayContain(bytes:))
    }

    private func mayContain(bytes word: UnsafeBufferPointer<UInt8>) -> Bool {
        var hash = Self.basis
        var beforeLast = hash, beforeSecondLast = hash
        var last: UInt8 = 0, secondLast: UInt8 = 0
        var count = 0
        for byte in word {
            beforeSecondLast = beforeLast
            beforeLast = hash
            hash = Self.step(hash, byte)
            secondLast = last
            last = byte
            count += 1
        }
        if test(hash) { return true }
        if count >= 1 && last == 0x27 { return test(beforeLast) }
        if count >= 2 && last == 0x73 && secondLast == 0x27 { return test(beforeSecondLast) }
        return false
    }

    private static let basis: UInt32 = 2_166_136_261

    @inline(__always)
    private static func step(_ hash: UInt32, _ byte: UInt8) -> UInt32 {
        (hash ^ UInt32(byte)) &* 16_777_619
    }

    @inline(__always)
    private func test(_ hash: UInt32) -> Bool {
        let bit = Int(hash) & (Self.bitCount - 1)
        return bits[bit >> 6] & (1 << UInt64(bit & 63)) != 0
    }
}
