/// The content hash the index uses to tell a changed file from an unchanged one.
public enum ContentHash {
    /// 64-bit FNV-1a of the bytes, as 16 hex digits: cheap, stable, and collisions between two
    /// versions of one file are vanishingly unlikely.
    public static func of(_ bytes: [UInt8]) -> String {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        for byte in bytes {
            hash ^= UInt64(byte)
            hash = hash &* 0x0000_0100_0000_01B3
        }
        let hex = String(hash, radix: 16)
        return String(repeating: "0", count: 16 - hex.count) + hex
    }
}
