import BraudelText
/// GraphML (http://graphml.graphdrawing.org), read by Gephi, Cytoscape, yEd, igraph and networkx.
/// Node label and type are string keys, every other node attribute is typed by its values
/// (long, double or string); weight and edge measures are double keys. All text is XML-escaped, including quotes, so it is safe in attributes too.
public struct GraphMLExporter: GraphExporter {
    public init() {}

    public var fileExtension: String { "graphml" }

    public func export(_ graph: Graph) -> String {
        let nodeKeys = ["label", "type"] + graph.nodeAttributeNames.filter { $0 != "label" && $0 != "type" }
        let edgeKeys = ["weight"] + graph.edgeAttributeNames.filter { $0 != "weight" }
        var out = """
            <?xml version="1.0" encoding="UTF-8"?>
            <graphml xmlns="http://graphml.graphdrawing.org/xmlns" \
            xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" \
            xsi:schemaLocation="http://graphml.graphdrawing.org/xmlns \
            http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd">

            """
        for (index, name) in nodeKeys.enumerated() {
            let type = name == "label" || name == "type" ? "string" : Self.typeName(AttributeType.of(name, in: graph.nodes))
            out += "  <key id=\"n\(index)\" for=\"node\" attr.name=\"\(Self.escape(name))\" attr.type=\"\(type)\"/>\n"
        }
        for (index, name) in edgeKeys.enumerated() {
            out += "  <key id=\"e\(index)\" for=\"edge\" attr.name=\"\(Self.escape(name))\" attr.type=\"double\"/>\n"
        }
        out += "  <graph id=\"G\" edgedefault=\"\(graph.directed ? "directed" : "undirected")\">\n"
        for node in graph.nodes {
            out += "    <node id=\"\(Self.escape(node.id))\">\n"
            for (index, name) in nodeKeys.enumerated() {
                let value = name == "label" ? node.label : name == "type" ? node.type : node.attributes[name]?.text
                guard let value else { continue }
                out += "      <data key=\"n\(index)\">\(Self.escape(value))</data>\n"
            }
            out += "    </node>\n"
        }
        for edge in graph.edges {
            out += "    <edge source=\"\(Self.escape(edge.source))\" target=\"\(Self.escape(edge.target))\">\n"
            for (index, name) in edgeKeys.enumerated() {
                let value = name == "weight" ? edge.weight : edge.attributes[name]
                guard let value, let text = NumberText.format(value) else { continue }
                out += "      <data key=\"e\(index)\">\(text)</data>\n"
            }
            out += "    </edge>\n"
        }
        return out + "  </graph>\n</graphml>\n"
    }

    /// GraphML's name for an attribute type ("long" for integers: counts may pass 2³¹).
    static func typeName(_ type: AttributeType) -> String {
        switch type {
        case .integer: "long"
        case .double: "double"
        case .string: "string"
        }
    }

    /// Escapes markup characters and drops characters XML 1.0 forbids (C0 controls other than
    /// tab, newline and carriage return), which would make the whole file unreadable.
    static func escape(_ text: String) -> String {
        XMLText.escape(text)
    }
}
