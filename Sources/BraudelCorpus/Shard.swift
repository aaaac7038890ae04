import BraudelDocuments
import BraudelIndex

/// One of N slices of a corpus, so that N machines (or N runs) can each index a part and
/// `braudel merge` can combine the parts. A file belongs to a slice by a hash of its path
/// relative to the folder given on the command line, not by its position in the file list:
/// adding or removing a file never moves any other file to another slice, and two machines that
/// mount the corpus at different places still agree on the assignment.
public struct Shard: Sendable, Hashable, CustomStringConvertible {
    /// 1-based slice number, `1...count`.
    public let number: Int
    /// How many slices the corpus is cut into.
    public let count: Int

    /// Why a shard specification was refused; `description` fits a usage message.
    public struct SpecificationError: Error, CustomStringConvertible, Sendable, Equatable {
        public let specification: String
        public let reason: String
        public var description: String { "bad shard '\(specification)': \(reason) (expected K/N with 1 ≤ K ≤ N, e.g. 2/3)" }
    }

    /// A slice from its number and the slice count; throws unless `1 <= number <= count`.
    public init(number: Int, count: Int) throws {
        guard count >= 1 else { throw SpecificationError(specification: "\(number)/\(count)", reason: "N must be at least 1") }
        guard (1...count).contains(number) else {
            throw SpecificationError(specification: "\(number)/\(count)", reason: "K must lie between 1 and \(count)")
        }
        self.number = number
        self.count = count
    }

    /// Parses `K/N` as written on the command line (`2/3`).
    public init(parsing text: String) throws {
        let parts = text.split(separator: "/", omittingEmptySubsequences: false)
        guard parts.count == 2, let number = Int(parts[0].trimmingSpaces), let count = Int(parts[1].trimmingSpaces) else {
            throw SpecificationError(specification: text, reason: "not two whole numbers separated by '/'")
        }
        do {
            try self.init(number: number, count: count)
        } catch let error as SpecificationError {
            throw SpecificationError(specification: text, reason: error.reason)
        }
    }

    public var description: String { "\(number)/\(count)" }

    /// Whether the file at `relativePath` (relative to its corpus folder, `/`-separated) is in
    /// this slice.
    public func contains(relativePath: String) -> Bool {
        Int(Self.fnv1a(relativePath) % UInt64(count)) == number - 1
    }

    /// Whether the absolute file path `path`, found under one of `roots` (as given on the
    /// command line), is in this slice.
    public func contains(path: String, roots: [String]) -> Bool {
        contains(relativePath: ShardPaths(absoluteRoots: roots.map(CorpusWalker.absolute)).relative(path))
    }

    /// 64-bit FNV-1a over the UTF-8 bytes: fixed across runs, machines and Swift versions,
    /// which `Hasher` (randomly seeded per process) is not.
    static func fnv1a(_ text: String) -> UInt64 {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        for byte in text.utf8 {
            hash ^= UInt64(byte)
            hash = hash &* 0x0000_0100_0000_01b3
        }
        return hash
    }
}

/// Assigns each found file the path a shard hashes: relative to the outermost given root that
/// holds it (so overlapping roots such as `corpus` and `corpus/sub` agree), or the file's name
/// when a root names the file itself.
struct ShardPaths: Sendable {
    /// Absolute, standardized roots as given, without trailing slashes.
    let roots: [String]

    init(absoluteRoots: [String]) {
        roots = absoluteRoots.map { root in
            var trimmed = root
            while trimmed.count > 1 && trimmed.hasSuffix("/") { trimmed.removeLast() }
            return trimmed
        }
    }

    /// The path `shard` hashes for the absolute file path `path`.
    func relative(_ path: String) -> String {
        var best: String?
        for root in roots {
            if path == root { best = best ?? Self.lastComponent(path); continue }
            let prefix = root == "/" ? "/" : root + "/"
            guard path.hasPrefix(prefix) else { continue }
            let candidate = String(path.dropFirst(prefix.count))
            if best == nil || candidate.count > best!.count { best = candidate }
        }
        return best ?? Self.lastComponent(path)
    }

    private static func lastComponent(_ path: String) -> String {
        path.split(separator: "/").last.map(String.init) ?? path
    }
}

private extension Substring {
    var trimmingSpaces: Substring {
        var text = self
        while text.first == " " { text.removeFirst() }
        while text.last == " " { text.removeLast() }
        return text
    }
}
