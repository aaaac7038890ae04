import BraudelXML
import CLibXML2

/// A libxml2 tree of an untrusted lexicon file, parsed through ``SafeXML`` (no network, no
/// external entity or DTD, libxml2's size and depth limits kept). Text is collected from text
/// and CDATA nodes only, never through entity references.
struct SafeXMLTree: ~Copyable {
    typealias Node = UnsafeMutablePointer<xmlNode>
    static let xmlNamespace = "http://www.w3.org/XML/1998/namespace"

    private let document: xmlDocPtr
    let root: Node

    /// Parses `bytes`; a document that is not well-formed is refused with libxml2's line.
    init(bytes: [UInt8], path: String) throws {
        guard bytes.count <= SafeXML.maxInputBytes else { throw LexiconError(path: path, line: nil, reason: "XML too large to parse") }
        let outcome = SafeXML.parseXML(bytes)
        guard let parsed = outcome.document else {
            let message = outcome.error.flatMap { $0.message.split(whereSeparator: \.isNewline).first.map(String.init) }
            let line = outcome.error.map { Int($0.line) }.flatMap { $0 > 0 ? $0 : nil }
            throw LexiconError(path: path, line: line, reason: "not well-formed XML: \(message ?? "error \(outcome.error?.code ?? -1)")")
        }
        guard let root = xmlDocGetRootElement(parsed) else {
            xmlFreeDoc(parsed)
            throw LexiconError(path: path, line: nil, reason: "no XML root element")
        }
        document = parsed
        self.root = root
    }

    deinit { xmlFreeDoc(document) }

    static func localName(_ node: Node) -> String? {
        guard node.pointee.type == XML_ELEMENT_NODE, let name = node.pointee.name else { return nil }
        return String(cString: name)
    }

    static func namespace(_ node: Node) -> String? {
        node.pointee.ns?.pointee.href.map { String(cString: $0) }
    }

    static func line(_ node: Node) -> Int? {
        let line = xmlGetLineNo(node)
        return line > 0 ? Int(line) : nil
    }

    /// The attribute `name` in `namespace` (nil: unprefixed).
    static func attribute(_ node: Node, _ name: String, namespace: String?) -> String? {
        let value: UnsafeMutablePointer<xmlChar>? = name.withCString { cName in
            cName.withMemoryRebound(to: xmlChar.self, capacity: name.utf8.count + 1) { xmlName in
                guard let namespace else { return xmlGetNoNsProp(node, xmlName) }
                return namespace.withCString { cSpace in
                    cSpace.withMemoryRebound(to: xmlChar.self, capacity: namespace.utf8.count + 1) { xmlGetNsProp(node, xmlName, $0) }
                }
            }
        }
        guard let value else { return nil }
        defer { cxml_free(value) }
        return String(cString: value)
    }

    static func children(_ node: Node) -> [Node] {
        var result = [Node]()
        var child = node.pointee.children
        while let current = child {
            if current.pointee.type == XML_ELEMENT_NODE { result.append(current) }
            child = current.pointee.next
        }
        return result
    }

    /// Text and CDATA below `node`, whitespace collapsed; entity references contribute nothing.
    static func text(_ node: Node) -> String {
        var bytes = [UInt8]()
        func collect(_ parent: Node) {
            var child = parent.pointee.children
            while let current = child {
                switch current.pointee.type {
                case XML_TEXT_NODE, XML_CDATA_SECTION_NODE:
                    if var cursor = UnsafePointer(current.pointee.content) {
                        while cursor.pointee != 0 { bytes.append(cursor.pointee); cursor += 1 }
                    }
                case XML_ELEMENT_NODE: collect(current)
                default: break
                }
                child = current.pointee.next
            }
        }
        collect(node)
        return String(decoding: bytes, as: UTF8.self).split(whereSeparator: \.isWhitespace).joined(separator: " ")
    }
}
