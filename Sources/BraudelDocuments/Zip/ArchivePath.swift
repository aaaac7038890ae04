/// Entry names inside a ZIP container, resolved the way a package's relative links are
/// (`OEBPS/content.opf` + `../Text/ch1.xhtml`). Braudel only ever extracts to memory, so an
/// entry name is only a lookup key; still, a link that climbs above the archive's root or is
/// absolute is refused rather than resolved, so no name ever points outside the archive.
enum ArchivePath {
    /// The directory part of an entry name ("EPUB/content.opf" → "EPUB/", "a.opf" → "").
    static func directory(of entry: String) -> String {
        guard let slash = entry.lastIndex(of: "/") else { return "" }
        return String(entry[...slash])
    }

    /// `href` (percent-encoded, maybe with a fragment) resolved against `directory`, or nil
    /// when it is absolute, has a URL scheme, or climbs above the archive's root.
    static func resolve(_ href: String, against directory: String) -> String? {
        var link = href
        if let hash = link.firstIndex(of: "#") { link = String(link[..<hash]) }
        if let query = link.firstIndex(of: "?") { link = String(link[..<query]) }
        link = percentDecoded(link)
        guard !link.isEmpty, !isAbsolute(link) else { return nil }
        var parts = [Substring]()
        for part in (directory + link).split(separator: "/", omittingEmptySubsequences: true) {
            if part == "." { continue }
            if part == ".." {
                guard !parts.isEmpty else { return nil }
                parts.removeLast()
                continue
            }
            parts.append(part)
        }
        return parts.isEmpty ? nil : parts.joined(separator: "/")
    }

    /// Whether an entry's own name is unsafe: absolute, a drive path, or containing "..".
    static func isUnsafeEntryName(_ name: String) -> Bool {
        isAbsolute(name) || name.split(separator: "/").contains("..") || name.split(separator: "\\").contains("..")
    }

    private static func isAbsolute(_ link: String) -> Bool {
        if link.hasPrefix("/") || link.hasPrefix("\\") { return true }
        // "file:", "http:", "C:" — any scheme or drive letter.
        if let colon = link.firstIndex(of: ":"), !link[..<colon].contains("/") { return true }
        return false
    }

    /// "%20" → " "; malformed escapes are kept as written.
    static func percentDecoded(_ text: String) -> String {
        guard text.contains("%") else { return text }
        var bytes = [UInt8]()
        let source = Array(text.utf8)
        var index = 0
        while index < source.count {
            if source[index] == 0x25, index + 2 < source.count,
               let high = hexValue(source[index + 1]), let low = hexValue(source[index + 2]) {
                bytes.append(high << 4 | low)
                index += 3
            } else {
                bytes.append(source[index])
                index += 1
            }
        }
        return String(decoding: bytes, as: UTF8.self)
    }

    private static func hexValue(_ byte: UInt8) -> UInt8? {
        switch byte {
        case 0x30...0x39: return byte - 0x30
        case 0x41...0x46: return byte - 0x41 + 10
        case 0x61...0x66: return byte - 0x61 + 10
        default: return nil
        }
    }
}
