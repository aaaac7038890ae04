/// An EPUB's package document (the OPF named by META-INF/container.xml), read for what Braudel
/// needs: Dublin Core metadata, and the spine's reading order resolved to archive entry names.
/// EPUB 2 and 3 differ in how creators' roles and dates are qualified; both are handled.
struct EPUBPackage: Sendable {
    /// One spine item: the archive entry holding it, or nil when its link was refused.
    struct SpineItem: Sendable, Hashable {
        var href: String
        var entry: String?
    }

    var metadata = PackageMetadata()
    var spine: [SpineItem] = []

    static let containerPath = "META-INF/container.xml"
    static let chapterMediaTypes: Set<String> = ["application/xhtml+xml", "text/html", "application/html+xml"]

    /// The OPF's entry name from container.xml: the first rootfile of the OPF media type.
    static func rootfile(inContainer xml: [UInt8], path: String) throws -> String {
        let found: String? = try XMLPart.withRoot(of: xml, part: containerPath, path: path) { root in
            var candidates = [(path: String, type: String?)]()
            var stack = [root]
            while let node = stack.popLast() {
                if XMLPart.localName(node) == "rootfile", let fullPath = XMLPart.attribute(node, "full-path") {
                    candidates.append((fullPath, XMLPart.attribute(node, "media-type")))
                }
                stack.append(contentsOf: XMLPart.children(node).reversed())
            }
            return (candidates.first { $0.type == "application/oebps-package+xml" } ?? candidates.first)?.path
        }
        guard let found, let entry = ArchivePath.resolve(found, against: "") else {
            throw DocumentError.malformed(path: path, reason: "EPUB container.xml names no usable package document")
        }
        return entry
    }

    /// Reads the OPF at archive entry `opfEntry`.
    init(opf xml: [UInt8], opfEntry: String, path: String) throws {
        let directory = ArchivePath.directory(of: opfEntry)
        try XMLPart.withRoot(of: xml, part: opfEntry, path: path) { root in
            if let metadataNode = XMLPart.child(root, "metadata") { readMetadata(metadataNode) }
            var manifest = [String: (href: String, type: String, properties: String)]()
            if let manifestNode = XMLPart.child(root, "manifest") {
                for item in XMLPart.children(manifestNode) where XMLPart.localName(item) == "item" {
                    guard let id = XMLPart.attribute(item, "id"), let href = XMLPart.attribute(item, "href") else { continue }
                    manifest[id] = (href, XMLPart.attribute(item, "media-type") ?? "", XMLPart.attribute(item, "properties") ?? "")
                }
            }
            guard let spineNode = XMLPart.child(root, "spine") else { return }
            for itemref in XMLPart.children(spineNode) where XMLPart.localName(itemref) == "itemref" {
                guard let id = XMLPart.attribute(itemref, "idref"), let item = manifest[id],
                      Self.chapterMediaTypes.contains(item.type.lowercased()),
                      !item.properties.split(separator: " ").contains("nav") else { continue }
                spine.append(SpineItem(href: item.href, entry: ArchivePath.resolve(item.href, against: directory)))
            }
        }
    }

    /// Title, authors (creators whose role is author or unstated; all creators if none is),
    /// and dates (publication dates chosen by the publisher before modification stamps).
    private mutating func readMetadata(_ node: XMLPart.Node) {
        var roles = [String: String]()
        var creators = [(id: String?, role: String?, name: String)]()
        for field in XMLPart.children(node) {
            let value = XMLPart.text(field)
            switch XMLPart.localName(field) {
            case "title" where !value.isEmpty:
                metadata.title = metadata.title ?? value
            case "creator" where !value.isEmpty:
                creators.append((XMLPart.attribute(field, "id"), XMLPart.attribute(field, "role"), value))
            case "date" where !value.isEmpty:
                let event = XMLPart.attribute(field, "event")?.lowercased()
                if event == nil || event == "publication" || event == "original-publication" {
                    metadata.chosenDates.append(value)
                } else {
                    metadata.fileDates.append(value)
                }
            case "meta":
                if XMLPart.attribute(field, "property") == "role", let target = XMLPart.attribute(field, "refines") {
                    roles[String(target.drop { $0 == "#" })] = value
                } else if XMLPart.attribute(field, "property") == "dcterms:modified", !value.isEmpty {
                    metadata.fileDates.append(value)
                }
            default: break
            }
        }
        let authors = creators.filter { creator in
            let role = creator.role ?? creator.id.flatMap { roles[$0] }
            return role == nil || role?.lowercased() == "aut"
        }
        metadata.creators = (authors.isEmpty ? creators : authors).flatMap { CreatorNames.split($0.name) }
    }
}
