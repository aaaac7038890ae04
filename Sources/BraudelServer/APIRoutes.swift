import BraudelAnalytics
import BraudelConcepts
import BraudelIndex
import BraudelMeasures
import BraudelReports
import Foundation
import Hummingbird

/// The JSON API: each endpoint prints what the matching command prints with `--format json`,
/// through the same ``CommandQueries``, ``NetworkRequest`` and records; parameters are named as
/// the command's options (`/api/cooc?concept=core&sort=npmi&min-count=2`).
struct APIRoutes: Sendable {
    let connections: IndexConnections
    let lexicon: Lexicon

    func register(on router: Router<BasicRequestContext>) {
        route(router, "stats") { p, index in
            p.flag("citations") ? RecordOutput.render(try index.citationStatsByDocument().map(DocumentCitationRow.init), as: .json)
                : JSONOutput.string(try index.stats()) + "\n"
        }
        route(router, "search") { p, index in
            let rows = try queries(index).search(try p.required("q"), expand: p.flag("expand"),
                                                 limit: try p.int("limit", 50, 0...maximumCount))
            return RecordOutput.render(rows, as: .json)
        }
        route(router, "kwic") { p, index in
            let rows = try queries(index).kwic(try p.required("q"), width: try p.int("width", 40, 1...1000),
                                               limit: try p.int("limit", 100, 0...maximumCount), expand: p.flag("expand"))
            return RecordOutput.render(rows, as: .json)
        }
        route(router, "concepts", scoped: true) { p, index in
            RecordOutput.render(try queries(index).concepts(top: try p.optionalInt("top", 0...maximumCount), all: p.flag("all")),
                                as: .json)
        }
        route(router, "cooc", scoped: true) { p, index in try cooc(p, index) }
        route(router, "cites") { p, index in
            let top = try p.int("top", 20, 1...maximumCount)
            guard let concept = p.string("concept") else { return RecordOutput.render(try CommandQueries.cites(index, top: top), as: .json) }
            return RecordOutput.render(try queries(index).cites(concept: concept, expand: p.flag("expand"), top: top), as: .json)
        }
        route(router, "trends", scoped: true) { p, index in
            let names = p.strings("concept")
            guard !names.isEmpty else { throw APIError.badRequest("name at least one concept") }
            return RecordOutput.render(try queries(index).trends(names).rows, as: .json)
        }
        route(router, "graph/{kind}") { p, index in try graph(p, index) }
        route(router, "clusters/{kind}") { p, index in try clusters(p, index) }
        route(router, "documents") { _, index in RecordOutput.render(try index.documents().map(DocumentRow.init), as: .json) }
        route(router, "document") { p, index in
            let path = try p.required("path")
            let sentence = try p.optionalInt("sentence", 0...Int(Int32.max))
            guard let detail = try index.documentDetail(path: Self.storedPath(path), sentence: sentence) else {
                throw APIError.notFound("\(path): no such document in the index")
            }
            return JSONOutput.string(DocumentRecord(detail)) + "\n"
        }
        route(router, "work") { p, index in
            let key = try p.required("key")
            guard let detail = try index.workDetail(key: key, limit: try p.int("limit", 200, 0...maximumCount),
                                                    top: try p.int("top", 20, 0...maximumCount)) else {
                throw APIError.notFound("\(key): no such work in the index")
            }
            return JSONOutput.string(WorkRecord(detail)) + "\n"
        }
        // The lexicon alone answers: a concept's page works before any index exists.
        respond(router, "concept") { p in
            let concept = try ConceptResolver(lexicon: lexicon).resolve(try p.required("name"))
            return JSONOutput.string(ConceptRecord(concept, in: lexicon)) + "\n"
        }
    }

    private func queries(_ index: CorpusIndex) -> CommandQueries { CommandQueries(index: index, lexicon: lexicon) }

    /// `cooc`: the CLI's checks, then its query.
    private func cooc(_ p: APIParameters, _ index: CorpusIndex) throws -> String {
        let window = try p.optionalInt("window", 1...10_000)
        var unit = try p.choice("unit", CooccurrenceUnit.self)
        if window != nil {
            guard unit == nil || unit == .window else { throw APIError.badRequest("--window cannot be combined with --unit \(unit!.rawValue)") }
            unit = .window
        } else if unit == .window {
            throw APIError.badRequest("--unit window needs --window K")
        }
        let byYear = p.string("by") == "year"
        if let by = p.string("by"), by != "year" { throw APIError.badRequest("--by: '\(by)' is not one of year") }
        let query = CooccurrenceQuery(unit: unit ?? .sentence, minCount: try p.int("min-count", 1, 0...Int(Int32.max)),
                                      concept: p.string("concept"), byYear: byYear,
                                      ranking: try p.choice("sort", AssociationRanking.self) ?? .count,
                                      top: try p.int("top", 20, 0...maximumCount), window: window ?? 5)
        let pairs = try queries(index).cooccurrence(query)
        return byYear ? RecordOutput.render(pairs.map(YearPairRow.init), as: .json) : RecordOutput.render(pairs.map(PairRow.init), as: .json)
    }

