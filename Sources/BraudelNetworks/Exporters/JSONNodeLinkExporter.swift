import Foundation

/// Node-link JSON as networkx writes it and reads it back with
/// `nx.node_link_graph(data, edges="links")` (also d3's force layout input):
/// `{"directed", "multigraph", "graph", "nodes": [{"id", "label", "type", …}],
/// "links": [{"source", "target", "weight", …}]}`. Node attributes become extra node keys,
/// edge measures extra link keys.
public struct JSONNodeLinkExporter: GraphExporter {
    public init() {}

    public var fileExtension: String { "json" }

    public func export(_ graph: Graph) -> String {
        var root: [String: Any] = [
            "directed": graph.directed,
            "multigraph": false,
            "graph": [String: Any](),
        ]
        root["nodes"] = graph.nodes.map { node -> [String: Any] in
            var object: [String: Any] = node.attributes.mapValues { value -> Any in
                switch value {
                case .integer(let number): number
                case .double(let number): number.isFinite ? number : NSNull()
                case .string(let text): text
                }
            }
            object["id"] = node.id
            object["label"] = node.label
            object["type"] = node.type
            return object
        }
        root["links"] = graph.edges.map { edge -> [String: Any] in
            var object: [String: Any] = [:]
            for (name, value) in edge.attributes { object[name] = Self.number(value) }
            object["source"] = edge.source
            object["target"] = edge.target
            object["weight"] = Self.number(edge.weight)
            return object
        }
        // Sorted keys make the output stable for diffs and tests; all values are JSON-safe.
        let data = (try? JSONSerialization.data(withJSONObject: root, options: [.sortedKeys, .withoutEscapingSlashes]))
            ?? Data("{}".utf8)
        return String(decoding: data, as: UTF8.self) + "\n"
    }

    /// Integral weights as integers, others as doubles; non-finite values (not JSON) as null.
    private static func number(_ value: Double) -> Any {
        guard value.isFinite else { return NSNull() }
        if value == value.rounded(), abs(value) < 1e15 { return Int64(value) }
        return value
    }
}
