import Foundation

/// Reading a file's bytes with the errors a corpus run must survive, and its content hash.
public enum FileBytes {
    /// The bytes of the file at `path`; refuses folders, unreadable files and files over `maxBytes`.
    public static func read(_ path: String, maxBytes: Int) throws -> [UInt8] {
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else {
            throw DocumentError.unreadable(path: path, reason: "no such file")
        }
        if isDirectory.boolValue { throw DocumentError.unreadable(path: path, reason: "is a folder") }
        guard let handle = FileHandle(forReadingAtPath: path) else {
            let reason = access(path, R_OK) != 0 ? String(cString: strerror(errno)) : "cannot open"
            throw DocumentError.unreadable(path: path, reason: reason.lowercased())
        }
        defer { try? handle.close() }
        let size = (try? handle.seekToEnd()).map(Int.init) ?? 0
        if size > maxBytes { throw DocumentError.tooLarge(path: path, bytes: size, limit: maxBytes) }
        try? handle.seek(toOffset: 0)
        do {
            let data = try handle.readToEnd() ?? Data()
            if data.count > maxBytes { throw DocumentError.tooLarge(path: path, bytes: data.count, limit: maxBytes) }
            return [UInt8](data)
        } catch let error as DocumentError {
            throw error
        } catch {
            throw DocumentError.unreadable(path: path, reason: error.localizedDescription)
        }
    }

    /// 64-bit FNV-1a of the bytes, as hex: enough to tell a changed file from an unchanged one.
    public static func hash(_ bytes: [UInt8]) -> String {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        for byte in bytes {
            hash ^= UInt64(byte)
            hash = hash &* 0x0000_0100_0000_01B3
        }
        let hex = String(hash, radix: 16)
        return String(repeating: "0", count: 16 - hex.count) + hex
    }
}
