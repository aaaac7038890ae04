import Foundation

/// What a walk of a corpus folder found: the candidate files, and what it left out on purpose
/// with the reason (a link leading outside the folder, a link loop, a file name that is not
/// UTF-8), so that nothing is skipped silently.
public struct CorpusWalk: Sendable {
    /// Candidate files as absolute, standardized paths, sorted.
    public var files: [String] = []
    /// Entries left out, each with a one-line reason naming it.
    public var skipped: [(path: String, reason: String)] = []
}

/// Lists the files of a corpus folder that a reader may claim, recursively and in a stable
/// order. Hidden files and folders are skipped. Symbolic links never lead the walk out of the
/// folder unless `followSymlinks` is set; links to folders are only walked with it, and then a
/// folder already visited (a link loop) is not walked again.
///
/// It reads directories with `opendir`/`readdir` rather than FileManager: names are bytes on
/// Linux, and a name that is not UTF-8 must be seen to be reported rather than dropped.
public struct CorpusWalker: Sendable {
    /// File extensions (lowercase, without the dot) worth offering to the readers.
    public var extensions: Set<String>
    /// Follow symbolic links that lead outside the folder, and links to folders.
    public var followSymlinks: Bool

    /// The extensions of the formats the readers know.
    public static let documentExtensions: Set<String> = ["txt", "text", "md", "markdown", "html", "htm", "xhtml", "pdf", "xml", "nxml",
                                                         "tei", "docx", "odt", "epub"]

    public init(extensions: Set<String> = documentExtensions, followSymlinks: Bool = false) {
        self.extensions = extensions
        self.followSymlinks = followSymlinks
    }

    /// The candidate files under `root` (or `root` itself when it is a file) as absolute,
    /// standardized paths, sorted: the index keys documents by them.
    public func files(under root: String) throws -> [String] {
        try walk(under: root).files
    }

    /// The candidate files under `root` and the entries left out, with reasons.
    public func walk(under root: String) throws -> CorpusWalk {
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: root, isDirectory: &isDirectory) else {
            throw DocumentError.unreadable(path: root, reason: "no such file or folder")
        }
        let base = Self.absolute(root)
        guard isDirectory.boolValue else { return CorpusWalk(files: [base]) }
        guard let boundary = Self.resolved(base) else { throw DocumentError.unreadable(path: root, reason: "cannot list the folder") }
        var walk = CorpusWalk()
        var visited = Set<FileIdentity>()
        var pending = [base]
        if let identity = FileIdentity(path: base) { visited.insert(identity) }
        while let directory = pending.popLast() {
            guard let stream = opendir(directory) else {
                if directory == base { throw DocumentError.unreadable(path: root, reason: "cannot list the folder") }
                walk.skipped.append((directory, "\(directory): folder cannot be listed"))
                continue
            }
            defer { closedir(stream) }
            while let entry = readdir(stream) {
                let nameBytes = withUnsafeBytes(of: entry.pointee.d_name) { Array($0.prefix { $0 != 0 }) }
                guard nameBytes.first != 0x2E else { continue }   // ".", "..", hidden
                let parent = directory == "/" ? "" : directory
                guard let name = String(validating: nameBytes, as: UTF8.self) else {
                    let shown = parent + "/" + String(decoding: nameBytes, as: UTF8.self)
                    walk.skipped.append((shown, "\(shown): file name is not valid UTF-8 (rename it to index it)"))
                    continue
                }
                visit(parent + "/" + name, boundary: boundary, walk: &walk, visited: &visited, pending: &pending)
            }
        }
        walk.files.sort()
        return walk
    }

    /// Sorts one directory entry into files, folders to walk, and skipped entries.
    private func visit(_ path: String, boundary: String, walk: inout CorpusWalk, visited: inout Set<FileIdentity>,
                       pending: inout [String]) {
        var info = stat()
        guard lstat(path, &info) == 0 else { return }
        let kind = info.st_mode & S_IFMT
        if kind == S_IFDIR {
            if let identity = FileIdentity(path: path), visited.insert(identity).inserted { pending.append(path) }
            return
        }
        if kind == S_IFREG {
            if isCandidate(path) { walk.files.append(path) }
            return
        }
        guard kind == S_IFLNK else { return }
        guard let target = Self.resolved(path) else {
            // A broken link is listed so that reading it reports the missing file.
            if isCandidate(path) { walk.files.append(path) }
            return
        }
        let inside = target == boundary || target.hasPrefix(boundary == "/" ? "/" : boundary + "/")
        var targetIsDirectory: ObjCBool = false
        _ = FileManager.default.fileExists(atPath: target, isDirectory: &targetIsDirectory)
        if targetIsDirectory.boolValue {
            guard followSymlinks else { return }
            guard let identity = FileIdentity(path: target), visited.insert(identity).inserted else {
                walk.skipped.append((path, "\(path): link to a folder already walked (a link loop?); not followed again"))
                return
            }
            pending.append(path)
            return
        }
        guard isCandidate(path) else { return }
        if inside || followSymlinks {
            walk.files.append(path)
        } else {
            walk.skipped.append((path, "\(path): symbolic link leads outside the folder, to \(target) (--follow-symlinks to read it)"))
        }
    }

    private func isCandidate(_ path: String) -> Bool {
        Self.hasExtension(path, in: extensions)
    }

    /// Whether the last component of `path` ends in one of `extensions` (lowercase, no dot).
    static func hasExtension(_ path: String, in extensions: Set<String>) -> Bool {
        guard let dot = path.lastIndex(of: "."), !path[dot...].contains("/") else { return false }
        return extensions.contains(path[path.index(after: dot)...].lowercased())
    }

    /// The path with every link resolved, or nil when it leads nowhere.
    private static func resolved(_ path: String) -> String? {
        guard let pointer = realpath(path, nil) else { return nil }
        defer { free(pointer) }
        return String(cString: pointer)
    }

    /// The absolute, standardized form of a path.
    public static func absolute(_ path: String) -> String {
        URL(fileURLWithPath: path).standardizedFileURL.path
    }

    /// A path as shown to people: relative to the working folder when it lies under it.
    public static func display(_ path: String) -> String {
        display([path])[0]
    }

    /// Paths as shown to people, the working folder read once for all (a system call each).
    public static func display(_ paths: [String]) -> [String] {
        let cwd = FileManager.default.currentDirectoryPath + "/"
        return paths.map { $0.hasPrefix(cwd) ? String($0.dropFirst(cwd.count)) : $0 }
    }
}

/// A file's device and inode: the same folder reached by two paths has one identity.
private struct FileIdentity: Hashable {
    let device: UInt64
    let inode: UInt64

    init?(path: String) {
        var info = stat()
        guard stat(path, &info) == 0 else { return nil }
        device = UInt64(info.st_dev)
        inode = UInt64(info.st_ino)
    }
}
