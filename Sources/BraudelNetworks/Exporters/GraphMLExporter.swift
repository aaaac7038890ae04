import BraudelText
/// GraphML (http://graphml.graphdrawing.org), read by Gephi, Cytoscape, yEd, igraph and networkx.
/// Node label and type and every node attribute are string keys; weight and edge measures are
/// double keys. All text is XML-escaped, including quotes, so it is safe in attributes too.
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
            out += "  <key id=\"n\(index)\" for=\"node\" attr.name=\"\(Self.escape(name))\" attr.type=\"string\"/>\n"
        }
        for (index, name) in edgeKeys.enumerated() {
            out += "  <key id=\"e\(index)\" for=\"edge\" attr.name=\"\(Self.escape(name))\" attr.type=\"double\"/>\n"
        }
        out += "  <graph id=\"G\" edgedefault=\"\(graph.directed ? "directed" : "undirected")\">\n"
        for node in graph.nodes {
            out += "    <node id=\"\(Self.escape(node.id))\">\n"
            for (index, name) in nodeKeys.enumerated() {
                let value = name == "label" ? node.label : name == "type" ? node.type : node.attributes[name]
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

    /// Escapes markup characters and drops characters XML 1.0 forbids (C0 controls other than
    /// tab, newline and carriage return), which would make the whole file unreadable.
    static func escape(_ text: String) -> String {
        XMLText.escape(text)
    }
}
