import Foundation

/// Attached-file paths as reference managers export them, resolved against the sidecar's folder.
enum AttachedFiles {
    /// BibTeX `file` fields: Zotero's and JabRef's `description:path:mime-type` triples and
    /// Better BibTeX's bare paths, several joined by `;`, with `\:` and `\;` escaping.
    static func bibTeX(_ value: String, folder: String) -> [String] {
        unescapedSplit(value, on: ";", keepingEscapes: true).compactMap { item -> String? in
            let parts = unescapedSplit(item, on: ":")
            let path: String
            if parts.count >= 3 {
                path = parts[1..<(parts.count - 1)].joined(separator: ":")
            } else if parts.count == 2, parts[0].count == 1 {
                path = parts.joined(separator: ":") // a Windows drive letter, "C:\…"
            } else {
                path = parts.joined(separator: ":")
            }
            return resolve(path, folder: folder)
        }
    }

    /// One path or `file://` address, absolute and standardized; nil when empty.
    static func resolve(_ path: String, folder: String) -> String? {
        var path = path.trimmingCharacters(in: .whitespacesAndNewlines)
        if path.hasPrefix("file://"), let url = URL(string: path) { path = url.path }
        guard !path.isEmpty else { return nil }
        let base = URL(fileURLWithPath: folder, isDirectory: true)
        return URL(fileURLWithPath: path, relativeTo: base).standardizedFileURL.path
    }

    private static func unescapedSplit(_ text: String, on separator: Character, keepingEscapes: Bool = false) -> [String] {
        var parts = [""]
        var escaped = false
        for c in text {
            if escaped {
                if keepingEscapes { parts[parts.count - 1].append("\\") }
                parts[parts.count - 1].append(c)
                escaped = false
            } else if c == "\\" {
                escaped = true
            } else if c == separator {
                parts.append("")
            } else {
                parts[parts.count - 1].append(c)
            }
        }
        return parts
    }
}
