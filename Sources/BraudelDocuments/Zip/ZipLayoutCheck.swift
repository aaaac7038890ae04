/// Checks that every offset and size a ZIP archive's directory records lies inside the file,
/// before ZIPFoundation sees the bytes.
///
/// Why: ZIPFoundation's in-memory archive seeks wherever the central directory says and then
/// traps (it does not throw) when asked to read past the end of its buffer — one corrupt DOCX
/// or EPUB ended a whole batch. Braudel's isolation rule for decoders that are not its own is
/// *validate before handing bytes over* (see README, "How it works"): this check covers the
/// end-of-central-directory record (ZIP64 included), each central-directory entry, and each
/// local header with the data it announces. Anything outside the file is a malformed archive.
enum ZipLayoutCheck {
    /// Why the layout is unusable, or nil when every recorded range lies inside `bytes`.
    static func problem(in bytes: [UInt8]) -> String? {
        guard let end = endRecord(in: bytes) else { return "no readable central directory" }
        var directory: (offset: UInt64, size: UInt64, count: UInt64) = (end.offset, end.size, end.count)
        if end.needsZIP64 {
            guard let zip64 = zip64Directory(in: bytes, endRecordAt: end.position) else {
                return "ZIP64 directory record missing or outside the file"
            }
            directory = zip64
        }
        let fileSize = UInt64(bytes.count)
        guard directory.offset <= fileSize, directory.size <= fileSize - directory.offset else {
            return "central directory lies outside the file"
        }
        var cursor = Int(directory.offset)
        let directoryEnd = Int(directory.offset + directory.size)
        var seen: UInt64 = 0
        while seen < directory.count {
            guard cursor + 46 <= directoryEnd, read32(bytes, cursor) == 0x0201_4B50 else {
                return "central directory entry \(seen + 1) is damaged"
            }
            let nameLength = Int(read16(bytes, cursor + 28))
            let extraLength = Int(read16(bytes, cursor + 30))
            let commentLength = Int(read16(bytes, cursor + 32))
            let next = cursor + 46 + nameLength + extraLength + commentLength
            guard next <= directoryEnd else { return "central directory entry \(seen + 1) runs past the directory" }
            let extra = cursor + 46 + nameLength
            let sizes = entrySizes(bytes, entry: cursor, extra: extra..<(extra + extraLength))
            if let reason = localHeaderProblem(bytes, offset: sizes.offset, compressed: sizes.compressed) {
                return "entry \(seen + 1): \(reason)"
            }
            cursor = next
            seen += 1
        }
        return nil
    }

    /// The local header at `offset` and the `compressed` bytes after it must fit in the file.
    private static func localHeaderProblem(_ bytes: [UInt8], offset: UInt64, compressed: UInt64) -> String? {
        let fileSize = UInt64(bytes.count)
        guard offset <= fileSize, fileSize - offset >= 30 else { return "local header offset \(offset) is past the end of the file" }
        let start = Int(offset)
        guard read32(bytes, start) == 0x0403_4B50 else { return "no local header at offset \(offset)" }
        let header = UInt64(30) + UInt64(read16(bytes, start + 26)) + UInt64(read16(bytes, start + 28))
        guard header <= fileSize - offset, compressed <= fileSize - offset - header else {
            return "data at offset \(offset) runs past the end of the file"
        }
        return nil
    }

    /// Compressed size and local-header offset of a central-directory entry, read from its ZIP64
    /// extra field when the 32-bit fields say 0xFFFFFFFF.
    private static func entrySizes(_ bytes: [UInt8], entry: Int, extra: Range<Int>) -> (compressed: UInt64, offset: UInt64) {
        let uncompressed32 = read32(bytes, entry + 24)
        var compressed = UInt64(read32(bytes, entry + 20))
        var offset = UInt64(read32(bytes, entry + 42))
        guard compressed == 0xFFFF_FFFF || offset == 0xFFFF_FFFF || uncompressed32 == 0xFFFF_FFFF else {
            return (compressed, offset)
        }
        var field = extra.lowerBound
        while field + 4 <= extra.upperBound {
            let id = read16(bytes, field)
            let length = Int(read16(bytes, field + 2))
            let dataEnd = min(field + 4 + length, extra.upperBound)
            if id == 0x0001 {
                var position = field + 4
                func next() -> UInt64? {
                    guard position + 8 <= dataEnd else { return nil }
                    defer { position += 8 }
                    return read64(bytes, position)
                }
                if uncompressed32 == 0xFFFF_FFFF { _ = next() }
                if compressed == 0xFFFF_FFFF { compressed = next() ?? .max }
                if offset == 0xFFFF_FFFF { offset = next() ?? .max }
                break
            }
            field += 4 + length
        }
        return (compressed, offset)
    }

    private struct EndRecord {
        var position: Int
        var count: UInt64
        var size: UInt64
        var offset: UInt64
        var needsZIP64: Bool
    }

    /// The end-of-central-directory record, searched backwards over the last 64 KiB + 22 bytes.
    private static func endRecord(in bytes: [UInt8]) -> EndRecord? {
        guard bytes.count >= 22 else { return nil }
        let lowest = max(0, bytes.count - 22 - 0xFFFF)
        var position = bytes.count - 22
        while position >= lowest {
            if read32(bytes, position) == 0x0605_4B50 {
                let count = read16(bytes, position + 10)
                let size = read32(bytes, position + 12)
                let offset = read32(bytes, position + 16)
                return EndRecord(position: position, count: UInt64(count), size: UInt64(size), offset: UInt64(offset),
                                 needsZIP64: count == 0xFFFF || size == 0xFFFF_FFFF || offset == 0xFFFF_FFFF)
            }
            position -= 1
        }
        return nil
    }

    /// Offset, size and entry count from the ZIP64 end record its locator (just before the
    /// classic end record) points at.
    private static func zip64Directory(in bytes: [UInt8], endRecordAt end: Int) -> (offset: UInt64, size: UInt64, count: UInt64)? {
        let locator = end - 20
        guard locator >= 0, read32(bytes, locator) == 0x0706_4B50 else { return nil }
        let recordOffset = read64(bytes, locator + 8)
        guard recordOffset <= UInt64(bytes.count), UInt64(bytes.count) - recordOffset >= 56 else { return nil }
        let record = Int(recordOffset)
        guard read32(bytes, record) == 0x0606_4B50 else { return nil }
        return (read64(bytes, record + 48), read64(bytes, record + 40), read64(bytes, record + 32))
    }

    private static func read16(_ bytes: [UInt8], _ at: Int) -> UInt16 {
        UInt16(bytes[at]) | UInt16(bytes[at + 1]) << 8
    }

    private static func read32(_ bytes: [UInt8], _ at: Int) -> UInt32 {
        UInt32(read16(bytes, at)) | UInt32(read16(bytes, at + 2)) << 16
    }

    private static func read64(_ bytes: [UInt8], _ at: Int) -> UInt64 {
        UInt64(read32(bytes, at)) | UInt64(read32(bytes, at + 4)) << 32
    }
}
