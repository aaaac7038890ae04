/// An edge list as CSV (RFC 4180 quoting: fields holding a comma, quote or line break are
/// double-quoted with inner quotes doubled). Columns: source, target, weight, the two labels,
/// then one column per edge attribute. Lines end with "\n", which every CSV reader accepts.
public struct CSVEdgeListExporter: GraphExporter {
    public init() {}

    public var fileExtension: String { "csv" }

    public func export(_ graph: Graph) -> String {
        let labels = Dictionary(graph.nodes.map { ($0.id, $0.label) }, uniquingKeysWith: { first, _ in first })
        let extra = graph.edgeAttributeNames.filter { $0 != "weight" }
        var out = Self.row(["source", "target", "weight", "source_label", "target_label"] + extra)
        for edge in graph.edges {
            let measures = extra.map { edge.attributes[$0].flatMap(NumberText.format) ?? "" }
            out += Self.row([edge.source, edge.target, NumberText.format(edge.weight) ?? "",
                             labels[edge.source] ?? edge.source, labels[edge.target] ?? edge.target] + measures)
        }
        return out
    }

    static func row(_ fields: [String]) -> String {
        fields.map(field).joined(separator: ",") + "\n"
    }

    static func field(_ text: String) -> String {
        let needsQuotes = text.unicodeScalars.contains { $0 == "," || $0 == "\"" || $0 == "\n" || $0 == "\r" }
        guard needsQuotes else { return text }
        return "\"" + text.replacingOccurrences(of: "\"", with: "\"\"") + "\""
    }
}
