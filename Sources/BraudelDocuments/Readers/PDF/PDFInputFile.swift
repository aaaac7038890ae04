#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The file handed to pdftotext: the original when `path` is a regular file of the same size
/// as the bytes read (no copy), else a private temporary copy that ``release()`` removes.
struct PDFInputFile {
    /// The argument naming the file; never starts with "-", so it cannot pass for an option.
    let argument: String
    private let temporary: TemporaryFile?

    init(bytes: [UInt8], path: String) throws {
        if Self.isRegularFile(path, size: bytes.count) {
            argument = path.hasPrefix("-") ? "./" + path : path
            temporary = nil
            return
        }
        do {
            let file = try TemporaryFile(suffix: ".pdf", contents: bytes)
            temporary = file
            argument = file.path
        } catch {
            throw DocumentError.malformed(path: path, reason: "cannot read PDF: cannot write a temporary copy")
        }
    }

    /// Removes the temporary copy, if one was made.
    func release() {
        temporary?.remove()
    }

    private static func isRegularFile(_ path: String, size: Int) -> Bool {
        var info = stat()
        guard !path.isEmpty, stat(path, &info) == 0 else { return false }
        return info.st_mode & S_IFMT == S_IFREG && Int(info.st_size) == size
    }
}
