/// VOSviewer's two tab-separated files (VOSviewer manual, "Map file" and "Network file"): a map
/// file with a header row and one row per item (`id`, `label`, and `description` holding the node
/// type), and a network file of `id1 id2 weight` rows without a header. Ids are 1-based integers
/// in node order. VOSviewer treats every network as undirected; a directed graph's arcs are
/// written as they are. Tabs and line breaks inside labels become spaces.
public struct VOSviewerExporter: Sendable {
    public init() {}

    /// The map file: items with their labels and node type, then the columns the graph can fill:
    /// `x`, `y` (from the `x`, `y` attributes), `cluster` (VOSviewer numbers clusters from 1,
    /// so the `cluster` attribute plus one), `weight<Occurrences>`, `weight<Links>` and
    /// `weight<Total link strength>` (degree and strength, as VOSviewer computes them), and
    /// `score<Avg. pub. year>` (the `year` attribute).
    public func map(_ graph: Graph) -> String {
        let has = { (name: String) in graph.nodes.contains { $0.attributes[name] != nil } }
        let positioned = graph.nodes.allSatisfy { $0.attributes["x"]?.number != nil && $0.attributes["y"]?.number != nil }
        let (links, strength) = Self.linkTotals(graph)
        var header = ["id", "label", "description"]
        if positioned, !graph.nodes.isEmpty { header += ["x", "y"] }
        if has("cluster") { header.append("cluster") }
        if has("occurrences") { header.append("weight<Occurrences>") }
        header += ["weight<Links>", "weight<Total link strength>"]
        if has("year") { header.append("score<Avg. pub. year>") }
        var out = header.joined(separator: "\t") + "\n"
        for (offset, node) in graph.nodes.enumerated() {
            var row = ["\(offset + 1)", Self.clean(node.label.isEmpty ? node.id : node.label), Self.clean(node.type)]
            let number = { (name: String) in node.attributes[name]?.number.flatMap(NumberText.format) ?? "" }
            if header.contains("x") { row += [number("x"), number("y")] }
            if header.contains("cluster") { row.append(node.attributes["cluster"]?.number.flatMap { NumberText.format($0 + 1) } ?? "") }
            if header.contains("weight<Occurrences>") { row.append(number("occurrences")) }
            row += [String(links[node.id] ?? 0), NumberText.format(strength[node.id] ?? 0) ?? "0"]
            if header.contains("score<Avg. pub. year>") { row.append(number("year")) }
            out += row.joined(separator: "\t") + "\n"
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

    /// Links (distinct edges, self-loops left out) and total link strength per node id.
    static func linkTotals(_ graph: Graph) -> (links: [String: Int], strength: [String: Double]) {
        var links = [String: Int](), strength = [String: Double]()
        for edge in graph.edges where edge.source != edge.target {
            for end in [edge.source, edge.target] {
                links[end, default: 0] += 1
                strength[end, default: 0] += edge.weight
            }
        }
        return (links, strength)
    }

    static func clean(_ text: String) -> String {
        String(String.UnicodeScalarView(text.unicodeScalars.map {
            $0 == "\t" || $0 == "\n" || $0 == "\r" ? " " : $0
        }))
    }
}
