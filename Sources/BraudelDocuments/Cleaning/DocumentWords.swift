import BraudelText

/// Scans a document's words (letter runs joined by inner hyphens: "world-system") for a set
/// of folded forms. One pass; ASCII words are lowercased in a reused buffer and only words of
/// a wanted length are compared, so the scan costs little more than reading the bytes.
enum DocumentWords {
    /// The wanted forms (folded UTF-8) that occur as whole words in `text`.
    static func present(_ wanted: Set<[UInt8]>, in text: [UInt8]) -> Set<[UInt8]> {
        guard !wanted.isEmpty else { return [] }
        let maxLength = wanted.map(\.count).max() ?? 0
        // A 64K-bit filter of the wanted forms' hashes turns away almost every word without
        // hashing it into a Set or copying it.
        var filter = [UInt64](repeating: 0, count: 1024)
        var byHash = [UInt64: [UInt8]]()
        for form in wanted {
            let hash = fnv(form[...])
            filter[Int(hash >> 6 & 1023)] |= 1 << (hash & 63)
            byHash[hash] = form
        }
        var found = Set<[UInt8]>()
        var foundHashes = Set<UInt64>()
        var index = 0
        let end = text.count
        while index < end {
            guard let word = nextWord(text, from: &index, end: end) else { break }
            if word.ascii {
                guard word.range.count <= maxLength else { continue }
                let hash = lowercasedHash(text, word.range)
                guard filter[Int(hash >> 6 & 1023)] & (1 << (hash & 63)) != 0,
                      !foundHashes.contains(hash), let form = byHash[hash], form.count == word.range.count,
                      zip(form, text[word.range]).allSatisfy({ $0 == ($1 >= 0x41 && $1 <= 0x5A ? $1 | 0x20 : $1) })
                else { continue }
                foundHashes.insert(hash)
                found.insert(form)
            } else if word.range.count <= maxLength * 2 + 8 {
                let folded = Array(Folding.fold(String(decoding: text[word.range], as: UTF8.self)).utf8)
                if wanted.contains(folded) { found.insert(folded) }
            }
        }
        return found
    }

    @inline(__always)
    private static func fnv(_ bytes: ArraySlice<UInt8>) -> UInt64 {
        var hash: UInt64 = 0xcbf29ce484222325
        for byte in bytes { hash = (hash ^ UInt64(byte)) &* 0x100000001b3 }
        return hash
    }

    /// FNV-1a of the ASCII-lowercased bytes, equal to `fnv` of the lowercased copy.
    @inline(__always)
    private static func lowercasedHash(_ text: [UInt8], _ range: Range<Int>) -> UInt64 {
        var hash: UInt64 = 0xcbf29ce484222325
        for index in range {
            let byte = text[index]
            hash = (hash ^ UInt64(byte >= 0x41 && byte <= 0x5A ? byte | 0x20 : byte)) &* 0x100000001b3
        }
        return hash
    }

    /// The next word at or after `index`, advancing `index` past it.
    private static func nextWord(_ text: [UInt8], from index: inout Int, end: Int) -> (range: Range<Int>, ascii: Bool)? {
        // Skip to the first letter.
        while index < end {
            let byte = text[index]
            if byte < 0x80 {
                if isASCIILetter(byte) { break }
                index += 1
            } else {
                let (scalar, length) = UTF8Bytes.scalar(text, at: index, end: end)
                if UTF8Bytes.isLetter(scalar) { break }
                index += length
            }
        }
        guard index < end else { return nil }
        let start = index
        var ascii = true
        while index < end {
            let byte = text[index]
            if byte < 0x80 {
                if isASCIILetter(byte) { index += 1; continue }
                if byte == 0x2D, index + 1 < end, startsLetter(text, index + 1, end) { index += 1; continue }
                break
            }
            let (scalar, length) = UTF8Bytes.scalar(text, at: index, end: end)
            if UTF8Bytes.isLetter(scalar) || (scalar == "\u{2010}" && index + length < end && startsLetter(text, index + length, end)) {
                ascii = false
                index += length
                continue
            }
            break
        }
        return (start..<index, ascii)
    }

    @inline(__always)
    private static func isASCIILetter(_ byte: UInt8) -> Bool {
        let lower = byte | 0x20
        return lower >= 0x61 && lower <= 0x7A
    }

    private static func startsLetter(_ text: [UInt8], _ index: Int, _ end: Int) -> Bool {
        let byte = text[index]
        if byte < 0x80 { return isASCIILetter(byte) }
        return UTF8Bytes.isLetter(UTF8Bytes.scalar(text, at: index, end: end).scalar)
    }
}
