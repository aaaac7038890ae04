import BraudelReports
import Foundation
import Hummingbird

/// A request's query parameters, named as the CLI's options (`min-weight` for `--min-weight`)
/// and checked against the same ranges, so a bad value is the same one-line message.
struct APIParameters {
    let query: [String: [String]]
    /// Values taken from the path (`/api/graph/{kind}`).
    var captures = [String: String]()

    /// Decodes the query as browsers encode forms (`+` for a space, as `URLSearchParams`
    /// writes it, and percent escapes), which Hummingbird's own decoding leaves half done.
    init(_ request: Request) {
        var query = [String: [String]]()
        for pair in (request.uri.query ?? "").split(separator: "&") {
            let parts = pair.split(separator: "=", maxSplits: 1, omittingEmptySubsequences: false).map {
                $0.replacingOccurrences(of: "+", with: " ").removingPercentEncoding ?? String($0)
            }
            query[parts[0], default: []].append(parts.count > 1 ? parts[1] : "")
        }
        self.query = query
    }

    /// The last value given for `name`, nil when absent or empty.
    func string(_ name: String) -> String? {
        query[name]?.last.flatMap { $0.isEmpty ? nil : $0 }
    }

    /// Every non-empty value given for `name` (repeated parameters: `?concept=a&concept=b`).
    func strings(_ name: String) -> [String] { (query[name] ?? []).filter { !$0.isEmpty } }

    /// A required value: its absence is a bad request naming the parameter.
    func required(_ name: String) throws -> String {
        guard let value = string(name) else { throw APIError.badRequest("missing parameter '\(name)'") }
        return value
    }

    /// An integer within `range`; `fallback` when absent.
    func int(_ name: String, _ fallback: Int, _ range: ClosedRange<Int>) throws -> Int {
        try optionalInt(name, range) ?? fallback
    }

    /// An integer within `range`, or nil when absent.
    func optionalInt(_ name: String, _ range: ClosedRange<Int>) throws -> Int? {
        guard let text = string(name) else { return nil }
        guard let value = Int(text) else { throw APIError.badRequest("--\(name) must be an integer (got '\(text)')") }
        guard range.contains(value) else {
            let upper = range.upperBound == Int.max ? "" : " and \(range.upperBound)"
            let bounds = upper.isEmpty ? "at least \(range.lowerBound)" : "between \(range.lowerBound)\(upper)"
            throw APIError.badRequest("--\(name) must be \(bounds) (got \(value))")
        }
        return value
    }

    /// A flag: present without a value, or `true`/`1`.
    func flag(_ name: String) -> Bool {
        guard let values = query[name], let last = values.last else { return false }
        return last.isEmpty || last == "true" || last == "1"
    }

    /// `include-names` and `lang`, checked as the CLI checks `--lang`; nil when neither is given.
    func mentionScope() throws -> MentionScope? {
        let language = string("lang")?.lowercased()
        if let language, let problem = LanguageCode.problem(language) { throw APIError.badRequest(problem) }
        let includeNames = flag("include-names")
        return includeNames || language != nil ? MentionScope(includeNames: includeNames, language: language) : nil
    }

    /// A value of an enumeration of the CLI's choices.
    func choice<Choice: RawRepresentable & CaseIterable>(_ name: String, _ type: Choice.Type) throws -> Choice?
    where Choice.RawValue == String {
        guard let text = string(name) else { return nil }
        guard let value = Choice(rawValue: text.lowercased()) else {
            let allowed = Choice.allCases.map(\.rawValue).joined(separator: ", ")
            throw APIError.badRequest("--\(name): '\(text)' is not one of \(allowed)")
        }
        return value
    }
}

/// The largest count any `top`/`limit` may ask for (as the CLI's).
let maximumCount = 100_000_000

/// A request the API refuses, with its HTTP status and one line saying why.
struct APIError: Error {
    let status: HTTPResponse.Status
    let message: String

    static func badRequest(_ message: String) -> APIError { APIError(status: .badRequest, message: message) }
    static func notFound(_ message: String) -> APIError { APIError(status: .notFound, message: message) }
}
