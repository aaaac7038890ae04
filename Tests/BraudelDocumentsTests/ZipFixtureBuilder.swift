import Foundation
import ZIPFoundation

/// Builds ZIP containers in memory for the ZIP-reader tests, so every hostile case is generated
/// from readable source in the test itself rather than committed as an opaque binary.
enum ZipFixtureBuilder {
    /// One entry: its name, content, and whether it is deflated (EPUB's mimetype must be stored).
    struct Entry {
        var name: String
        var bytes: [UInt8]
        var deflate = true
    }

    static func entry(_ name: String, _ text: String, deflate: Bool = true) -> Entry {
        Entry(name: name, bytes: Array(text.utf8), deflate: deflate)
    }

    /// The bytes of a ZIP archive holding `entries` in order.
    static func zip(_ entries: [Entry]) throws -> [UInt8] {
        let archive = try Archive(data: Data(), accessMode: .create)
        for entry in entries {
            let data = Data(entry.bytes)
            try archive.addEntry(with: entry.name, type: .file, uncompressedSize: Int64(data.count),
                                 compressionMethod: entry.deflate ? .deflate : .none) { position, size in
                data.subdata(in: Int(position)..<Int(position) + size)
            }
        }
        return Array(archive.data ?? Data())
    }

    /// A minimal Word document around a body of WordprocessingML paragraphs.
    static func docx(body: String, extra: [Entry] = [], documentPrefix: String = "") throws -> [UInt8] {
        let document = documentPrefix + """
        <w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" \
        xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006"><w:body>\(body)</w:body></w:document>
        """
        return try zip([entry("[Content_Types].xml", "<Types/>"), entry("word/document.xml", document)] + extra)
    }

    /// Overwrites the sizes recorded for every entry (local headers and central directory) with
    /// `declared`, as a hostile archive that lies about how much it expands would.
    static func lyingAboutSizes(_ bytes: [UInt8], declared: UInt32) -> [UInt8] {
        var patched = bytes
        let size = [UInt8(declared & 0xFF), UInt8(declared >> 8 & 0xFF), UInt8(declared >> 16 & 0xFF), UInt8(declared >> 24)]
        var index = 0
        while index + 46 <= patched.count {
            if patched[index] == 0x50, patched[index + 1] == 0x4B, patched[index + 2] == 0x03, patched[index + 3] == 0x04 {
                patched.replaceSubrange((index + 22)..<(index + 26), with: size)
            } else if patched[index] == 0x50, patched[index + 1] == 0x4B, patched[index + 2] == 0x01, patched[index + 3] == 0x02 {
                patched.replaceSubrange((index + 24)..<(index + 28), with: size)
            }
            index += 1
        }
        return patched
    }

    /// Overwrites one 32-bit field (`field` bytes into each central-directory entry: 20 is the
    /// compressed size, 42 the local-header offset) with `value`, as a corrupt archive would.
    static func patchingCentralDirectory(_ bytes: [UInt8], field: Int, value: UInt32) -> [UInt8] {
        var patched = bytes
        let encoded = [UInt8(value & 0xFF), UInt8(value >> 8 & 0xFF), UInt8(value >> 16 & 0xFF), UInt8(value >> 24)]
        var index = 0
        while index + 46 <= patched.count {
            if patched[index] == 0x50, patched[index + 1] == 0x4B, patched[index + 2] == 0x01, patched[index + 3] == 0x02 {
                patched.replaceSubrange((index + field)..<(index + field + 4), with: encoded)
            }
            index += 1
        }
        return patched
    }
}
