import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif
import Testing
@testable import BraudelNetworks

@Suite struct ExporterTests {
    @Test func graphMLIsValidXMLWithEscapedLabels() throws {
        let graph = AwkwardGraphs.citation
        let xml = GraphMLExporter().export(graph)
        let root = try XMLTree.parse(xml)
        #expect(root.name == "graphml")
        let keys = root.children("key")
        #expect(keys.compactMap { $0.attributes["attr.name"] } == ["label", "type", "key", "path", "weight"])
        #expect(keys.map { $0.attributes["attr.type"] } == ["string", "string", "string", "string", "double"])
        let graphElement = try #require(root.children("graph").first)
        #expect(graphElement.attributes["edgedefault"] == "directed")
        let nodes = graphElement.children("node")
        let edges = graphElement.children("edge")
        #expect(nodes.count == 4 && edges.count == 3)
        #expect(nodes[0].attributes["id"] == "doc:" + AwkwardGraphs.documentPath)
        #expect(edges[2].attributes["source"] == "doc:/corpus/back\\slash.md")
        let labelKey = try #require(keys.first { $0.attributes["attr.name"] == "label" }?.attributes["id"])
        let labels = nodes.map { node in node.children("data").first { $0.attributes["key"] == labelKey }?.text }
        #expect(labels == [AwkwardGraphs.documentLabel, AwkwardGraphs.workLabel,
                           "Frank 1967, Capitalism and\nUnderdevelopment", "back\\slash, 'quoted'"])
        #expect(edges.map { $0.children("data").first?.text } == ["3", "1", "2"])
        #expect(xml.contains("&amp;") && xml.contains("&lt;2012&gt;") && xml.contains("&quot;Ocampo&quot;"))
    }

    @Test func graphMLDropsCharactersXMLForbids() throws {
        let graph = Graph(nodes: [Node(id: "a\u{1}", label: "bell\u{7}", type: "t")], edges: [], directed: false)
        let xml = GraphMLExporter().export(graph)
        let root = try XMLTree.parse(xml)
        #expect(root.children("graph").first?.attributes["edgedefault"] == "undirected")
        #expect(root.children("graph").first?.children("node").first?.attributes["id"] == "a")
    }

    @Test func dotQuotesIdsAndEscapesLabels() {
        let dot = DOTExporter().export(AwkwardGraphs.citation)
        let lines = dot.split(separator: "\n").map(String.init)
        #expect(lines.first == "digraph braudel {")
        #expect(lines.last == "}")
        #expect(lines.filter { $0.contains(" -> ") }.count == 3)
        #expect(!dot.contains(" -- "))
        #expect(lines[1] == #"  "doc:/corpus/Bértola & \"Ocampo\", <2012>.txt" [label="Bértola & \"Ocampo\", <2012>", type="document", "path"="/corpus/Bértola & \"Ocampo\", <2012>.txt"];"#)
        #expect(dot.contains(#"label="Frank 1967, Capitalism and\nUnderdevelopment""#))
        #expect(dot.contains(#""doc:/corpus/back\\slash.md""#))
        #expect(dot.contains(#"-> "work:wallerstein|1974" [weight=3, penwidth=5];"#))
        #expect(dot.contains(#"-> "work:frank|1967" [weight=1, penwidth=2.33];"#))
        let undirected = DOTExporter().export(AwkwardGraphs.concepts)
        #expect(undirected.hasPrefix("graph braudel {\n"))
        #expect(undirected.contains(#""core" -- "semiperiphery" [weight=4, penwidth=5, "npmi"=0.5];"#))
        #expect(undirected.contains(#""npmi"=-0.25"#))
    }

    @Test func csvQuotesFieldsPerRFC4180() throws {
        let csv = CSVEdgeListExporter().export(AwkwardGraphs.citation)
        let rows = try CSVReader.parse(csv)
        #expect(rows[0] == ["source", "target", "weight", "source_label", "target_label"])
        #expect(rows.count == 4)
        #expect(rows[1] == ["doc:" + AwkwardGraphs.documentPath, "work:wallerstein|1974", "3",
                            AwkwardGraphs.documentLabel, AwkwardGraphs.workLabel])
        #expect(rows[2][4] == "Frank 1967, Capitalism and\nUnderdevelopment")
        #expect(rows[3][3] == "back\\slash, 'quoted'")
        #expect(csv.contains(#""Bértola & ""Ocampo"", <2012>""#))
        let concepts = try CSVReader.parse(CSVEdgeListExporter().export(AwkwardGraphs.concepts))
        #expect(concepts[0].last == "npmi")
        #expect(concepts[1] == ["core", "semiperiphery", "4", "core", "semi-periphery, the", "0.5"])
    }

    @Test func jsonNodeLinkHasNetworkxShape() throws {
        let json = JSONNodeLinkExporter().export(AwkwardGraphs.concepts)
        let object = try #require(try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String: Any])
        #expect(object["directed"] as? Bool == false)
        #expect(object["multigraph"] as? Bool == false)
        let nodes = try #require(object["nodes"] as? [[String: Any]])
        let links = try #require(object["links"] as? [[String: Any]])
        #expect(nodes.map { $0["id"] as? String } == ["core", "semiperiphery", "hegemony"])
        #expect(nodes[1]["label"] as? String == "semi-periphery, the")
        #expect(nodes.allSatisfy { $0["type"] as? String == "concept" })
        #expect(links.map { $0["source"] as? String } == ["core", "hegemony"])
        #expect(links.map { ($0["weight"] as? NSNumber)?.doubleValue } == [4, 2])
        #expect(links.map { ($0["npmi"] as? NSNumber)?.doubleValue } == [0.5, -0.25])
        let citation = try #require(try JSONSerialization.jsonObject(
            with: Data(JSONNodeLinkExporter().export(AwkwardGraphs.citation).utf8)) as? [String: Any])
        #expect(citation["directed"] as? Bool == true)
        let labels = (citation["nodes"] as? [[String: Any]])?.map { $0["label"] as? String }
        #expect(labels?.first == AwkwardGraphs.documentLabel)
    }

    @Test func numbersArePrintedWithoutNeedlessFractions() {
        #expect(NumberText.format(3) == "3")
        #expect(NumberText.format(-0.25) == "-0.25")
        #expect(NumberText.format(.nan) == nil)
        #expect(NumberText.format(.infinity) == nil)
    }
}

