import Testing
@testable import BraudelNetworks

/// Issue 13: counting only the pairs that can reach `--top` gives exactly the graph that
/// counting every pair and then cutting gives, for skewed (citation-like) and flat data.
@Suite struct TopPairsTests {
    /// Groups citing items drawn with a Zipf-like skew: a few items in most groups, a long tail.
    static func occurrences(groups: Int, items: Int, perGroup: Int, seed: UInt64) -> [Occurrence] {
        var state = seed
        func next() -> UInt64 {
            state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            return state >> 33
        }
        var result = [Occurrence]()
        for group in 0..<groups {
            for _ in 0..<perGroup {
                let uniform = Double(next() % 1_000_000) / 1_000_000
                let item = Int(Double(items) * uniform * uniform * uniform)
                result.append(Occurrence(group: "g\(group)", item: "w\(item)", itemLabel: "Work \(item)"))
            }
        }
        return result
    }

    @Test func prunedGraphCutEqualsFullGraphCut() {
        for (seed, perGroup) in [(UInt64(1), 12), (2, 30), (3, 4)] {
            let occurrences = Self.occurrences(groups: 400, items: 900, perGroup: perGroup, seed: seed)
            for top in [1, 10, 150, 5_000] {
                for minCount in [1, 3] {
                    let full = GraphFilter.apply(SimilarityNetwork.build(occurrences: occurrences, nodeType: "work",
                                                                         minCount: minCount), top: top)
                    let pruned = SimilarityNetwork.build(occurrences: occurrences, nodeType: "work", minCount: minCount, top: top)
                    #expect(GraphFilter.apply(pruned, top: top) == full, "seed \(seed), top \(top), min \(minCount)")
                    #expect(pruned.edges.count <= SimilarityNetwork.build(occurrences: occurrences, nodeType: "work",
                                                                          minCount: minCount).edges.count)
                }
            }
        }
    }
}
