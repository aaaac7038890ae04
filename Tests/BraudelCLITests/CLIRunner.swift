import Foundation

/// Runs the built `braudel` binary, which sits beside the test bundle in the build folder.
struct CLIRunner {
    struct Result {
        var status: Int32
        var stdout: String
        var stderr: String
    }

    static let repository = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .deletingLastPathComponent().deletingLastPathComponent()
    static let corpus = repository.appendingPathComponent("corpus")
    static let lexicon = repository.appendingPathComponent("lexicons/world-systems.yaml")

    static var binary: URL {
        let folder = Bundle.main.bundleURL.deletingLastPathComponent()
        for candidate in [folder.appendingPathComponent("braudel"), Bundle.main.bundleURL.appendingPathComponent("braudel")]
        where FileManager.default.isExecutableFile(atPath: candidate.path) {
            return candidate
        }
        return folder.appendingPathComponent("braudel")
    }

    /// Runs `braudel args…` in `directory` with the repository's lexicon.
    static func run(_ arguments: [String], in directory: URL) throws -> Result {
        let process = Process()
        process.executableURL = binary
        process.arguments = arguments
        process.currentDirectoryURL = directory
        var environment = ProcessInfo.processInfo.environment
        environment["BRAUDEL_LEXICON"] = lexicon.path
        process.environment = environment
        let out = Pipe(), err = Pipe()
        process.standardOutput = out
        process.standardError = err
        try process.run()
        let outData = out.fileHandleForReading.readDataToEndOfFile()
        let errData = err.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return Result(status: process.terminationStatus, stdout: String(decoding: outData, as: UTF8.self),
                      stderr: String(decoding: errData, as: UTF8.self))
    }

    /// A fresh temporary folder holding a copy of the corpus (without gold files).
    static func scratchCopyOfCorpus() throws -> URL {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("braudel-cli-\(UUID().uuidString)")
        let copy = folder.appendingPathComponent("corpus")
        try FileManager.default.createDirectory(at: copy, withIntermediateDirectories: true)
        for name in corpusFiles {
            try FileManager.default.copyItem(at: corpus.appendingPathComponent(name), to: copy.appendingPathComponent(name))
        }
        return folder
    }

    /// A scratch copy of the corpus, indexed into its `braudel.sqlite`.
    static func indexedScratchCorpus() throws -> URL {
        let folder = try scratchCopyOfCorpus()
        let indexed = try run(["index", "corpus"], in: folder)
        guard indexed.status == 0 else { throw IndexingFailed(stderr: indexed.stderr) }
        return folder
    }

    struct IndexingFailed: Error {
        var stderr: String
    }

    /// Files of the corpus that Braudel reads.
    static var corpusFiles: [String] {
        ((try? FileManager.default.contentsOfDirectory(atPath: corpus.path)) ?? [])
            .filter { ["txt", "md", "html"].contains(URL(fileURLWithPath: $0).pathExtension) }.sorted()
    }
}
