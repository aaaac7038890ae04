import BraudelConcepts
import BraudelIndex
import BraudelReports
import Foundation
import Hummingbird
import Logging

/// `braudel serve`: the JSON API under /api/ and the explorer's pages, over one index opened
/// read-only (it may be re-indexed meanwhile: each request sees the last committed state).
public struct ExplorerServer: Sendable {
    public let indexPath: String
    public let lexicon: Lexicon
    public let host: String
    public let port: Int
    /// Longest one query may run, in seconds (nil: no limit).
    public let timeout: Double?

    public init(indexPath: String, lexicon: Lexicon, host: String, port: Int, timeout: Double?) {
        self.indexPath = indexPath
        self.lexicon = lexicon
        self.host = host
        self.port = port
        self.timeout = timeout
    }

    /// Serves until the process is stopped; `ready` gets the URL once the socket listens (with
    /// port 0, the port the system chose).
    public func run(ready: @escaping @Sendable (String) -> Void) async throws {
        var logger = Logger(label: "braudel-serve")
        logger.logLevel = .warning
        let host = self.host
        let app = Application(router: router(), configuration: .init(address: .hostname(host, port: port), serverName: "braudel"),
                              onServerRunning: { channel in
                                  let port = channel.localAddress?.port ?? 0
                                  ready("http://\(host.contains(":") ? "[\(host)]" : host):\(port)/")
                              }, logger: logger)
        try await app.runService()
    }

    /// Every route: the API, the static assets and the explorer's page for any other path.
    func router() -> Router<BasicRequestContext> {
        let router = Router()
        router.add(middleware: SecurityHeaders())
        APIRoutes(connections: IndexConnections(path: indexPath, timeout: timeout), lexicon: lexicon).register(on: router)
        router.get("/api/**") { _, _ in
            Responses.json(JSONOutput.string(["error": "no such API endpoint"]) + "\n", status: .notFound)
        }
        router.get("/static/{name}") { _, context -> Response in
            guard let name = context.parameters.get("name"), let asset = StaticAssets.byName[name] else {
                return Responses.text("not found\n", status: .notFound)
            }
            return Response(status: .ok, headers: [.contentType: asset.type, .cacheControl: "no-cache"],
                            body: .init(byteBuffer: ByteBuffer(string: asset.text)))
        }
        // Every other path is a view of the single-page explorer (/search?q=…, /concept?name=…).
        router.get("/**") { _, _ in Responses.page() }
        router.get("/") { _, _ in Responses.page() }
        return router
    }
}

/// Response helpers: JSON, text and the explorer page.
enum Responses {
    static func json(_ text: String, status: HTTPResponse.Status = .ok) -> Response {
        Response(status: status, headers: [.contentType: "application/json; charset=utf-8", .cacheControl: "no-store"],
                 body: .init(byteBuffer: ByteBuffer(string: text)))
    }

    static func text(_ text: String, status: HTTPResponse.Status) -> Response {
        Response(status: status, headers: [.contentType: "text/plain; charset=utf-8"], body: .init(byteBuffer: ByteBuffer(string: text)))
    }

    static func page() -> Response {
        Response(status: .ok, headers: [.contentType: "text/html; charset=utf-8", .cacheControl: "no-cache"],
                 body: .init(byteBuffer: ByteBuffer(string: StaticAssets.indexHTML)))
    }
}

/// Headers that keep corpus text inert even if a value ever escaped the page's own escaping:
/// scripts only from this server, no inline script, no framing, no MIME sniffing.
struct SecurityHeaders<Context: RequestContext>: RouterMiddleware {
    func handle(_ request: Request, context: Context, next: (Request, Context) async throws -> Response) async throws -> Response {
        var response = try await next(request, context)
        response.headers[.contentSecurityPolicy] = "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; object-src 'none'; frame-ancestors 'none'; base-uri 'none'"
        response.headers[.xContentTypeOptions] = "nosniff"
        return response
    }
}
