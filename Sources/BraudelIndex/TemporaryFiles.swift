import Foundation

/// Names and clean-up of the temporary files `merge` and `export` write beside their targets
/// before renaming them into place. A name carries the writing process's id —
/// `.<final name>.<pid>-<UUID>.tmp` — so that leftovers of a killed run can be told from the
/// files of a run still at work: the next run removes those whose process is gone, and a
/// command interrupted by SIGINT or SIGTERM removes its own before exiting.
public enum TemporaryFiles {
    /// A fresh temporary path in the folder of `final`, for a file to be renamed to `final`.
    static func path(for final: String) -> String {
        let folder = (final as NSString).deletingLastPathComponent
        let name = (final as NSString).lastPathComponent
        return ((folder.isEmpty ? "." : folder) as NSString)
            .appendingPathComponent(".\(name).\(getpid())-\(UUID().uuidString).tmp")
    }

    /// Removes the temporary files in `folder` whose process is no longer running, and this
    /// process's own when `includingOwn` (its clean-up on a signal). Returns how many went.
    @discardableResult
    public static func removeLeftovers(in folder: String, includingOwn: Bool = false) -> Int {
        let directory = folder.isEmpty ? "." : folder
        guard let names = try? FileManager.default.contentsOfDirectory(atPath: directory) else { return 0 }
        var removed = 0
        for name in names {
            guard let pid = owner(of: name) else { continue }
            let isOwn = pid == getpid()
            if isOwn ? includingOwn : !isRunning(pid) {
                if (try? FileManager.default.removeItem(atPath: (directory as NSString).appendingPathComponent(name))) != nil {
                    removed += 1
                }
            }
        }
        return removed
    }

    /// The process id in a temporary file's name (SQLite's -wal, -shm and -journal files of a
    /// temporary index included), or nil for any other name.
    static func owner(of name: String) -> Int32? {
        guard name.hasPrefix(".") else { return nil }
        var stem = Substring(name)
        for suffix in ["-wal", "-shm", "-journal"] where stem.hasSuffix(suffix) { stem = stem.dropLast(suffix.count) }
        guard stem.hasSuffix(".tmp") else { return nil }
        stem = stem.dropLast(4)
        // "<pid>-<UUID>": the UUID is 36 characters, after the last dot.
        guard let dot = stem.lastIndex(of: "."), stem.count - stem.distance(from: stem.startIndex, to: dot) > 38 else { return nil }
        let tail = stem[stem.index(after: dot)...]
        guard tail.count > 37, UUID(uuidString: String(tail.suffix(36))) != nil, tail.dropLast(36).last == "-" else { return nil }
        return Int32(tail.dropLast(37))
    }

    private static func isRunning(_ pid: Int32) -> Bool {
        kill(pid, 0) == 0 || errno == EPERM
    }
}
