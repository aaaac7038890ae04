import ArgumentParser
import BraudelIndex
import BraudelServer
import Foundation

/// `braudel serve`: the browser explorer and the JSON API over one index.
struct ServeCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "serve",
        abstract: "Explore the index in a browser: overview, search, KWIC, documents, concepts, works and maps.",
        discussion: """
        Serves the explorer and a JSON API on http://127.0.0.1:8040/ (opens nothing; the URL is \
        printed). /api/search?q=…, /api/kwic?q=…, /api/concepts, /api/cooc?concept=…&sort=…, \
        /api/cites, /api/trends?concept=…, /api/stats, /api/graph/KIND?top=…&layout=fr return \
        exactly what the matching command prints with --format json, parameters named as its \
        options; /api/documents, /api/document?path=…, /api/work?key=… and /api/concept?name=… \
        serve the explorer's pages. The index is opened read-only: `braudel index` may update it \
        meanwhile, and each request sees the last committed state. Each query stops after \
        --timeout seconds. Only this machine can connect unless --host names another address.
        """)

    @Option(parsing: .unconditional, help: "TCP port (0: any free port).") var port: Int = 8040
    @Option(help: "Address to listen on; anything but loopback lets other machines read the corpus.")
    var host: String = "127.0.0.1"
    @OptionGroup var indexOptions: IndexOptions
    @OptionGroup var lexicon: LexiconOptions

    func validate() throws {
        try checkRange(port, "--port", 0...65535)
    }

    func run() throws {
        let lexicon = try self.lexicon.load()
        if !["127.0.0.1", "localhost", "::1"].contains(host) {
            Printer.warn("listening on \(host): other machines can read this corpus through the explorer")
        }
        do {
            let index = try CorpusIndex(path: indexOptions.index, access: .readOnly)
            warnOnLexiconMismatch(index, lexicon, indexPath: indexOptions.index)
        } catch let error as IndexError {
            Printer.warn("\(error.description); the explorer says so until the index is there")
        }
        let server = ExplorerServer(indexPath: indexOptions.index, lexicon: lexicon, host: host, port: port,
                                    timeout: indexOptions.timeout > 0 ? indexOptions.timeout : nil)
        let finished = DispatchSemaphore(value: 0)
        let outcome = ServeOutcome()
        Task {
            do {
                try await server.run { url in Printer.write("braudel: serving \(indexOptions.index) on \(url)\n") }
            } catch {
                outcome.failure = "\(error)"
            }
            finished.signal()
        }
        finished.wait()
        if let failure = outcome.failure { throw CommandFailure("cannot serve on \(host):\(port): \(failure)") }
    }
}

/// How the server ended, handed from its task to the waiting command.
private final class ServeOutcome: @unchecked Sendable {
    var failure: String?
}
