import BraudelIndex
import Dispatch
import Foundation

/// While a command that writes temporary files runs (merge, export), SIGINT and SIGTERM remove
/// this process's temporary files in `folder` and then end the process with the usual status
/// (128 + signal), instead of leaving them behind. The handlers run on a dispatch queue, not in
/// signal context, so they may touch the file system.
struct SignalCleanup {
    private let sources: [DispatchSourceSignal]

    init(folder: String) {
        sources = [SIGINT, SIGTERM].map { number in
            signal(number, SIG_IGN)
            let source = DispatchSource.makeSignalSource(signal: number, queue: .global())
            source.setEventHandler {
                TemporaryFiles.removeLeftovers(in: folder, includingOwn: true)
                exit(128 + number)
            }
            source.resume()
            return source
        }
    }

    /// Runs `body` with the handlers installed, then restores the default signal handling.
    static func guarding<T>(folder: String, _ body: () throws -> T) rethrows -> T {
        let cleanup = SignalCleanup(folder: folder)
        defer {
            for source in cleanup.sources { source.cancel() }
            signal(SIGINT, SIG_DFL)
            signal(SIGTERM, SIG_DFL)
        }
        return try body()
    }
}
