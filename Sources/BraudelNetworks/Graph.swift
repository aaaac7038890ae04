/// A network ready for export: nodes with a display label and a type, weighted edges.
/// Built by the builders from index query results; exporters only read it.
public struct Graph: Sendable, Hashable {
    public var nodes: [Node]
    public var edges: [Edge]
    /// Directed graphs export as `digraph` / `directed="true"`; edge order then matters.
    public var directed: Bool

    public init(nodes: [Node], edges: [Edge], directed: Bool) {
        self.nodes = nodes
        self.edges = edges
        self.directed = directed
    }

    /// Names of node attributes used by any node, sorted, so exporters declare each once.
    public var nodeAttributeNames: [String] {
        Set(nodes.flatMap { $0.attributes.keys }).sorted()
    }

    /// Names of edge attributes used by any edge, sorted.
    public var edgeAttributeNames: [String] {
        Set(edges.flatMap { $0.attributes.keys }).sorted()
    }
}

/// A node. `id` is unique within a graph; `type` tells node kinds apart ("document", "work",
/// "concept") in a mixed network.
public struct Node: Sendable, Hashable {
    public var id: String
    public var label: String
    public var type: String
    /// Descriptive extras and measures (a document's path, occurrences, cluster, x and y),
    /// exported with their type.
    public var attributes: [String: AttributeValue]

    public init(id: String, label: String, type: String, attributes: [String: AttributeValue] = [:]) {
        self.id = id
        self.label = label
        self.type = type
        self.attributes = attributes
    }
}

/// A typed node attribute: exporters declare integer, double or string columns from these.
public enum AttributeValue: Sendable, Hashable, CustomStringConvertible, ExpressibleByStringLiteral {
    case integer(Int)
    case double(Double)
    case string(String)

    public init(stringLiteral value: String) { self = .string(value) }

    /// The value as written in every format: integers plainly, doubles in their shortest
    /// round-trip form, nil for a non-finite double.
    public var text: String? {
        switch self {
        case .integer(let value): String(value)
        case .double(let value): NumberText.format(value)
        case .string(let value): value
        }
    }

    public var description: String { text ?? "" }

    /// The number held, nil for a string.
    public var number: Double? {
        switch self {
        case .integer(let value): Double(value)
        case .double(let value): value
        case .string: nil
        }
    }
}

/// The narrowest type holding every value of one attribute: integer, then double, then string.
public enum AttributeType: String, Sendable {
    case integer, double, string

    /// The type of an attribute across `nodes` (string when absent everywhere).
    static func of(_ name: String, in nodes: [Node]) -> AttributeType {
        var type = AttributeType.integer
        var seen = false
        for node in nodes {
            guard let value = node.attributes[name] else { continue }
            seen = true
            switch value {
            case .string: return .string
            case .double: type = .double
            case .integer: break
            }
        }
        return seen ? type : .string
    }
}

/// An edge from `source` to `target` (an unordered pair in an undirected graph).
public struct Edge: Sendable, Hashable {
    public var source: String
    public var target: String
    public var weight: Double
    /// Further numeric measures of the edge (e.g. "npmi"), exported as double attributes.
    public var attributes: [String: Double]

    public init(source: String, target: String, weight: Double, attributes: [String: Double] = [:]) {
        self.source = source
        self.target = target
        self.weight = weight
        self.attributes = attributes
    }
}

/// Collects nodes in order of first appearance, once each.
struct NodeCollector {
    private(set) var nodes: [Node] = []
    private var seen: Set<String> = []

    mutating func add(_ node: Node) {
        guard seen.insert(node.id).inserted else { return }
        nodes.append(node)
    }
}