/// A strict RFC 4180 reader, so the test checks the quoting rather than trusting the writer.
enum CSVReader {
    struct Malformed: Error {}

    static func parse(_ text: String) throws -> [[String]] {
        var rows = [[String]]()
        var row = [String]()
        var field = ""
        var quoted = false
        var characters = Array(text).makeIterator()
        var pending: Character? = nil
        while let character = pending ?? characters.next() {
            pending = nil
            if quoted {
                if character == "\"" {
                    let next = characters.next()
                    if next == "\"" { field.append("\"") } else { quoted = false; pending = next }
                } else {
                    field.append(character)
                }
                continue
            }
            switch character {
            case "\"":
                guard field.isEmpty else { throw Malformed() }
                quoted = true
            case ",":
                row.append(field)
                field = ""
            case "\n", "\r\n":
                row.append(field)
                rows.append(row)
                row = []
                field = ""
            default:
                field.append(character)
            }
        }
        guard !quoted, row.isEmpty, field.isEmpty else { throw Malformed() }
        return rows
    }
}

/// An XML element tree built with the strict SAX parser: a malformed file fails to parse.
final class XMLTree: NSObject, XMLParserDelegate {
    final class Element {
        let name: String
        let attributes: [String: String]
        var elements: [Element] = []
        var text = ""
        init(name: String, attributes: [String: String]) {
            self.name = name
            self.attributes = attributes
        }
        func children(_ name: String) -> [Element] { elements.filter { $0.name == name } }
    }

    struct Malformed: Error { let reason: String }

    private var stack: [Element] = []
    private var root: Element?

    static func parse(_ xml: String) throws -> Element {
        let tree = XMLTree()
        let parser = XMLParser(data: Data(xml.utf8))
        parser.delegate = tree
        guard parser.parse(), let root = tree.root else {
            throw Malformed(reason: parser.parserError.map { "\($0)" } ?? "no root")
        }
        return root
    }

    func parser(_ parser: XMLParser, didStartElement elementName: String, namespaceURI: String?,
                qualifiedName: String?, attributes: [String: String]) {
        let element = Element(name: elementName, attributes: attributes)
        stack.last?.elements.append(element)
        if root == nil { root = element }
        stack.append(element)
    }

    func parser(_ parser: XMLParser, didEndElement elementName: String, namespaceURI: String?, qualifiedName: String?) {
        stack.removeLast()
    }

    func parser(_ parser: XMLParser, foundCharacters string: String) {
        stack.last?.text += string
    }
}
