import BraudelDocuments
import Foundation

/// One document a run would read (`index --dry-run`): a file, or a member of an archive of
/// documents, with the format its name and first bytes select (nil when no reader takes it).
public struct IndexCandidate: Sendable, Equatable {
    /// The document path, `archive.zip/member` for an archive member.
    public var path: String
    public var format: DocumentFormat?
    /// Size in bytes: of the file, or of the member once extracted.
    public var bytes: Int
}

extension IndexBuilder {
    /// What ``update(_:roots:progress:)`` would read under `roots`, found by the same walk,
    /// shard and size rules, with archives opened and listed member by member; nothing is
    /// analyzed or written. Files skipped or archives that cannot be opened are in the summary,
    /// as a run would report them.
    public func candidates(roots: [String]) throws -> (documents: [IndexCandidate], summary: IndexRunSummary) {
        var summary = IndexRunSummary()
        let files = try candidateFiles(roots: roots, summary: &summary)
        let pending = try plan(files, index: nil, force: true, summary: &summary).pending
        let members = ArchiveMembers.extract(pending, maxBytes: maxFileSize)
        var documents = [IndexCandidate]()
        for document in pending {
            let head: [UInt8], bytes: Int
            if document.archive != nil {
                guard case .success(let content) = members[document.path] else { continue }
                head = Array(content.prefix(ReaderRegistry.headSize))
                bytes = content.count
            } else {
                head = (try? FileLoader.head(atPath: document.path, count: ReaderRegistry.headSize)) ?? []
                bytes = Self.stat(document.path)?.size ?? 0
            }
            let format = ReaderRegistry.standard.reader(forPath: document.path, head: head)?.format
            documents.append(IndexCandidate(path: document.path, format: format, bytes: bytes))
        }
        for case (let path, .failure(let error)) in members { summary.failures.append((path, error.description)) }
        return (documents, summary)
    }
}
