import BraudelDocuments
import BraudelIndex
import Foundation

/// One document a run reads: a file on disk, or a member of an archive of documents
/// (``DocumentArchive``), keyed by its document path either way.
struct PendingDocument: Sendable {
    /// The document's path: the file's, or `archive.zip/member` for an archive member.
    var path: String
    /// For a member: the archive file and the member's name inside it.
    var archive: String?
    var member: String?
    /// What the index holds for the path, if anything.
    var previous: FileStamp?
}

/// The documents a run must read, and every document path still present (kept in the index).
struct IndexPlan {
    var pending: [PendingDocument] = []
    var present = Set<String>()
}

extension IndexBuilder {
    /// Sorts the candidate files into documents to read and documents unchanged. A file is
    /// unchanged when size and time match its stamp; an archive when every member indexed from
    /// it carries the archive's time (members are stamped with it), else each member is read and
    /// compared by hash. Without an index (`analyzeOnly`) everything is read.
    func plan(_ files: [String], index: CorpusIndex?, force: Bool, summary: inout IndexRunSummary) throws -> IndexPlan {
        var plan = IndexPlan()
        for path in files {
            plan.present.insert(path)
            if let reason = oversized(path) {
                summary.skipped.append((path, reason))
                if let index { plan.present.formUnion(try index.indexedPaths(under: path)) }
                continue
            }
            if DocumentArchive.isArchive(path: path, head: (try? FileLoader.head(atPath: path, count: ReaderRegistry.headSize)) ?? []) {
                try planArchive(path, index: index, force: force, summary: &summary, plan: &plan)
                continue
            }
            let previous = try index?.stamp(forPath: path)
            if !force, let previous, let stat = Self.stat(path), stat.size == previous.size, stat.mtime == previous.mtime {
                summary.unchanged += 1
            } else {
                plan.pending.append(PendingDocument(path: path, previous: previous))
            }
        }
        return plan
    }

    /// The members of one archive: all unchanged, or each to read. An archive that cannot be
    /// opened is one failure naming it, and what was indexed from it stays.
    private func planArchive(_ path: String, index: CorpusIndex?, force: Bool, summary: inout IndexRunSummary,
                             plan: inout IndexPlan) throws {
        plan.present.remove(path)
        let indexed = try index?.indexedPaths(under: path).filter { $0 != path } ?? []
        let stamps = try indexed.compactMap { try index?.stamp(forPath: $0) }
        if !force, !stamps.isEmpty, let stat = Self.stat(path), stamps.allSatisfy({ $0.mtime == stat.mtime }) {
            summary.unchanged += stamps.count
            plan.present.formUnion(indexed)
            return
        }
        let archive: DocumentArchive
        do {
            archive = try DocumentArchive(bytes: FileLoader.bytes(atPath: path, maxBytes: maxFileSize), path: path)
        } catch let error as DocumentError {
            summary.failures.append((path, error.description))
            plan.present.formUnion(indexed)
            return
        }
        summary.failures += archive.skipped.map { (DocumentArchive.memberPath(archive: path, member: $0.member), $0.reason) }
        if archive.members.isEmpty { summary.failures.append((path, "\(path): no documents in the ZIP archive")) }
        for member in archive.members {
            let memberPath = DocumentArchive.memberPath(archive: path, member: member)
            plan.present.insert(memberPath)
            plan.pending.append(PendingDocument(path: memberPath, archive: path, member: member,
                                                previous: try index?.stamp(forPath: memberPath)))
        }
    }
}

/// Extracts the archive members of a batch, each archive opened once per batch.
enum ArchiveMembers {
    /// Member bytes (or the error naming archive and member) by document path.
    static func extract(_ batch: [PendingDocument], maxBytes: Int) -> [String: Result<[UInt8], DocumentError>] {
        var results = [String: Result<[UInt8], DocumentError>]()
        let byArchive = Dictionary(grouping: batch.filter { $0.archive != nil }, by: { $0.archive! })
        for (path, items) in byArchive {
            do {
                var archive = try DocumentArchive(bytes: FileLoader.bytes(atPath: path, maxBytes: maxBytes), path: path)
                for item in items {
                    do {
                        results[item.path] = .success(try archive.read(item.member ?? ""))
                    } catch let error as DocumentError {
                        results[item.path] = .failure(error)
                    }
                }
            } catch let error as DocumentError {
                for item in items { results[item.path] = .failure(error) }
            } catch {
                for item in items { results[item.path] = .failure(.unreadable(path: path, reason: "\(error)")) }
            }
        }
        return results
    }
}
