import Foundation
import GRDB

/// Why an export failed; names the file at fault. Nothing of the failed export is left behind.
public enum ExportError: Error, CustomStringConvertible, Sendable, Equatable {
    /// The output folder could not be created or a file in it could not be written or renamed.
    case cannotWrite(path: String, reason: String)

    public var description: String {
        switch self {
        case .cannotWrite(let path, let reason): return "\(path): cannot write export: \(reason)"
        }
    }
}

/// What one exported file holds.
public struct ExportedFile: Sendable, Equatable {
    /// The table's stable name (`sentences`).
    public let table: String
    /// The file written, in the output folder.
    public let path: String
    public let rows: Int
    public let bytes: Int
}

extension CorpusIndex {
    /// Writes every table of ``ExportSchema`` to `folder` (created if missing) as
    /// `name.jsonl` or `name.csv`, streaming rows from one read transaction so the files are a
    /// consistent snapshot whatever their size, and no table is ever held in memory. Each file
    /// is written under a hidden temporary name and renamed into place only once every table
    /// has been written: a failed export leaves the folder as it was.
    public func export(to folder: String, format: ExportFormat) throws -> [ExportedFile] {
        do {
            try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        } catch {
            throw ExportError.cannotWrite(path: folder, reason: error.localizedDescription)
        }
        TemporaryFiles.removeLeftovers(in: folder)
        var written = [(temporary: String, file: ExportedFile)]()
        do {
            try reading { db in
                for table in ExportSchema.tables {
                    let final = (folder as NSString).appendingPathComponent("\(table.name).\(format.fileExtension)")
                    let temporary = TemporaryFiles.path(for: final)
                    var sink = try ExportFileSink(path: temporary)
                    written.append((temporary, ExportedFile(table: table.name, path: final, rows: 0, bytes: 0)))
                    let rows = try Self.stream(table, format: format, db, into: &sink)
                    written[written.count - 1].file = ExportedFile(table: table.name, path: final, rows: rows, bytes: try sink.close())
                }
            }
            try Self.install(written.map { ($0.temporary, $0.file.path) })
        } catch {
            for item in written { try? FileManager.default.removeItem(atPath: item.temporary) }
            throw error
        }
        return written.map(\.file)
    }

    /// Renames each finished file over its final name. Files of an earlier export are moved
    /// aside first and put back if a later rename fails, so the folder holds either the whole
    /// new export or what it held before.
    private static func install(_ files: [(temporary: String, final: String)]) throws {
        for file in files {
            var isDirectory: ObjCBool = false
            if FileManager.default.fileExists(atPath: file.final, isDirectory: &isDirectory), isDirectory.boolValue {
                throw ExportError.cannotWrite(path: file.final, reason: "a folder of that name is in the way")
            }
        }
        var done = [(final: String, backup: String?)]()
        for file in files {
            var backup: String?
            if FileManager.default.fileExists(atPath: file.final) {
                backup = file.temporary + ".previous"
                guard rename(file.final, backup!) == 0 else { return try rollBack(done, failing: file.final) }
            }
            done.append((file.final, backup))
            guard rename(file.temporary, file.final) == 0 else { return try rollBack(done, failing: file.final) }
        }
        for item in done { if let backup = item.backup { try? FileManager.default.removeItem(atPath: backup) } }
    }

    /// Restores the files moved aside so far and reports the rename that failed.
    private static func rollBack(_ done: [(final: String, backup: String?)], failing path: String) throws {
        let reason = String(cString: strerror(errno))
        for item in done.reversed() {
            if let backup = item.backup {
                _ = rename(backup, item.final)
            } else {
                try? FileManager.default.removeItem(atPath: item.final)
            }
        }
        throw ExportError.cannotWrite(path: path, reason: reason)
    }

    /// Writes one table's rows; returns how many.
    private static func stream(_ table: ExportTable, format: ExportFormat, _ db: Database, into sink: inout ExportFileSink) throws -> Int {
        let encoder = ExportRowEncoder(format: format, columns: table.columns)
        try sink.write(encoder.header())
        var rows = 0
        var buffer = [UInt8]()
        buffer.reserveCapacity(ExportFileSink.chunk + 65_536)
        let cursor = try Row.fetchCursor(db, sql: table.selectSQL)
        while let row = try cursor.next() {
            encoder.append(row, to: &buffer)
            rows += 1
            if buffer.count >= ExportFileSink.chunk {
                try sink.write(buffer)
                buffer.removeAll(keepingCapacity: true)
            }
        }
        try sink.write(buffer)
        return rows
    }
}

/// A file being written in large chunks, reporting failures with its path.
struct ExportFileSink {
    /// Bytes gathered before each write.
    static let chunk = 1 << 20
    let path: String
    private let handle: FileHandle
    private(set) var bytes = 0

    init(path: String) throws {
        guard FileManager.default.createFile(atPath: path, contents: nil),
              let handle = FileHandle(forWritingAtPath: path) else {
            throw ExportError.cannotWrite(path: path, reason: String(cString: strerror(errno)))
        }
        self.path = path
        self.handle = handle
    }

    mutating func write(_ data: [UInt8]) throws {
        guard !data.isEmpty else { return }
        do {
            try handle.write(contentsOf: data)
        } catch {
            throw ExportError.cannotWrite(path: path, reason: error.localizedDescription)
        }
        bytes += data.count
    }

    /// Flushes to disk and closes; returns the file's size.
    mutating func close() throws -> Int {
        do {
            try handle.synchronize()
            try handle.close()
        } catch {
            throw ExportError.cannotWrite(path: path, reason: error.localizedDescription)
        }
        return bytes
    }
}
