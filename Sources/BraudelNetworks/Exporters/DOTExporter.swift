/// Graphviz DOT. Ids and labels are always quoted and escaped; edge weight is passed as
/// `weight` and drawn as `penwidth` scaled from 1 to 5 by the edge's share of the heaviest weight.
public struct DOTExporter: GraphExporter {
    public init() {}

    public var fileExtension: String { "dot" }

    public func export(_ graph: Graph) -> String {
        let arrow = graph.directed ? "->" : "--"
        let heaviest = graph.edges.map(\.weight).filter(\.isFinite).max() ?? 0
        var out = graph.directed ? "digraph braudel {\n" : "graph braudel {\n"
        for node in graph.nodes {
            var attributes = ["label=\(Self.quote(node.label))", "type=\(Self.quote(node.type))"]
            for name in node.attributes.keys.sorted() where name != "label" && name != "type" {
                attributes.append("\(Self.quote(name))=\(Self.quote(node.attributes[name]?.text ?? ""))")
            }
            out += "  \(Self.quote(node.id)) [\(attributes.joined(separator: ", "))];\n"
        }
        for edge in graph.edges {
            var attributes = [String]()
            if let weight = NumberText.format(edge.weight) {
                attributes.append("weight=\(weight)")
                let share = heaviest > 0 ? max(0, edge.weight) / heaviest : 0
                attributes.append("penwidth=\(NumberText.format(((1 + 4 * share) * 100).rounded() / 100) ?? "1")")
            }
            for name in edge.attributes.keys.sorted() where name != "weight" && name != "penwidth" {
                guard let value = edge.attributes[name].flatMap(NumberText.format) else { continue }
                attributes.append("\(Self.quote(name))=\(value)")
            }
            out += "  \(Self.quote(edge.source)) \(arrow) \(Self.quote(edge.target))"
            out += attributes.isEmpty ? ";\n" : " [\(attributes.joined(separator: ", "))];\n"
        }
        return out + "}\n"
    }

    /// A DOT double-quoted string: backslashes and quotes escaped, line breaks as `\n`.
    static func quote(_ text: String) -> String {
        var out = "\""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\\": out += "\\\\"
            case "\"": out += "\\\""
            case "\n": out += "\\n"
            case "\r": continue
            default: out.unicodeScalars.append(scalar)
            }
        }
        return out + "\""
    }
}
