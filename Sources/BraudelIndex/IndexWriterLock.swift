import Foundation

/// The one writer lock of an index: `index`, `merge` (on its output, and shared on its inputs)
/// and `--shard` runs take it, so a second writer fails at once with a clear line instead of
/// interleaving with the first or — `merge --force` over a live index — replacing a file whose
/// writer then reports success for documents that are gone.
///
/// It is an `flock` on a sidecar file `<index>.lock`, never on the index itself: SQLite's own
/// POSIX locks on the index are dropped when *any* descriptor of that file is closed by the
/// process, and `merge` replaces the index file by rename while the sidecar stays put. The
/// sidecar is left in place (deleting a lock file races with its next user); the kernel frees
/// the lock when the process ends, however it ends.
final class IndexWriterLock {
    private let descriptor: Int32

    /// Takes the lock beside `path`: exclusive for a writer, shared for a reader that needs the
    /// file not to change under it (a merge input). Throws ``IndexError/beingWritten(path:)``
    /// when another process holds a conflicting lock.
    init(path: String, exclusive: Bool = true) throws {
        let lockPath = path + ".lock"
        descriptor = open(lockPath, O_RDWR | O_CREAT | O_CLOEXEC, 0o644)
        guard descriptor >= 0 else {
            throw IndexError.cannotOpen(path: path, reason: "cannot create the lock file \(lockPath): \(String(cString: strerror(errno)))")
        }
        if flock(descriptor, (exclusive ? LOCK_EX : LOCK_SH) | LOCK_NB) != 0 {
            let failure = errno
            close(descriptor)
            if failure == EWOULDBLOCK { throw IndexError.beingWritten(path: path) }
            throw IndexError.cannotOpen(path: path, reason: "cannot lock \(lockPath): \(String(cString: strerror(failure)))")
        }
    }

    deinit { close(descriptor) }
}
