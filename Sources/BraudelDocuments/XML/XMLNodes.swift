import CLibXML2

/// Namespace-aware access to a libxml2 XML tree for the publisher readers: local names (a
/// `tei:div` and a default-namespace `div` are both "div"), attributes, child lookup and
/// whitespace-collapsed text. Entity references are never walked into (see ``entityText``).
enum XMLNodes {
    typealias Node = UnsafeMutablePointer<xmlNode>

    /// The XML namespace, which holds `xml:id` and `xml:lang`.
    static let xmlNamespace = "http://www.w3.org/XML/1998/namespace"

    /// The element's name without its prefix (case kept: TEI has `biblStruct`), nil for
    /// non-elements.
    static func localName(_ node: Node) -> String? {
        guard node.pointee.type == XML_ELEMENT_NODE, let name = node.pointee.name else { return nil }
        return String(cString: name)
    }

    /// The namespace URI of an element, if it has one.
    static func namespaceURI(_ node: Node) -> String? {
        guard let href = node.pointee.ns?.pointee.href else { return nil }
        return String(cString: href)
    }

    /// The value of the unprefixed attribute `name`, or of `name` in `namespace`.
    static func attribute(_ node: Node, _ name: String, namespace: String? = nil) -> String? {
        let value: UnsafeMutablePointer<xmlChar>? = name.withCString { cName in
            cName.withMemoryRebound(to: xmlChar.self, capacity: name.utf8.count + 1) { xmlName in
                guard let namespace else { return xmlGetNoNsProp(node, xmlName) }
                return namespace.withCString { cSpace in
                    cSpace.withMemoryRebound(to: xmlChar.self, capacity: namespace.utf8.count + 1) {
                        xmlGetNsProp(node, xmlName, $0)
                    }
                }
            }
        }
        guard let value else { return nil }
        defer { cxml_free(value) }
        return String(cString: value)
    }

    /// The `xml:id` of an element, falling back to a plain `id`.
    static func identifier(_ node: Node) -> String? {
        attribute(node, "id", namespace: xmlNamespace) ?? attribute(node, "id")
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

    /// The element children named `name`.
    static func children(_ node: Node, named name: String) -> [Node] {
        children(node).filter { localName($0) == name }
    }

    /// The first element child named `name`.
    static func child(_ node: Node?, _ name: String) -> Node? {
        guard let node else { return nil }
        return children(node).first { localName($0) == name }
    }

    /// Follows a path of child names (`front`, `article-meta`, …) from `node`.
    static func path(_ node: Node?, _ names: String...) -> Node? {
        names.reduce(node) { child($0, $1) }
    }

    /// Every element named one of `names` below `node` (document order), not looking inside
    /// the matches themselves.
    static func descendants(_ node: Node, named names: Set<String>) -> [Node] {
        var found = [Node]()
        HTMLTree.walk(children: node.pointee.children, of: UnsafeMutableRawPointer(node), enter: { child in
            guard let name = localName(child) else { return false }
            if names.contains(name) { found.append(child); return false }
            return true
        }, leave: { _ in })
        return found
    }

    /// All text below `node`, whitespace collapsed to single spaces and trimmed; elements named
    /// in `skipping` are left out.
    static func text(_ node: Node?, skipping: Set<String> = []) -> String {
        guard let node else { return "" }
        var bytes = [UInt8]()
        func append(_ content: UnsafePointer<xmlChar>) {
            var cursor = content
            while cursor.pointee != 0 { bytes.append(cursor.pointee); cursor += 1 }
        }
        if let content = node.pointee.content, node.pointee.type == XML_TEXT_NODE { append(content) }
        HTMLTree.walk(children: node.pointee.children, of: UnsafeMutableRawPointer(node), enter: { child in
            if let content = textContent(child) { append(content); return false }
            if let entity = entityText(child) { bytes += Array(entity.utf8); return false }
            guard let name = localName(child) else { return false }
            if name == "lb" || name == "break" { bytes.append(0x20) }
            return !skipping.contains(name)
        }, leave: { _ in })
        return collapsed(bytes)
    }

    /// The text a text or CDATA node holds.
    static func textContent(_ node: Node) -> UnsafeMutablePointer<xmlChar>? {
        guard node.pointee.type == XML_TEXT_NODE || node.pointee.type == XML_CDATA_SECTION_NODE else { return nil }
        return node.pointee.content
    }

    /// The replacement text of an entity reference, only when it is short plain text (a
    /// character entity such as `<!ENTITY ndash "&#8211;">`). Anything referring to further
    /// entities or markup is dropped: following those is how "billion laughs" documents
    /// expand exponentially (and external entities are never loaded in the first place). An
    /// undeclared entity (the JATS DTD, which declares `&mdash;` and friends, is never loaded)
    /// is read as the HTML entity of that name when there is one.
    static func entityText(_ node: Node) -> String? {
        guard node.pointee.type == XML_ENTITY_REF_NODE else { return nil }
        guard let content = node.pointee.content else {
            guard let name = node.pointee.name, let entity = htmlEntityLookup(name),
                  let scalar = Unicode.Scalar(entity.pointee.value) else { return "" }
            return String(Character(scalar))
        }
        var cursor = content, length = 0
        while cursor.pointee != 0 {
            if cursor.pointee == 0x26 || cursor.pointee == 0x3C || length >= 64 { return "" }   // & <
            cursor += 1
            length += 1
        }
        return String(cString: content)
    }

    /// UTF-8 bytes with XML whitespace runs collapsed to one space, trimmed.
    static func collapsed(_ bytes: [UInt8]) -> String {
        var output = [UInt8]()
        output.reserveCapacity(bytes.count)
        var pendingSpace = false
        for byte in bytes {
            if byte == 0x20 || byte == 0x09 || byte == 0x0A || byte == 0x0D {
                pendingSpace = true
            } else {
                if pendingSpace && !output.isEmpty { output.append(0x20) }
                pendingSpace = false
                output.append(byte)
            }
        }
        return String(decoding: output, as: UTF8.self)
    }
}