    /// `graph KIND --format json`, with the map's usual `layout=fr`.
    private func graph(_ p: APIParameters, _ index: CorpusIndex, kind name: String) throws -> String {
        let layout: LayoutMethod? = switch p.string("layout") {
        case nil, "none": nil
        case "fr": .fruchtermanReingold
        case "drl": .drl
        case let other?: throw APIError.badRequest("--layout: '\(other)' is not one of fr, drl, none")
        }
        let seed = try p.int("seed", 1, 0...Int(Int32.max))
        let request = try network(p, kind: name, analysis: NetworkAnalysis(layout: layout, centrality: p.flag("centrality"), seed: UInt(seed)))
        return GraphFormat.json.files(try request.graph(index), output: nil).map(\.text).joined()
    }

    /// `/api/clusters/KIND`: what `clusters KIND --format json` prints.
    private func clusters(_ p: APIParameters, _ index: CorpusIndex) throws -> String {
        let name = p.captures["kind"] ?? ""
        // A network without clusters (citations) is refused by ClusterRequest itself (404).
        let network = try network(p, kind: name, analysis: NetworkAnalysis())
        let method = try p.choice("method", CommunityMethod.self) ?? .leiden
        let resolution = try p.string("resolution").map { text in
            guard let value = Double(text), value > 0 else { throw APIError.badRequest("--resolution: '\(text)' is not a positive number") }
            return value
        } ?? 1
        let seed = UInt(try p.int("seed", 1, 0...Int(Int32.max)))
        let request = ClusterRequest(network: network, options: CommunityOptions(method: method, resolution: resolution, seed: seed))
        return JSONOutput.string(try request.listing(index)) + "\n"
    }

    /// The network named by the path and its filters, as `graph` and `clusters` take them.
    private func network(_ p: APIParameters, kind name: String, analysis: NetworkAnalysis) throws -> NetworkRequest {
        guard let kind = NetworkKind(rawValue: name) else {
            throw APIError.notFound("unknown network '\(name)'; one of \(NetworkKind.allCases.map(\.rawValue).joined(separator: ", "))")
        }
        let normalization = try p.choice("normalize", Normalization.self)
        if normalization != nil, !kind.isSimilarity {
            throw APIError.badRequest("--normalize applies to cocitation, coupling, authors and concepts, not \(kind.rawValue)")
        }
        let unit = try p.choice("unit", CocitationUnit.self)
        if unit != nil, kind != .cocitation { throw APIError.badRequest("--unit applies to cocitation, not \(kind.rawValue)") }
        let years = try p.string("year").map { text in
            guard let range = YearFilter(argument: text) else { throw APIError.badRequest("--year: '\(text)' is not a year range (A..B, A.., ..B or A)") }
            return range.range
        }
        let concept = try p.string("concept").map { try ConceptResolver(lexicon: lexicon).resolve($0).id }
        return NetworkRequest(kind: kind, scope: DocumentScope(years: years, concept: concept),
                              minWeight: try p.int("min-weight", 1, 0...Int(Int32.max)),
                              top: try p.optionalInt("top", 0...maximumCount), normalization: normalization, unit: unit ?? .document,
                              analysis: analysis)
    }

    private func graph(_ p: APIParameters, _ index: CorpusIndex) throws -> String {
        try graph(p, index, kind: p.captures["kind"] ?? "")
    }

    /// A path as listed (relative to the working folder, as `displayPath` shows it) back to the
    /// absolute path the index stores.
    static func storedPath(_ path: String) -> String {
        path.hasPrefix("/") ? path : FileManager.default.currentDirectoryPath + "/" + path
    }

    /// One GET endpoint under /api/: parameters parsed, the query run on a pooled read-only
    /// connection, failures turned into a JSON error with a fitting status. A `scoped`
    /// endpoint takes `include-names` and `lang` as its command takes `--include-names` and `--lang`.
    private func route(_ router: Router<BasicRequestContext>, _ path: String, scoped: Bool = false,
                       _ body: @escaping @Sendable (APIParameters, CorpusIndex) throws -> String) {
        let connections = self.connections
        respond(router, path) { parameters in
            let scope = scoped ? try parameters.mentionScope() : nil
            return try await connections.with(scope: scope) { index in try body(parameters, index) }
        }
    }

    /// One GET endpoint under /api/ whose answer `body` computes from the parameters; failures
    /// become a JSON error with a fitting status.
    private func respond(_ router: Router<BasicRequestContext>, _ path: String,
                         _ body: @escaping @Sendable (APIParameters) async throws -> String) {
        router.get(RouterPath("/api/" + path)) { request, context -> Response in
            var parameters = APIParameters(request)
            if let kind = context.parameters.get("kind") { parameters.captures["kind"] = kind }
            do {
                return Responses.json(try await body(parameters))
            } catch {
                let (status, message) = Self.failure(error)
                return Responses.json(JSONOutput.string(["error": message]) + "\n", status: status)
            }
        }
    }

    /// The HTTP status and the one line the CLI would print after `braudel: error:`.
    static func failure(_ error: any Error) -> (HTTPResponse.Status, String) {
        switch error {
        case let error as APIError: return (error.status, error.message)
        case let error as ConceptNameError: return (.badRequest, error.description)
        case let error as AnalyticsError: return (.internalServerError, error.description)
        case let error as ClusterRequestError: return (.notFound, error.description)
        case let error as IndexError:
            switch error {
            case .badQuery: return (.badRequest, error.description)
            case .timedOut: return (.gatewayTimeout, error.description)
            case .missing, .notAnIndex, .newerSchema, .cannotOpen, .corrupt: return (.serviceUnavailable, error.description)
            default: return (.internalServerError, error.description)
            }
        default: return (.internalServerError, "\(error)")
        }
    }
}
