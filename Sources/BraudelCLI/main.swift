import ArgumentParser
import Foundation

// Exit codes of DESIGN.md: 0 success, 1 failure (one line on stderr), 2 usage error.
// ArgumentParser's own usage code (64) is mapped to 2.
do {
    var command = try Braudel.parseAsRoot()
    try command.run()
} catch let code as ExitCode {
    // The command has already said why on stderr.
    exit(code.rawValue)
} catch let failure as CommandFailure {
    FileHandle.standardError.write(Data("braudel: \(failure.message)\n".utf8))
    exit(1)
} catch {
    let code = Braudel.exitCode(for: error)
    if code == .success {
        Braudel.exit(withError: error)
    } else if code == .validationFailure {
        FileHandle.standardError.write(Data((Braudel.fullMessage(for: error) + "\n").utf8))
        exit(2)
    } else {
        let message = Braudel.message(for: error)
        FileHandle.standardError.write(Data("braudel: \(message.isEmpty ? "\(error)" : message)\n".utf8))
        exit(code == .failure ? 1 : code.rawValue)
    }
}
