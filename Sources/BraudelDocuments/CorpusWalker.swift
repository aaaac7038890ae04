import Foundation

/// Lists the files of a corpus folder that a reader may claim, recursively and in a stable
/// order. Hidden files and folders are skipped; symbolic links to folders are not followed, so
/// a link loop cannot trap the walk.
public struct CorpusWalker: Sendable {
    /// File extensions (lowercase, without the dot) worth offering to the readers.
    public var extensions: Set<String>

    public init(extensions: Set<String> = ["txt", "text", "md", "markdown", "html", "htm", "xhtml", "pdf", "xml", "nxml", "tei", "docx", "odt", "epub"]) {
        self.extensions = extensions
    }

    /// The candidate files under `root` (or `root` itself when it is a file) as absolute,
    /// standardized paths, sorted: the index keys documents by them.
    public func files(under root: String) throws -> [String] {
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: root, isDirectory: &isDirectory) else {
            throw DocumentError.unreadable(path: root, reason: "no such file or folder")
        }
        guard isDirectory.boolValue else { return [Self.absolute(root)] }
        let base = URL(fileURLWithPath: root)
        guard let enumerator = FileManager.default.enumerator(
            at: base, includingPropertiesForKeys: [.isRegularFileKey, .isSymbolicLinkKey],
            options: [.skipsHiddenFiles, .skipsPackageDescendants]
        ) else {
            throw DocumentError.unreadable(path: root, reason: "cannot list the folder")
        }
        var found = [String]()
        for case let url as URL in enumerator {
            guard extensions.contains(url.pathExtension.lowercased()) else { continue }
            let values = try? url.resourceValues(forKeys: [.isRegularFileKey, .isSymbolicLinkKey])
            if values?.isSymbolicLink == true {
                // A link to a file is read; a link to a folder is not walked into; a broken link
                // is listed so that reading it reports the missing file instead of hiding it.
                var linkIsDirectory: ObjCBool = false
                let exists = FileManager.default.fileExists(atPath: url.path, isDirectory: &linkIsDirectory)
                if exists && linkIsDirectory.boolValue { continue }
            } else if values?.isRegularFile != true {
                continue
            }
            found.append(url.standardizedFileURL.path)
        }
        return found.sorted()
    }

    /// The absolute, standardized form of a path.
    public static func absolute(_ path: String) -> String {
        URL(fileURLWithPath: path).standardizedFileURL.path
    }

    /// A path as shown to people: relative to the working folder when it lies under it.
    public static func display(_ path: String) -> String {
        let cwd = FileManager.default.currentDirectoryPath
        return path.hasPrefix(cwd + "/") ? String(path.dropFirst(cwd.count + 1)) : path
    }
}
