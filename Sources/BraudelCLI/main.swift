import ArgumentParser
import Foundation
import BraudelReports

// Exit codes: 0 success, 1 failure, 2 usage error (ArgumentParser's own 64 is mapped to 2).
// Every error is one line on stderr starting `braudel: error:`.
let arguments = Array(CommandLine.arguments.dropFirst())
if CommandLineArguments.namesNoCommand(arguments) {
    FileHandle.standardError.write(Data(CommandLineArguments.shortUsage.utf8))
    exit(2)
}
if let unknown = CommandLineArguments.unknownSubcommand(in: arguments) {
    let suggestions = EditDistance.nearest(to: unknown.word, in: unknown.candidates)
    let hint = suggestions.isEmpty ? "" : "; did you mean '\(suggestions[0])'?"
    failAndExit("unknown command '\(unknown.word)'\(hint) (see `\(unknown.help) --help`)", code: 2)
}
do {
    var command = try Braudel.parseAsRoot(CommandLineArguments.hoistingCommonOptions(arguments))
    try command.run()
} catch let code as ExitCode {
    // The command has already said why on stderr.
    exit(code.rawValue)
} catch let failure as CommandFailure {
    failAndExit(failure.message, code: 1)
} catch let error as ConceptNameError {
    failAndExit(error.description, code: 1)
} catch {
    let code = Braudel.exitCode(for: error)
    if code == .success { Braudel.exit(withError: error) }   // --help, --version
    let message = Braudel.message(for: error)
    failAndExit(message.isEmpty ? "\(error)" : message, code: code == .validationFailure ? 2 : 1)
}

/// Writes `braudel: error: MESSAGE` on stderr and exits.
func failAndExit(_ message: String, code: Int32) -> Never {
    // One line: ArgumentParser lists allowed values on lines of their own.
    let flat = message.replacingOccurrences(of: ":\n  - ", with: ": ").replacingOccurrences(of: "\n  - ", with: ", ")
        .replacingOccurrences(of: "\n", with: " ")
    let line = flat.hasPrefix("Error: ") ? String(flat.dropFirst("Error: ".count)) : flat
    FileHandle.standardError.write(Data("braudel: error: \(line)\n".utf8))
    exit(code)
}
