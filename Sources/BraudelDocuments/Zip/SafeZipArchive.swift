import Foundation
import ZIPFoundation

/// A ZIP container opened in memory for reading a few named parts, under ``ZipSafetyLimits``.
/// Nothing is ever written to disk: entries are looked up by name and extracted into byte
/// arrays, so entry names such as `../../etc/passwd` cannot reach outside the archive.
/// Not Sendable (it wraps ZIPFoundation's Archive class); it lives inside one `read` call.
struct SafeZipArchive {
    private let archive: Archive
    private let path: String
    private let limits: ZipSafetyLimits
    private let entries: [String: Entry]
    /// Entry names in central-directory order.
    let entryNames: [String]
    /// Uncompressed bytes still allowed.
    private(set) var remainingBudget: Int

    /// Opens `bytes` as a ZIP archive. Throws `.malformed` when there is no readable central
    /// directory (not a ZIP, or truncated).
    init(bytes: [UInt8], path: String, limits: ZipSafetyLimits) throws {
        guard ZipSniffer.isZip(bytes) || bytes.starts(with: [0x50, 0x4B]) else {
            throw DocumentError.malformed(path: path, reason: "not a ZIP archive")
        }
        if let problem = ZipLayoutCheck.problem(in: bytes) {
            throw DocumentError.malformed(path: path, reason: "damaged or truncated ZIP archive (\(problem))")
        }
        do {
            archive = try Archive(data: Data(bytes), accessMode: .read)
        } catch {
            throw DocumentError.malformed(path: path, reason: "damaged or truncated ZIP archive (no readable central directory)")
        }
        self.path = path
        self.limits = limits
        remainingBudget = limits.budget(forArchiveOf: bytes.count)
        var byName = [String: Entry]()
        var names = [String]()
        for entry in archive where entry.type == .file {
            let name = entry.path
            if byName[name] == nil { byName[name] = entry; names.append(name) }
        }
        entries = byName
        entryNames = names
    }

    /// The uncompressed size the central directory declares for entry `name` (0 when there is none).
    func declaredSize(of name: String) -> UInt64 { entries[name]?.uncompressedSize ?? 0 }

    /// Whether an entry of that exact name exists.
    func contains(_ name: String) -> Bool { entries[name] != nil }

    /// The bytes of entry `name`, or nil when there is none. Throws `.malformed` when the entry
    /// is damaged, has an unsafe name, or breaks the expansion limits.
    mutating func read(_ name: String) throws -> [UInt8]? {
        guard let entry = entries[name] else { return nil }
        if ArchivePath.isUnsafeEntryName(name) {
            throw DocumentError.malformed(path: path, reason: "unsafe ZIP entry name \(name)")
        }
        let declared = entry.uncompressedSize
        let compressed = entry.compressedSize
        try checkDeclared(name, declared: declared, compressed: compressed)
        var output = [UInt8]()
        output.reserveCapacity(Int(min(declared, 64 << 20)))
        let budget = remainingBudget
        let limits = limits
        do {
            let checksum = try archive.extract(entry, skipCRC32: false) { chunk in
                output.append(contentsOf: chunk)
                let produced = UInt64(output.count)
                if produced > declared || output.count > budget
                    || limits.isExcessiveRatio(uncompressed: produced, compressed: compressed) {
                    throw ZipBombAbort()
                }
            }
            if checksum != entry.checksum { throw ChecksumMismatch() }
        } catch is ZipBombAbort {
            throw DocumentError.malformed(path: path, reason: "ZIP entry \(name) expands beyond its declared size or the safety limits (zip bomb?)")
        } catch is ChecksumMismatch {
            throw DocumentError.malformed(path: path, reason: "damaged ZIP entry \(name) (checksum mismatch)")
        } catch {
            throw DocumentError.malformed(path: path, reason: "damaged ZIP entry \(name) (\(error))")
        }
        remainingBudget -= output.count
        return output
    }

    /// Refuses before extracting when the central directory already declares too much.
    private func checkDeclared(_ name: String, declared: UInt64, compressed: UInt64) throws {
        if declared > UInt64(remainingBudget) {
            throw DocumentError.malformed(path: path, reason: "ZIP entry \(name) declares \(declared) bytes, over the \(remainingBudget)-byte expansion budget (zip bomb?)")
        }
        if limits.isExcessiveRatio(uncompressed: declared, compressed: compressed) {
            throw DocumentError.malformed(path: path, reason: "ZIP entry \(name) declares a \(declared / max(compressed, 1)):1 compression ratio, over \(limits.maxEntryRatio):1 (zip bomb?)")
        }
    }

    private struct ZipBombAbort: Error {}
    private struct ChecksumMismatch: Error {}
}
