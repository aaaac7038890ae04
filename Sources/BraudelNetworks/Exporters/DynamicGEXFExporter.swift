import BraudelText

/// One GEXF 1.3 file for a series of networks over periods (`graph --slice`), so Gephi's timeline
/// plays them: the graph is `mode="dynamic"` with integer years, each node and edge carries the
/// spells of the periods it appears in, and the edge weight and every node attribute are dynamic
/// attribute values, one per period. Periods are inclusive year ranges and must not overlap.
public struct DynamicGEXFExporter: Sendable {
    public init() {}

    /// The document for `slices`, in period order.
    public func export(_ slices: [(period: ClosedRange<Int>, graph: Graph)]) -> String {
        let directed = slices.first?.graph.directed ?? false
        let allNodes = slices.flatMap(\.graph.nodes)
        let nodeKeys = ["type"] + Set(allNodes.flatMap { $0.attributes.keys }).subtracting(["type", "label"]).sorted()
        let edgeKeys = ["weight"] + Set(slices.flatMap { $0.graph.edgeAttributeNames }).subtracting(["weight"]).sorted()
        var nodes = [(node: Node, values: [(ClosedRange<Int>, Node)])]()
        var nodeIndex = [String: Int]()
        var edges = [(edge: Edge, values: [(ClosedRange<Int>, Edge)])]()
        var edgeIndex = [String: Int]()
        for (period, graph) in slices {
            for node in graph.nodes {
                if let index = nodeIndex[node.id] { nodes[index].values.append((period, node)) } else {
                    nodeIndex[node.id] = nodes.count
                    nodes.append((node, [(period, node)]))
                }
            }
            for edge in graph.edges {
                let key = directed || edge.source <= edge.target ? "\(edge.source)\u{0}\(edge.target)" : "\(edge.target)\u{0}\(edge.source)"
                if let index = edgeIndex[key] { edges[index].values.append((period, edge)) } else {
                    edgeIndex[key] = edges.count
                    edges.append((edge, [(period, edge)]))
                }
            }
        }
        var out = """
            <?xml version="1.0" encoding="UTF-8"?>
            <gexf xmlns="http://gexf.net/1.3" version="1.3">
              <meta><creator>Braudel</creator></meta>
              <graph mode="dynamic" defaultedgetype="\(directed ? "directed" : "undirected")" timeformat="integer" \
            timerepresentation="interval">
                <attributes class="node" mode="dynamic">

            """
        for (index, name) in nodeKeys.enumerated() {
            let type = name == "type" ? AttributeType.string : AttributeType.of(name, in: allNodes)
            out += "      <attribute id=\"n\(index)\" title=\"\(XMLText.escape(name))\" type=\"\(type == .integer ? "long" : type.rawValue)\"/>\n"
        }
        out += "    </attributes>\n    <attributes class=\"edge\" mode=\"dynamic\">\n"
        for (index, name) in edgeKeys.enumerated() {
            out += "      <attribute id=\"\(index == 0 ? "weight" : "e\(index)")\" title=\"\(XMLText.escape(name))\" type=\"double\"/>\n"
        }
        out += "    </attributes>\n    <nodes>\n"
        for (node, values) in nodes {
            out += "      <node id=\"\(XMLText.escape(node.id))\" label=\"\(XMLText.escape(node.label))\">\n        <attvalues>"
            for (period, version) in values {
                for (index, name) in nodeKeys.enumerated() {
                    guard let value = name == "type" ? version.type : version.attributes[name]?.text else { continue }
                    out += "<attvalue for=\"n\(index)\" value=\"\(XMLText.escape(value))\"\(Self.interval(period))/>"
                }
            }
            out += "</attvalues>\n        \(Self.spells(values.map(\.0)))\n      </node>\n"
        }
        out += "    </nodes>\n    <edges>\n"
        for (position, (edge, values)) in edges.enumerated() {
            out += "      <edge id=\"\(position)\" source=\"\(XMLText.escape(edge.source))\" target=\"\(XMLText.escape(edge.target))\">\n"
            out += "        <attvalues>"
            for (period, version) in values {
                for (index, name) in edgeKeys.enumerated() {
                    guard let value = (index == 0 ? version.weight : version.attributes[name]).flatMap(NumberText.format) else { continue }
                    out += "<attvalue for=\"\(index == 0 ? "weight" : "e\(index)")\" value=\"\(value)\"\(Self.interval(period))/>"
                }
            }
            out += "</attvalues>\n        \(Self.spells(values.map(\.0)))\n      </edge>\n"
        }
        return out + "    </edges>\n  </graph>\n</gexf>\n"
    }

    private static func interval(_ period: ClosedRange<Int>) -> String {
        " start=\"\(period.lowerBound)\" end=\"\(period.upperBound)\""
    }

    private static func spells(_ periods: [ClosedRange<Int>]) -> String {
        "<spells>" + periods.map { "<spell\(interval($0))/>" }.joined() + "</spells>"
    }
}
