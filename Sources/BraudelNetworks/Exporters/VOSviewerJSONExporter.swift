import Foundation

/// VOSviewer's JSON map format (VOSviewer ≥ 1.6.16, also read by VOSviewer Online):
/// `{"network": {"items": [{"id", "label", "description", "x", "y", "cluster", "weights",
/// "scores"}], "links": [{"source_id", "target_id", "strength"}]}}`. Items are numbered from 1 in
/// node order, as in the map file; x, y, cluster (plus one), Occurrences and Avg. pub. year come
/// from the node attributes when present, Links and Total link strength from the edges.
public struct VOSviewerJSONExporter: GraphExporter {
    public init() {}

    public var fileExtension: String { "json" }

    public func export(_ graph: Graph) -> String {
        let (links, strength) = VOSviewerExporter.linkTotals(graph)
        var numbers = [String: Int]()
        var items = [[String: Any]]()
        for (offset, node) in graph.nodes.enumerated() where numbers[node.id] == nil {
            numbers[node.id] = offset + 1
            var item: [String: Any] = ["id": offset + 1, "label": node.label.isEmpty ? node.id : node.label,
                                       "description": node.type]
            let number = { (name: String) in node.attributes[name]?.number.flatMap { $0.isFinite ? $0 : nil } }
            if let x = number("x"), let y = number("y") { (item["x"], item["y"]) = (x, y) }
            if let cluster = number("cluster") { item["cluster"] = Int(cluster) + 1 }
            var weights: [String: Any] = ["Links": links[node.id] ?? 0, "Total link strength": strength[node.id] ?? 0]
            if let occurrences = number("occurrences") { weights["Occurrences"] = occurrences }
            item["weights"] = weights
            if let year = number("year") { item["scores"] = ["Avg. pub. year": year] }
            items.append(item)
        }
        let edges = graph.edges.compactMap { edge -> [String: Any]? in
            guard let source = numbers[edge.source], let target = numbers[edge.target], edge.weight.isFinite else { return nil }
            return ["source_id": source, "target_id": target, "strength": edge.weight]
        }
        let root = ["network": ["items": items, "links": edges]]
        let data = (try? JSONSerialization.data(withJSONObject: root, options: [.sortedKeys, .withoutEscapingSlashes]))
            ?? Data("{}".utf8)
        return String(decoding: data, as: UTF8.self) + "\n"
    }
}
