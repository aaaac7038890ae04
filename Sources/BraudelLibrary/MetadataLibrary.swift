import BraudelDocuments
import Foundation

/// The researcher's library beside a corpus: every entry of the sidecar files given with
/// `--metadata` and of the `*.bib`, `*.ris` and CSL-JSON `*.json` files at the top of each
/// corpus folder, ready to be matched to documents (``LibraryMatcher``).
public struct MetadataLibrary: Sendable {
    public private(set) var entries: [LibraryEntry] = []
    /// One line per record or file that could not be read; the rest was read.
    public private(set) var errors: [LibraryError] = []
    /// The sidecar files read, in order.
    public private(set) var sidecars: [String] = []
    /// A fingerprint of the sidecars' paths and contents: when it changes, documents matched
    /// under the old library must be matched again.
    public private(set) var fingerprint = ""

    public init() {}

    /// Adds the entries and errors of one parsed sidecar (already read by the caller).
    public mutating func add(_ parse: LibraryParse) {
        entries += parse.entries
        errors += parse.errors
    }

    /// True when no sidecar was found or given.
    public var isEmpty: Bool { sidecars.isEmpty }

    /// Reads the sidecars `files` and those found at the top of `roots` (folders; a file root
    /// has none). An unreadable sidecar is one error; it does not stop the others.
    public static func load(files: [String], roots: [String]) -> MetadataLibrary {
        var library = MetadataLibrary()
        var paths = files.map(CorpusWalker.absolute)
        for root in roots { paths += discovered(in: CorpusWalker.absolute(root)) }
        var seen = Set<String>()
        var hashed = [UInt8]()
        for path in paths where seen.insert(path).inserted {
            guard let data = FileManager.default.contents(atPath: path) else {
                library.errors.append(LibraryError(file: path, line: nil, reason: "cannot read metadata file"))
                continue
            }
            library.sidecars.append(path)
            hashed += Array(path.utf8) + [0] + Array(data) + [0]
            library.add(read(data, path: path))
        }
        library.fingerprint = library.sidecars.isEmpty ? "" : ContentHash.of(hashed)
        return library
    }

    /// Parses one sidecar by its extension (`.bib`, `.ris`, `.json`/`.csljson`).
    public static func read(_ data: Data, path: String) -> LibraryParse {
        let folder = (path as NSString).deletingLastPathComponent
        let ext = (path as NSString).pathExtension.lowercased()
        if ext == "json" || ext == "csljson" { return CSLJSONParser().parse(data, file: path, folder: folder) }
        guard let text = String(data: data, encoding: .utf8) ?? String(data: data, encoding: .isoLatin1) else {
            return LibraryParse(errors: [LibraryError(file: path, line: nil, reason: "not text")])
        }
        switch ext {
        case "bib", "bibtex": return BibTeXParser().parse(text, file: path, folder: folder)
        case "ris": return RISParser().parse(text, file: path, folder: folder)
        default:
            return LibraryParse(errors: [LibraryError(file: path, line: nil,
                                                      reason: "unknown metadata format (expected .bib, .ris or CSL-JSON .json)")])
        }
    }

    /// The sidecars at the top of folder `root`: `*.bib`, `*.ris`, and `*.json` files that hold
    /// CSL-JSON (other JSON is not ours to read). Hidden files are skipped, as the walk does.
    static func discovered(in root: String) -> [String] {
        var isFolder: ObjCBool = false
        guard FileManager.default.fileExists(atPath: root, isDirectory: &isFolder), isFolder.boolValue,
              let names = try? FileManager.default.contentsOfDirectory(atPath: root) else { return [] }
        return names.sorted().filter { !$0.hasPrefix(".") }.compactMap { name -> String? in
            let path = (root as NSString).appendingPathComponent(name)
            switch (name as NSString).pathExtension.lowercased() {
            case "bib", "ris": return path
            case "json":
                guard let data = FileManager.default.contents(atPath: path), CSLJSONParser.looksLikeCSL(data) else { return nil }
                return path
            default: return nil
            }
        }
    }
}
