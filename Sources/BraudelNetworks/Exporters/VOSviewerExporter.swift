/// VOSviewer's two tab-separated files (VOSviewer manual, "Map file" and "Network file"): a map
/// file with a header row and one row per item (`id`, `label`, and `description` holding the node
/// type), and a network file of `id1 id2 weight` rows without a header. Ids are 1-based integers
/// in node order. VOSviewer treats every network as undirected; a directed graph's arcs are
/// written as they are. Tabs and line breaks inside labels become spaces.
public struct VOSviewerExporter: Sendable {
    public init() {}

    /// The map file: items with their labels.
    public func map(_ graph: Graph) -> String {
        var out = "id\tlabel\tdescription\n"
        for (offset, node) in graph.nodes.enumerated() {
            out += "\(offset + 1)\t\(Self.clean(node.label.isEmpty ? node.id : node.label))\t\(Self.clean(node.type))\n"
        }
        return out
    }

    /// The network file: weighted links between item ids of ``map(_:)``.
    public func network(_ graph: Graph) -> String {
        var numbers = [String: Int]()
        for (offset, node) in graph.nodes.enumerated() where numbers[node.id] == nil {
            numbers[node.id] = offset + 1
        }
        var out = ""
        for edge in graph.edges {
            guard let source = numbers[edge.source], let target = numbers[edge.target],
                  let weight = NumberText.format(edge.weight) else { continue }
            out += "\(source)\t\(target)\t\(weight)\n"
        }
        return out
    }

    static func clean(_ text: String) -> String {
        String(String.UnicodeScalarView(text.unicodeScalars.map {
            $0 == "\t" || $0 == "\n" || $0 == "\r" ? " " : $0
        }))
    }
}
