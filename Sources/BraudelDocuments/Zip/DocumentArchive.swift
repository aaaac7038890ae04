import Foundation

/// A `.zip` of documents (what Voyant and many repositories hand out), indexed as its documents.
///
/// A member's document path is the archive's path, a slash, and the member's name inside the
/// archive: `corpus.zip/essays/hegemony.md`. Readers pick the format from that path as from any
/// other, errors name archive and member in one line, and the index keys the member by it.
///
/// The archive goes through ``SafeZipArchive`` with the DOCX/EPUB readers' ``ZipSafetyLimits``:
/// layout checked before ZIPFoundation sees it, unsafe names refused, and the expansion budget
/// applied to the sizes the directory declares for all document members together (each member
/// then may not expand past its declared size), so a zip bomb fails before anything is extracted.
/// Members of unknown formats, folders, hidden files, macOS resource forks (`__MACOSX/`) and
/// nested archives are passed over; nothing is ever written to disk.
public struct DocumentArchive {
    /// The extension that marks a file as an archive of documents.
    public static let pathExtension = "zip"

    /// Path of the archive file.
    public let path: String
    /// Names of the document members, in the archive's order.
    public let members: [String]
    /// Members left out, with a one-line reason naming archive and member.
    public let skipped: [(member: String, reason: String)]
    private var archive: SafeZipArchive

    /// Opens the archive at `path` and lists its document members (those whose extension is in
    /// `extensions`). Throws a ``DocumentError`` naming the archive when it is not a ZIP, is
    /// damaged, or declares more than the expansion budget.
    public init(bytes: [UInt8], path: String, extensions: Set<String> = CorpusWalker.documentExtensions,
                limits: ZipSafetyLimits = .standard) throws {
        archive = try SafeZipArchive(bytes: bytes, path: path, limits: limits)
        self.path = path
        var members = [String](), skipped = [(member: String, reason: String)]()
        var declared: UInt64 = 0
        for name in archive.entryNames where !name.hasSuffix("/") && CorpusWalker.hasExtension(name, in: extensions) {
            if ArchivePath.isUnsafeEntryName(name) {
                skipped.append((name, "\(Self.memberPath(archive: path, member: name)): unsafe ZIP entry name; not read"))
                continue
            }
            guard !Self.isHidden(name) else { continue }
            members.append(name)
            declared += archive.declaredSize(of: name)
        }
        if declared > UInt64(archive.remainingBudget) {
            throw DocumentError.malformed(path: path, reason: "ZIP archive declares \(declared) bytes of documents, over the \(archive.remainingBudget)-byte expansion budget (zip bomb?)")
        }
        self.members = members
        self.skipped = skipped
    }

    /// The bytes of document member `name`. Throws a ``DocumentError`` naming archive and member
    /// when the entry is damaged or expands past what it declared.
    public mutating func read(_ name: String) throws -> [UInt8] {
        guard let bytes = try archive.read(name) else {
            throw DocumentError.unreadable(path: Self.memberPath(archive: path, member: name), reason: "no such member in the archive")
        }
        return bytes
    }

    /// Whether the file at `path` is to be opened as an archive of documents: a `.zip` that is
    /// not a DOCX, ODT or EPUB under another name (those are one document each).
    public static func isArchive(path: String, head: [UInt8]) -> Bool {
        CorpusWalker.hasExtension(path, in: [pathExtension])
            && !ZipSniffer.isDOCX(head) && !ZipSniffer.isEPUB(head) && !ZipSniffer.isODT(head)
    }

    /// The document path of member `member` of the archive at `archive`.
    public static func memberPath(archive: String, member: String) -> String {
        archive + "/" + member
    }

    /// The archive a document path lies in (`…/corpus.zip/a/b.md` → `…/corpus.zip`), or nil for
    /// a path that is no archive member.
    public static func archive(containing path: String) -> String? {
        let marker = "." + pathExtension + "/"
        guard let range = path.range(of: marker, options: [.caseInsensitive, .backwards]) else { return nil }
        return String(path[..<path.index(before: range.upperBound)])
    }

    /// Hidden files and folders, and the resource forks macOS adds under `__MACOSX/`.
    private static func isHidden(_ name: String) -> Bool {
        name.split(separator: "/").contains { $0.hasPrefix(".") || $0 == "__MACOSX" }
    }
}
