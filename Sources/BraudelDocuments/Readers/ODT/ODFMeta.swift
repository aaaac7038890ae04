/// Reads an OpenDocument's meta.xml: `dc:title`, the author as `meta:initial-creator` (ODF's
/// `dc:creator` is whoever saved last, so it only stands in), user-defined date properties,
/// and the creation and save timestamps.
enum ODFMeta {
    /// The metadata in `meta` (absent or not well-formed: none, with a warning for the latter).
    static func metadata(meta: [UInt8]?, path: String, warnings: inout [String]) -> PackageMetadata {
        var metadata = PackageMetadata()
        guard let meta else { return metadata }
        var initialCreators = [String](), lastCreators = [String]()
        do {
            try XMLPart.withRoot(of: meta, part: "meta.xml", path: path) { root in
                guard let fields = XMLPart.child(root, "meta") else { return }
                for field in XMLPart.children(fields) {
                    let value = XMLPart.text(field)
                    guard !value.isEmpty else { continue }
                    switch XMLPart.localName(field) {
                    case "title": metadata.title = metadata.title ?? value
                    case "initial-creator": initialCreators += CreatorNames.split(value)
                    case "creator": lastCreators += CreatorNames.split(value)
                    case "creation-date": metadata.fileDates.insert(value, at: 0)
                    case "date": metadata.fileDates.append(value)
                    case "user-defined":
                        if let name = XMLPart.attribute(field, "name"), OOXMLProperties.dateNames.contains(name.lowercased()) {
                            metadata.chosenDates.append(value)
                        }
                    default: break
                    }
                }
            }
        } catch { warnings.append("meta.xml ignored: not well-formed XML") }
        metadata.creators = initialCreators.isEmpty ? lastCreators : initialCreators
        return metadata
    }
}
