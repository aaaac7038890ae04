import BraudelXML
import CLibXML2

/// One XML part of a container (word/document.xml, content.xml, content.opf) parsed through
/// ``SafeXML``: external entities (XXE) are never fetched, and entity references stay reference
/// nodes, which the walkers here never descend into, so nested entities (billion laughs) are
/// never expanded.
enum XMLPart {
    typealias Node = UnsafeMutablePointer<xmlNode>

    /// Parses `bytes` and hands the root element to `body`; the tree is freed afterwards.
    /// Throws `.malformed` naming the part (and libxml2's line) when the XML is not well-formed.
    static func withRoot<T>(of bytes: [UInt8], part: String, path: String, _ body: (Node) throws -> T) throws -> T {
        let outcome = SafeXML.parseXML(bytes)
        guard let document = outcome.document else {
            let detail = outcome.error.map { " (\($0.summary))" } ?? ""
            throw DocumentError.malformed(path: path, reason: "\(part) is not well-formed XML\(detail)")
        }
        defer { xmlFreeDoc(document) }
        guard let root = xmlDocGetRootElement(document) else {
            throw DocumentError.malformed(path: path, reason: "\(part) has no root element")
        }
        return try body(root)
    }

    /// The element's local name (no prefix), or nil for non-element nodes.
    static func localName(_ node: Node) -> String? {
        guard node.pointee.type == XML_ELEMENT_NODE, let name = node.pointee.name else { return nil }
        return String(cString: name)
    }

    /// The element's namespace URI, if it has one.
    static func namespace(_ node: Node) -> String? {
        guard let ns = node.pointee.ns, let href = ns.pointee.href else { return nil }
        return String(cString: href)
    }

    /// The value of the first attribute with local name `name`, whatever its namespace
    /// (`w:val`, `opf:role`, `full-path`). Entity references in it are left unexpanded.
    static func attribute(_ node: Node, _ name: String) -> String? {
        var property = node.pointee.properties
        while let current = property {
            if let propertyName = current.pointee.name, String(cString: propertyName) == name {
                guard let value = xmlNodeListGetString(node.pointee.doc, current.pointee.children, 0) else { return "" }
                defer { cxml_free(value) }
                return String(cString: value)
            }
            property = current.pointee.next
        }
        return nil
    }

    /// The element children of `node`, in order.
    static func children(_ node: Node) -> [Node] {
        var result = [Node]()
        var child = node.pointee.children
        while let current = child {
            if current.pointee.type == XML_ELEMENT_NODE { result.append(current) }
            child = current.pointee.next
        }
        return result
    }

    /// The first element child named `name`.
    static func child(_ node: Node, _ name: String) -> Node? {
        children(node).first { localName($0) == name }
    }

    /// The text of text and CDATA nodes below `node` (entity references skipped), whitespace
    /// collapsed to single spaces and trimmed.
    static func text(_ node: Node) -> String {
        var bytes = [UInt8]()
        HTMLTree.walk(children: node.pointee.children, of: UnsafeMutableRawPointer(node), enter: { child in
            if let content = HTMLTree.textContent(child) {
                appendBytes(of: content, to: &bytes)
                return false
            }
            return child.pointee.type == XML_ELEMENT_NODE
        }, leave: { _ in })
        return WhitespaceCollapser.collapse(String(decoding: bytes, as: UTF8.self))
    }

    /// Appends a NUL-terminated libxml2 string's bytes.
    @inline(__always)
    static func appendBytes(of content: UnsafeMutablePointer<xmlChar>, to bytes: inout [UInt8]) {
        var cursor = content
        while cursor.pointee != 0 {
            bytes.append(cursor.pointee)
            cursor += 1
        }
    }
}
