import BraudelText
/// An edge list as CSV, written by the one ``CSV`` writer (RFC 4180 quoting, CRLF line ends).
/// Columns: source, target, weight, the two labels, then one column per edge attribute.
public struct CSVEdgeListExporter: GraphExporter {
    public init() {}

    public var fileExtension: String { "csv" }

    public func export(_ graph: Graph) -> String {
        let labels = Dictionary(graph.nodes.map { ($0.id, $0.label) }, uniquingKeysWith: { first, _ in first })
        let extra = graph.edgeAttributeNames.filter { $0 != "weight" }
        var out = CSV.line(["source", "target", "weight", "source_label", "target_label"] + extra)
        for edge in graph.edges {
            let measures = extra.map { edge.attributes[$0].flatMap(NumberText.format) ?? "" }
            out += CSV.line([edge.source, edge.target, NumberText.format(edge.weight) ?? "",
                             labels[edge.source] ?? edge.source, labels[edge.target] ?? edge.target] + measures)
        }
        return out
    }
}
