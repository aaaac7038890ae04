import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// What a finished external command left behind.
struct CommandResult: Sendable {
    /// The exit status (the signal number for a killed process).
    var status: Int32
    /// Everything written to standard output.
    var output: [UInt8]
    /// Standard error, decoded as UTF-8.
    var errors: String
}

/// Why an external command gave no result.
enum CommandFailure: Error, Equatable {
    /// The executable could not be found or started.
    case notFound
    /// The command ran longer than allowed and was killed.
    case timedOut(seconds: Double)
    /// A temporary file could not be created or written.
    case temporaryFile(reason: String)
}

/// Runs a helper program (pdftotext, pdfinfo) the safe way: standard output and standard error
/// go to temporary files rather than pipes, so a chatty program can never deadlock on a full
/// pipe buffer; standard input is /dev/null; and a time limit kills a program stuck on a
/// hostile file. Each call owns its process and files, so calls may run in parallel.
enum ExternalCommand {
    /// The absolute path of `name`: itself when it contains a slash, else the first executable
    /// of that name on PATH.
    static func locate(_ name: String) -> String? {
        if name.contains("/") { return access(name, X_OK) == 0 ? name : nil }
        let searchPath = ProcessInfo.processInfo.environment["PATH"] ?? "/usr/local/bin:/usr/bin:/bin"
        for directory in searchPath.split(separator: ":") where !directory.isEmpty {
            let candidate = directory + "/" + name
            var info = stat()
            if stat(candidate, &info) == 0, info.st_mode & S_IFMT == S_IFREG, access(candidate, X_OK) == 0 {
                return candidate
            }
        }
        return nil
    }

    /// Runs `executable` with `arguments`, waiting at most `timeout` seconds; `environment`
    /// adds to (or overrides) this process's own.
    static func run(_ executable: String, _ arguments: [String], timeout: Double,
                    environment: [String: String] = [:]) throws -> CommandResult {
        let outputFile = try TemporaryFile(suffix: ".out")
        defer { outputFile.remove() }
        let errorFile = try TemporaryFile(suffix: ".err")
        defer { errorFile.remove() }
        guard let outputHandle = FileHandle(forWritingAtPath: outputFile.path),
              let errorHandle = FileHandle(forWritingAtPath: errorFile.path) else {
            throw CommandFailure.temporaryFile(reason: "cannot open a temporary file for writing")
        }
        let process = Process()
        process.executableURL = URL(fileURLWithPath: executable)
        process.arguments = arguments
        if !environment.isEmpty {
            process.environment = ProcessInfo.processInfo.environment.merging(environment) { $1 }
        }
        process.standardInput = FileHandle.nullDevice
        process.standardOutput = outputHandle
        process.standardError = errorHandle
        let finished = DispatchSemaphore(value: 0)
        process.terminationHandler = { _ in finished.signal() }
        do {
            try process.run()
        } catch {
            try? outputHandle.close()
            try? errorHandle.close()
            throw CommandFailure.notFound
        }
        try? outputHandle.close()
        try? errorHandle.close()
        if finished.wait(timeout: .now() + timeout) == .timedOut {
            stop(process, finished)
            throw CommandFailure.timedOut(seconds: timeout)
        }
        process.waitUntilExit()
        let output = (try? Data(contentsOf: URL(fileURLWithPath: outputFile.path))).map { [UInt8]($0) } ?? []
        let errors = (try? Data(contentsOf: URL(fileURLWithPath: errorFile.path))).map { String(decoding: $0, as: UTF8.self) } ?? ""
        return CommandResult(status: process.terminationStatus, output: output, errors: errors)
    }

    /// SIGTERM, then SIGKILL if the process has not gone within two seconds.
    private static func stop(_ process: Process, _ finished: DispatchSemaphore) {
        process.terminate()
        if finished.wait(timeout: .now() + 2) == .timedOut {
            kill(process.processIdentifier, SIGKILL)
            _ = finished.wait(timeout: .now() + 2)
        }
    }
}

/// A uniquely named file in the temporary directory, readable only by its owner, which the
/// caller removes (with `defer`) whatever happens.
struct TemporaryFile {
    let path: String

    /// Creates the file, empty or holding `contents`.
    init(suffix: String, contents: [UInt8] = []) throws {
        let directory = FileManager.default.temporaryDirectory.path
        path = directory + "/braudel-pdf-" + UUID().uuidString + suffix
        let created = FileManager.default.createFile(atPath: path, contents: Data(contents),
                                                     attributes: [.posixPermissions: 0o600])
        guard created else { throw CommandFailure.temporaryFile(reason: "cannot create \(path)") }
    }

    func remove() {
        unlink(path)
    }
}
