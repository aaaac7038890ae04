import BraudelNetworks
import Testing
@testable import BraudelAnalytics

/// Seeded force layouts: the same map every run, communities drawn apart.
@Suite struct LayoutTests {
    let graph = AnalyticsFixtures.twoCommunities

    @Test(arguments: LayoutMethod.allCases)
    func seededLayoutIsReproducibleAndFinite(method: LayoutMethod) throws {
        let first = try GraphLayout.positions(graph, method: method, seed: 3)
        #expect(first == (try GraphLayout.positions(graph, method: method, seed: 3)))
        #expect(first.count == graph.nodes.count && first.allSatisfy { $0.x.isFinite && $0.y.isFinite })
    }

    @Test func fruchtermanReingoldDrawsCommunitiesApart() throws {
        let positions = try GraphLayout.positions(graph, method: .fruchtermanReingold)
        func distance(_ a: Int, _ b: Int) -> Double {
            ((positions[a].x - positions[b].x) * (positions[a].x - positions[b].x)
                + (positions[a].y - positions[b].y) * (positions[a].y - positions[b].y)).squareRoot()
        }
        let sideA = Array(0..<5), sideB = Array(5..<10)
        let within = (sideA.flatMap { a in sideA.filter { $0 > a }.map { distance(a, $0) } }).max() ?? 0
        let across = (sideA.flatMap { a in sideB.map { distance(a, $0) } }).reduce(0, +) / 25
        #expect(within < across)
    }
}
