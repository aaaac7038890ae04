#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Reads a whole file with POSIX calls, so that every failure carries the system's own reason
/// ("Permission denied", "Is a directory") and the size limit is enforced before reading.
public enum FileLoader {
    /// The bytes of the file at `path`; refuses folders, special files and files over `maxBytes`.
    public static func bytes(atPath path: String, maxBytes: Int) throws -> [UInt8] {
        let descriptor = open(path, O_RDONLY)
        guard descriptor >= 0 else { throw DocumentError.unreadable(path: path, reason: systemReason()) }
        defer { close(descriptor) }
        var info = stat()
        guard fstat(descriptor, &info) == 0 else { throw DocumentError.unreadable(path: path, reason: systemReason()) }
        let kind = info.st_mode & S_IFMT
        if kind == S_IFDIR { throw DocumentError.unreadable(path: path, reason: "is a directory") }
        guard kind == S_IFREG else { throw DocumentError.unreadable(path: path, reason: "not a regular file") }
        let size = Int(info.st_size)
        if size > maxBytes { throw DocumentError.tooLarge(path: path, bytes: size, limit: maxBytes) }
        var bytes = [UInt8](repeating: 0, count: size)
        var filled = 0
        while filled < size {
            let count = bytes.withUnsafeMutableBytes { buffer in
                read(descriptor, buffer.baseAddress! + filled, size - filled)
            }
            if count < 0 {
                if errno == EINTR { continue }
                throw DocumentError.unreadable(path: path, reason: systemReason())
            }
            if count == 0 { break }
            filled += count
        }
        if filled < size { bytes.removeLast(size - filled) }
        return bytes
    }

    /// Up to `count` leading bytes of the file at `path` (for sniffing its format).
    public static func head(atPath path: String, count: Int) throws -> [UInt8] {
        let descriptor = open(path, O_RDONLY)
        guard descriptor >= 0 else { throw DocumentError.unreadable(path: path, reason: systemReason()) }
        defer { close(descriptor) }
        var bytes = [UInt8](repeating: 0, count: count)
        let filled = bytes.withUnsafeMutableBytes { read(descriptor, $0.baseAddress!, count) }
        guard filled >= 0 else { throw DocumentError.unreadable(path: path, reason: systemReason()) }
        return Array(bytes.prefix(filled))
    }

    private static func systemReason() -> String {
        String(cString: strerror(errno))
    }
}
