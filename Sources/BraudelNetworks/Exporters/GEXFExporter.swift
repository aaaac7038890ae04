/// GEXF 1.3 (https://gexf.net), Gephi's native format. Each node carries its label and a `type`
/// attribute plus its other attributes, each declared integer, double or string by its values;
/// nodes with `x` and `y` attributes get them as `viz:position` instead. Each edge carries its
/// weight and its measures as double attributes. Edge ids are their position, which GEXF requires
/// to be unique.
public struct GEXFExporter: GraphExporter {
    public init() {}

    public var fileExtension: String { "gexf" }

    public func export(_ graph: Graph) -> String {
        let nodeKeys = ["type"] + graph.nodeAttributeNames.filter { !["type", "label", "x", "y"].contains($0) }
        let edgeKeys = graph.edgeAttributeNames.filter { $0 != "weight" }
        var out = """
            <?xml version="1.0" encoding="UTF-8"?>
            <gexf xmlns="http://gexf.net/1.3" \
            xmlns:viz="http://gexf.net/1.3/viz" \
            xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" \
            xsi:schemaLocation="http://gexf.net/1.3 http://gexf.net/1.3/gexf.xsd" version="1.3">
              <meta><creator>Braudel</creator></meta>
              <graph mode="static" defaultedgetype="\(graph.directed ? "directed" : "undirected")">

            """
        let nodeTypes = nodeKeys.map { $0 == "type" ? AttributeType.string : AttributeType.of($0, in: graph.nodes) }
        out += Self.declarations(nodeKeys, kind: "node", types: nodeTypes)
        if !edgeKeys.isEmpty { out += Self.declarations(edgeKeys, kind: "edge", types: edgeKeys.map { _ in .double }) }
        out += "    <nodes>\n"
        for node in graph.nodes {
            out += "      <node id=\"\(escape(node.id))\" label=\"\(escape(node.label))\">\n        <attvalues>"
            for (index, name) in nodeKeys.enumerated() {
                guard let value = name == "type" ? node.type : node.attributes[name]?.text else { continue }
                out += "<attvalue for=\"n\(index)\" value=\"\(escape(value))\"/>"
            }
            out += "</attvalues>\n"
            if let x = node.attributes["x"]?.number.flatMap(NumberText.format),
               let y = node.attributes["y"]?.number.flatMap(NumberText.format) {
                out += "        <viz:position x=\"\(x)\" y=\"\(y)\" z=\"0\"/>\n"
            }
            out += "      </node>\n"
        }
        out += "    </nodes>\n    <edges>\n"
        for (position, edge) in graph.edges.enumerated() {
            out += "      <edge id=\"\(position)\" source=\"\(escape(edge.source))\" target=\"\(escape(edge.target))\""
            if let weight = NumberText.format(edge.weight) { out += " weight=\"\(weight)\"" }
            let values = edgeKeys.enumerated().compactMap { index, name -> String? in
                guard let value = edge.attributes[name].flatMap(NumberText.format) else { return nil }
                return "<attvalue for=\"e\(index)\" value=\"\(value)\"/>"
            }
            out += values.isEmpty ? "/>\n" : "><attvalues>\(values.joined())</attvalues></edge>\n"
        }
        return out + "    </edges>\n  </graph>\n</gexf>\n"
    }

    private func escape(_ text: String) -> String { GraphMLExporter.escape(text) }

    /// One `<attributes>` block; ids are prefixed by kind so node and edge ids never clash.
    private static func declarations(_ names: [String], kind: String, types: [AttributeType]) -> String {
        var out = "    <attributes class=\"\(kind)\" mode=\"static\">\n"
        for (index, name) in names.enumerated() {
            let type = types[index] == .integer ? "long" : types[index].rawValue
            out += "      <attribute id=\"\(kind.prefix(1))\(index)\" title=\"\(GraphMLExporter.escape(name))\" type=\"\(type)\"/>\n"
        }
        return out + "    </attributes>\n"
    }
}
