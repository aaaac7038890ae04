import Foundation
import Testing
@testable import BraudelCorpus

/// Shard assignment: a partition of any file list, fixed by the relative path alone.
@Suite struct ShardTests {
    static let paths = (0..<600).map { "essays/\($0 % 7)/paper-\($0).txt" }

    @Test func everyFileIsInExactlyOneShard() throws {
        for count in [1, 2, 3, 5] {
            let shards = try (1...count).map { try Shard(number: $0, count: count) }
            var sizes = [Int](repeating: 0, count: count)
            for path in Self.paths {
                let owners = shards.filter { $0.contains(relativePath: path) }
                #expect(owners.count == 1, "\(path) in \(owners.count) of \(count) shards")
                if let owner = owners.first { sizes[owner.number - 1] += 1 }
            }
            // The hash spreads files evenly: no shard more than 30 % off its fair share.
            let fair = Double(Self.paths.count) / Double(count)
            #expect(sizes.allSatisfy { abs(Double($0) - fair) < 0.3 * fair }, "\(sizes)")
        }
    }

    @Test func assignmentDependsOnThePathAloneNotOnOtherFiles() throws {
        let shard = try Shard(number: 2, count: 3)
        let before = Self.paths.filter { shard.contains(relativePath: $0) }
        let grown = (Self.paths + (0..<200).map { "new/added-\($0).md" }).shuffled()
        let after = grown.filter { shard.contains(relativePath: $0) && !$0.hasPrefix("new/") }
        #expect(Set(before) == Set(after))
        // Fixed across processes and versions: FNV-1a's published test vector.
        #expect(Shard.fnv1a("a") == 0xaf63_dc4c_8601_ec8c)
    }

    @Test func pathsAreHashedRelativeToTheOutermostRoot() throws {
        let paths = ShardPaths(absoluteRoots: ["/data/corpus/", "/data/corpus/sub", "/elsewhere/one.txt"])
        #expect(paths.relative("/data/corpus/sub/a.txt") == "sub/a.txt")
        #expect(paths.relative("/data/corpus/b.txt") == "b.txt")
        #expect(paths.relative("/elsewhere/one.txt") == "one.txt")
        // Two machines mounting the corpus at different places agree.
        let other = ShardPaths(absoluteRoots: ["/mnt/c"])
        #expect(other.relative("/mnt/c/sub/a.txt") == paths.relative("/data/corpus/sub/a.txt"))
    }

    @Test func specificationsAreParsedAndValidated() throws {
        let shard = try Shard(parsing: "2/3")
        #expect(shard.number == 2 && shard.count == 3 && shard.description == "2/3")
        #expect(try Shard(parsing: "1/1").contains(relativePath: "anything"))
        for bad in ["0/3", "4/3", "3", "a/b", "1/0", "-1/2", "1/2/3", ""] {
            #expect(throws: Shard.SpecificationError.self, "\(bad)") { try Shard(parsing: bad) }
        }
        #expect((try? Shard(parsing: "4/3")) == nil)
        do { _ = try Shard(parsing: "4/3") } catch { #expect("\(error)".contains("'4/3'") && "\(error)".contains("between 1 and 3")) }
    }
}
