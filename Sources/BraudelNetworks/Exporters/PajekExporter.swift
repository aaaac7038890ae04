/// Pajek `.net`, read by Pajek, igraph, networkx and VOSviewer. Vertices are numbered from 1 in
/// node order with their quoted label; edges follow as `*Arcs` (directed) or `*Edges` with their
/// weight. Pajek has no escape for quotes, so inner double quotes become single quotes and line
/// breaks spaces. Many readers (networkx among them) key vertices by label, so a label that
/// repeats an earlier one gets its node id appended to stay distinct.
public struct PajekExporter: GraphExporter {
    public init() {}

    public var fileExtension: String { "net" }

    public func export(_ graph: Graph) -> String {
        var numbers = [String: Int]()
        var used = Set<String>()
        var out = "*Vertices \(graph.nodes.count)\r\n"
        for (offset, node) in graph.nodes.enumerated() where numbers[node.id] == nil {
            numbers[node.id] = offset + 1
            var label = Self.clean(node.label.isEmpty ? node.id : node.label)
            if !used.insert(label).inserted {
                label = Self.clean("\(label) [\(node.id)]")
                used.insert(label)
            }
            out += "\(offset + 1) \"\(label)\"\r\n"
        }
        out += graph.directed ? "*Arcs\r\n" : "*Edges\r\n"
        for edge in graph.edges {
            guard let source = numbers[edge.source], let target = numbers[edge.target] else { continue }
            out += "\(source) \(target) \(NumberText.format(edge.weight) ?? "1")\r\n"
        }
        return out
    }

    /// A label safe between Pajek's double quotes, on one line.
    static func clean(_ text: String) -> String {
        var out = ""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\"": out += "'"
            case "\n", "\r", "\t": out += " "
            default: if scalar.value >= 0x20 { out.unicodeScalars.append(scalar) }
            }
        }
        return out
    }

    /// A Pajek partition (`.clu`) from an integer attribute, vertices in `.net` order; Pajek
    /// numbers classes from 1, so values are shifted by one, and a node without one gets 0.
    public func partition(_ graph: Graph, attribute: String = "cluster") -> String {
        var out = "*Vertices \(graph.nodes.count)\r\n"
        for node in graph.nodes {
            out += "\(node.attributes[attribute]?.number.map { Int($0) + 1 } ?? 0)\r\n"
        }
        return out
    }

    /// A Pajek vector (`.vec`) from a numeric attribute, vertices in `.net` order (0 when absent).
    public func vector(_ graph: Graph, attribute: String) -> String {
        var out = "*Vertices \(graph.nodes.count)\r\n"
        for node in graph.nodes {
            out += "\(node.attributes[attribute]?.number.flatMap(NumberText.format) ?? "0")\r\n"
        }
        return out
    }
}
