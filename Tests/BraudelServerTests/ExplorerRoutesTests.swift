import BraudelConcepts
import Foundation
import GRDB
import Hummingbird
import HummingbirdTesting
import Testing
@testable import BraudelServer

/// The server's own behaviour, through its router without a socket: refusals and their status,
/// the page for any view path, the headers that keep corpus text inert. What each endpoint
/// answers on a real index is compared with the CLI by the browser suite (Tests/Browser).
@Suite struct ExplorerRoutesTests {
    static let lexiconPath = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .appendingPathComponent("../../lexicons/world-systems.yaml").standardized.path

    /// Runs `body` against the routes of a server over `indexPath`.
    func withRoutes(indexPath: String, _ body: @escaping @Sendable (any TestClientProtocol) async throws -> Void) async throws {
        let lexicon = try LexiconLoader.load(path: Self.lexiconPath)
        let server = ExplorerServer(indexPath: indexPath, lexicon: lexicon, host: "127.0.0.1", port: 0, timeout: 5)
        try await Application(router: server.router()).test(.router, body)
    }

    func error(_ response: TestResponse) throws -> String {
        let object = try JSONSerialization.jsonObject(with: Data(buffer: response.body)) as? [String: String]
        return object?["error"] ?? ""
    }

    @Test func aMissingIndexIsUnavailableAndSaysWhichFile() async throws {
        let path = NSTemporaryDirectory() + "braudel-missing-\(UUID().uuidString).sqlite"
        try await withRoutes(indexPath: path) { client in
            let response = try await client.execute(uri: "/api/stats", method: .get)
            #expect(response.status == .serviceUnavailable)
            #expect(try error(response).contains(path))
            #expect(response.headers[.contentType]?.hasPrefix("application/json") == true)
        }
        #expect(!FileManager.default.fileExists(atPath: path), "a query never creates the index")
    }

    @Test func anotherProgramsDatabaseIsRefusedAndLeftAsItWas() async throws {
        let path = NSTemporaryDirectory() + "braudel-foreign-\(UUID().uuidString).sqlite"
        defer { try? FileManager.default.removeItem(atPath: path) }
        try Self.createForeignDatabase(at: path)
        let before = try Data(contentsOf: URL(fileURLWithPath: path))
        try await withRoutes(indexPath: path) { client in
            let response = try await client.execute(uri: "/api/concepts", method: .get)
            #expect(response.status == .serviceUnavailable)
        }
        #expect(try Data(contentsOf: URL(fileURLWithPath: path)) == before)
    }

    /// Another program's SQLite file (synchronous GRDB, outside the async test body).
    static func createForeignDatabase(at path: String) throws {
        let queue = try DatabaseQueue(path: path)
        try queue.inDatabase { try $0.execute(sql: "CREATE TABLE notes(text); INSERT INTO notes VALUES ('mine')") }
        try queue.close()
    }

    @Test func badParametersAreRefusedWithTheCLIsLine() async throws {
        try await withRoutes(indexPath: "/nonexistent/braudel.sqlite") { client in
            let lang = try await client.execute(uri: "/api/trends?concept=core&lang=french!", method: .get)
            #expect(lang.status == .badRequest)
            #expect(try error(lang) == "--lang takes a language code of two or three letters (en, fr, es, pt, de), got 'french!'")
            let concept = try await client.execute(uri: "/api/concept?name=semiperiphary", method: .get)
            #expect(concept.status == .badRequest)
            #expect(try error(concept).contains("did you mean"))
            let unknown = try await client.execute(uri: "/api/nothing", method: .get)
            #expect(unknown.status == .notFound)
        }
    }

    @Test func aConceptIsAnsweredFromTheLexiconAlone() async throws {
        try await withRoutes(indexPath: "/nonexistent/braudel.sqlite") { client in
            // Form encoding as browsers write it: "+" for a space.
            let response = try await client.execute(uri: "/api/concept?name=semi+periphery", method: .get)
            #expect(response.status == .ok)
            let object = try JSONSerialization.jsonObject(with: Data(buffer: response.body)) as? [String: Any]
            #expect(object?["concept"] as? String == "semiperiphery")
        }
    }

    @Test func everyViewPathIsThePageWithHeadersThatKeepTextInert() async throws {
        try await withRoutes(indexPath: "/nonexistent/braudel.sqlite") { client in
            for path in ["/", "/search?q=core", "/concept?name=hegemony"] {
                let response = try await client.execute(uri: path, method: .get)
                #expect(response.status == .ok)
                #expect(response.headers[.contentType] == "text/html; charset=utf-8")
                #expect(response.headers[.contentSecurityPolicy]?.contains("script-src 'self'") == true)
                #expect(response.headers[.xContentTypeOptions] == "nosniff")
            }
            let missing = try await client.execute(uri: "/static/nothing.js", method: .get)
            #expect(missing.status == .notFound)
        }
    }
}
