import CLibXML2

/// Thin, allocation-aware access to a libxml2 tree: names, attributes, traversal. Every string
/// libxml2 allocates for us is copied into Swift and released with `cxml_free`.
enum HTMLTree {
    typealias Node = UnsafeMutablePointer<xmlNode>

    /// Lowercased element name, or nil for non-element nodes.
    static func elementName(_ node: Node) -> String? {
        guard node.pointee.type == XML_ELEMENT_NODE, let name = node.pointee.name else { return nil }
        return String(cString: name).lowercased()
    }

    /// The value of attribute `name` (libxml2 decodes entities), or nil.
    static func attribute(_ node: Node, _ name: String) -> String? {
        let value: UnsafeMutablePointer<xmlChar>? = name.withCString { cName in
            cName.withMemoryRebound(to: xmlChar.self, capacity: name.utf8.count + 1) { xmlGetProp(node, $0) }
        }
        guard let value else { return nil }
        defer { cxml_free(value) }
        return String(cString: value)
    }

    /// The text directly held by a text or CDATA node.
    static func textContent(_ node: Node) -> UnsafeMutablePointer<xmlChar>? {
        guard node.pointee.type == XML_TEXT_NODE || node.pointee.type == XML_CDATA_SECTION_NODE else { return nil }
        return node.pointee.content
    }

    /// All text below `node`, whitespace collapsed.
    static func collectedText(_ node: Node) -> String {
        var bytes = [UInt8]()
        walk(children: node.pointee.children, of: UnsafeMutableRawPointer(node), enter: { child in
            if let content = textContent(child) {
                var cursor = content
                while cursor.pointee != 0 { bytes.append(cursor.pointee); cursor += 1 }
                bytes.append(0x20)
            }
            return elementName(child).map { !["script", "style"].contains($0) } ?? false
        }, leave: { _ in })
        return String(decoding: bytes, as: UTF8.self).split(whereSeparator: { $0.isWhitespace }).joined(separator: " ")
    }

    /// Depth-first traversal without recursion (hostile documents nest deeply). `enter` says
    /// whether to descend into a node; `leave` is called after the children of every node
    /// descended into. Traversal stays below `parent`.
    static func walk(children first: Node?, of parent: UnsafeMutableRawPointer,
                     enter: (Node) -> Bool, leave: (Node) -> Void) {
        var node = first
        while let current = node {
            let descend = enter(current)
            if descend, let child = current.pointee.children {
                node = child
                continue
            }
            if descend { leave(current) }
            node = nil
            var climbing = current
            while true {
                if let next = climbing.pointee.next {
                    node = next
                    break
                }
                guard let up = climbing.pointee.parent, UnsafeMutableRawPointer(up) != parent else { break }
                leave(up)
                climbing = up
            }
        }
    }
}
