import Foundation
import Testing
@testable import BraudelDocuments

/// Issue 18: links never lead the walk out of the folder by default, loops are detected, and a
/// file name that is not UTF-8 is reported instead of skipped silently.
@Suite struct CorpusWalkerTests {
    let root: URL
    let outside: URL

    init() throws {
        let base = FileManager.default.temporaryDirectory.appendingPathComponent("braudel-walk-\(UUID().uuidString)")
        root = base.appendingPathComponent("corpus")
        outside = base.appendingPathComponent("elsewhere")
        let manager = FileManager.default
        try manager.createDirectory(at: root.appendingPathComponent("sub"), withIntermediateDirectories: true)
        try manager.createDirectory(at: outside, withIntermediateDirectories: true)
        try Data("core".utf8).write(to: root.appendingPathComponent("a.txt"))
        try Data("periphery".utf8).write(to: root.appendingPathComponent("sub/b.md"))
        try Data("secret".utf8).write(to: outside.appendingPathComponent("secret.txt"))
        try Data("far".utf8).write(to: outside.appendingPathComponent("far.txt"))
        try manager.createSymbolicLink(atPath: root.appendingPathComponent("inside-link.txt").path, withDestinationPath: "a.txt")
        try manager.createSymbolicLink(atPath: root.appendingPathComponent("outside-link.txt").path,
                                       withDestinationPath: outside.appendingPathComponent("secret.txt").path)
        try manager.createSymbolicLink(atPath: root.appendingPathComponent("sub/loop").path, withDestinationPath: "..")
        try manager.createSymbolicLink(atPath: root.appendingPathComponent("away").path, withDestinationPath: outside.path)
        // A Latin-1 name, "caf\u{E9}.txt" written as the single byte 0xE9: not UTF-8.
        let latin1 = Array(root.path.utf8) + Array("/caf".utf8) + [0xE9] + Array(".txt".utf8) + [0]
        let descriptor = latin1.withUnsafeBufferPointer { buffer in
            buffer.withMemoryRebound(to: CChar.self) { open($0.baseAddress!, O_CREAT | O_WRONLY, 0o644) }
        }
        #expect(descriptor >= 0)
        close(descriptor)
    }

    private func names(_ paths: [String]) -> [String] {
        paths.map { String($0.dropFirst(root.path.count + 1)) }
    }

    @Test func linksStayInsideByDefault() throws {
        let walk = try CorpusWalker().walk(under: root.path)
        #expect(names(walk.files) == ["a.txt", "inside-link.txt", "sub/b.md"])
        let reasons = walk.skipped.map(\.reason)
        #expect(reasons.count == 2, "\(reasons)")
        #expect(reasons.contains { $0.contains("outside-link.txt: symbolic link leads outside the folder") && $0.contains("--follow-symlinks") })
        #expect(reasons.contains { $0.contains("file name is not valid UTF-8") })
    }

    @Test func followingLinksDetectsLoops() throws {
        let walk = try CorpusWalker(followSymlinks: true).walk(under: root.path)
        #expect(names(walk.files) == ["a.txt", "away/far.txt", "away/secret.txt", "inside-link.txt", "outside-link.txt", "sub/b.md"])
        #expect(walk.skipped.contains { $0.reason.contains("sub/loop: link to a folder already walked") })
    }
}
