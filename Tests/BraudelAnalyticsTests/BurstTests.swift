import Foundation
import Testing
@testable import BraudelAnalytics

/// Kleinberg bursts against an exhaustive-search reference written in Python.
@Suite struct BurstTests {
    /// Synthetic series: a planted burst, two bursts, a flat series, a series with an empty year,
    /// and seeded random ones.
    static let series: [[BurstBatch]] = {
        func batches(_ counts: [(Int, Int)], from start: Int = 1990) -> [BurstBatch] {
            counts.enumerated().map { BurstBatch(period: start + $0.offset, events: $0.element.0, total: $0.element.1) }
        }
        var all = [
            batches([5, 5, 5, 20, 25, 22, 5, 5, 5, 5].map { ($0, 100) }),
            batches([2, 30, 28, 3, 2, 2, 26, 31, 2, 2].map { ($0, 120) }),
            batches([4, 4, 4, 4, 4, 4].map { ($0, 50) }),
            batches([(1, 40), (0, 0), (9, 35), (12, 40), (2, 44), (1, 39), (0, 41)]),
        ]
        var generator = SplitMix(seed: 42)
        for _ in 0..<6 {
            all.append(batches((0..<11).map { _ in
                let total = 20 + Int(generator.next() % 200)
                return (Int(generator.next() % UInt64(total / 3 + 1)), total)
            }, from: 2000))
        }
        return all
    }()

    @Test func plantedBurstIsFoundWhereItWasPlanted() {
        let bursts = BurstDetector().bursts(Self.series[0])
        #expect(bursts.map { [$0.begin, $0.end] } == [[1993, 1995]])
        #expect(bursts.allSatisfy { $0.strength > 0 })
        #expect(BurstDetector().bursts(Self.series[2]).isEmpty)
        #expect(BurstDetector(gamma: 1).bursts(Self.series[1]).count == 2)
    }

    @Test(.enabled(if: AnalyticsFixtures.networkxAvailable, "python3 is not installed"), arguments: [0.5, 1.0, 2.0])
    func burstsEqualTheExhaustiveReference(gamma: Double) throws {
        let request: [String: Any] = ["s": 2.0, "gamma": gamma,
                                      "series": Self.series.map { $0.map { [$0.period, $0.events, $0.total] } }]
        let script = AnalyticsFixtures.referenceFolder.appendingPathComponent("kleinberg_reference.py").path
        let result = try AnalyticsFixtures.python([script],
                                                  input: String(decoding: try JSONSerialization.data(withJSONObject: request), as: UTF8.self))
        #expect(result.status == 0, "\(result.output)")
        let reference = try #require(try JSONSerialization.jsonObject(with: Data(result.output.utf8)) as? [[[Double]]])
        #expect(reference.count == Self.series.count)
        for (batches, expected) in zip(Self.series, reference) {
            let ours = BurstDetector(gamma: gamma).bursts(batches)
            #expect(ours.map { [Double($0.begin), Double($0.end)] } == expected.map { Array($0.prefix(2)) })
            for (burst, triple) in zip(ours, expected) { #expect(abs(burst.strength - triple[2]) < 1e-9) }
        }
    }
}

/// A tiny seeded generator so the random series are the same on every run.
struct SplitMix {
    var state: UInt64
    init(seed: UInt64) { state = seed }
    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE5_E9B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}
