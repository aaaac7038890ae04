/// Reads a Word document's package properties: docProps/core.xml (Dublin Core title, creator,
/// dates) and docProps/custom.xml (user-defined properties; converters such as pandoc keep the
/// source's date there).
enum OOXMLProperties {
    /// Custom or user-defined property names that hold the work's date.
    static let dateNames: Set<String> = [
        "date", "year", "published", "publication date", "publication year", "issued", "date published",
        "publicationdate", "publicationyear", "datepublished",
    ]

    /// The metadata in `core` and `custom` (either may be absent). Parts that are not
    /// well-formed are skipped with a warning: metadata is worth less than the text.
    static func metadata(core: [UInt8]?, custom: [UInt8]?, path: String, warnings: inout [String]) -> PackageMetadata {
        var metadata = PackageMetadata()
        if let core {
            do {
                try XMLPart.withRoot(of: core, part: "docProps/core.xml", path: path) { root in
                    for field in XMLPart.children(root) {
                        let value = XMLPart.text(field)
                        guard !value.isEmpty else { continue }
                        switch XMLPart.localName(field) {
                        case "title": metadata.title = metadata.title ?? value
                        case "creator": metadata.creators += CreatorNames.split(value)
                        case "issued": metadata.chosenDates.append(value)
                        case "created": metadata.fileDates.insert(value, at: 0)
                        case "modified": metadata.fileDates.append(value)
                        default: break
                        }
                    }
                }
            } catch { warnings.append("docProps/core.xml ignored: not well-formed XML") }
        }
        if let custom {
            do {
                try XMLPart.withRoot(of: custom, part: "docProps/custom.xml", path: path) { root in
                    for property in XMLPart.children(root) where XMLPart.localName(property) == "property" {
                        guard let name = XMLPart.attribute(property, "name"), dateNames.contains(name.lowercased()) else { continue }
                        metadata.chosenDates.append(XMLPart.text(property))
                    }
                }
            } catch { warnings.append("docProps/custom.xml ignored: not well-formed XML") }
        }
        return metadata
    }
}
