import BraudelNetworks
import CIgraph
import Foundation

/// A failed igraph call, named by the igraph function and its error code.
public struct AnalyticsError: Error, CustomStringConvertible, Sendable {
    public var operation: String
    public var code: Int

    public var description: String { "igraph \(operation) failed (igraph error \(code))" }
}

/// Serialises every use of igraph. Debian's build has no thread-local state
/// (`IGRAPH_THREAD_SAFE 0`) and its random generator is process-wide, so two analyses running
/// at once would corrupt each other's state and make seeded runs irreproducible.
enum Igraph {
    private static let lock = NSLock()

    /// Runs `body` alone, with igraph's aborting error handler replaced and its generator seeded.
    static func exclusive<T>(seed: UInt = 0, _ body: () throws -> T) throws -> T {
        lock.lock()
        defer { lock.unlock() }
        braudel_igraph_quiet()
        igraph_rng_seed(igraph_rng_default(), igraph_uint_t(seed))
        return try body()
    }

    /// Throws when an igraph call did not succeed.
    static func check(_ code: igraph_error_t, _ operation: String) throws {
        guard code == IGRAPH_SUCCESS else { throw AnalyticsError(operation: operation, code: Int(code.rawValue)) }
    }
}

/// A Braudel graph copied into igraph: vertex `i` is `graph.nodes[i]`, edge `j` the `j`th edge of
/// `graph.edges` whose ends are both nodes. Frees the igraph memory when released; use only
/// inside ``Igraph/exclusive(seed:_:)``.
final class IgraphNetwork {
    var graph = igraph_t()
    var weights = igraph_vector_t()
    let nodeCount: Int
    let edgeCount: Int
    /// Sum of edge weights (m in the modularity formula).
    let totalWeight: Double

    init(_ source: Graph, directed: Bool) throws {
        var numbers = [String: Int]()
        for (offset, node) in source.nodes.enumerated() where numbers[node.id] == nil { numbers[node.id] = offset }
        var ends = [igraph_integer_t]()
        var weightList = [igraph_real_t]()
        for edge in source.edges {
            guard let a = numbers[edge.source], let b = numbers[edge.target] else { continue }
            ends += [igraph_integer_t(a), igraph_integer_t(b)]
            weightList.append(edge.weight)
        }
        nodeCount = source.nodes.count
        edgeCount = weightList.count
        totalWeight = weightList.reduce(0, +)
        var endVector = igraph_vector_int_t()
        try Igraph.check(igraph_vector_int_init_array(&endVector, ends, igraph_integer_t(ends.count)), "vector_int_init_array")
        defer { igraph_vector_int_destroy(&endVector) }
        try Igraph.check(igraph_create(&graph, &endVector, igraph_integer_t(nodeCount), directed), "create")
        do {
            try Igraph.check(igraph_vector_init_array(&weights, weightList, igraph_integer_t(weightList.count)),
                             "vector_init_array")
        } catch {
            igraph_destroy(&graph)
            throw error
        }
    }

    deinit {
        igraph_vector_destroy(&weights)
        igraph_destroy(&graph)
    }

    /// The elements of an igraph real vector.
    static func values(_ vector: inout igraph_vector_t) -> [Double] {
        (0..<Int(igraph_vector_size(&vector))).map { igraph_vector_get(&vector, igraph_integer_t($0)) }
    }

    /// The elements of an igraph integer vector.
    static func values(_ vector: inout igraph_vector_int_t) -> [Int] {
        (0..<Int(igraph_vector_int_size(&vector))).map { Int(igraph_vector_int_get(&vector, igraph_integer_t($0))) }
    }

    /// A fresh real vector, destroyed after `body`.
    static func withVector<T>(_ body: (inout igraph_vector_t) throws -> T) throws -> T {
        var vector = igraph_vector_t()
        try Igraph.check(igraph_vector_init(&vector, 0), "vector_init")
        defer { igraph_vector_destroy(&vector) }
        return try body(&vector)
    }

    /// A fresh integer vector, destroyed after `body`.
    static func withIntVector<T>(_ body: (inout igraph_vector_int_t) throws -> T) throws -> T {
        var vector = igraph_vector_int_t()
        try Igraph.check(igraph_vector_int_init(&vector, 0), "vector_int_init")
        defer { igraph_vector_int_destroy(&vector) }
        return try body(&vector)
    }
}
