import BraudelMeasures
import Foundation

/// One item occurring in one group: a work cited by a document (co-citation), a document citing
/// a work (coupling), a concept named in a sentence (concept co-occurrence).
public struct Occurrence: Sendable, Hashable {
    public var group: String
    public var item: String
    public var itemLabel: String

    public init(group: String, item: String, itemLabel: String) {
        self.group = group
        self.item = item
        self.itemLabel = itemLabel
    }
}

/// What a similarity network is drawn from: its items in order of first appearance (the order
/// of the graph's nodes), each item's number of groups, and the groups shared by pairs of items
/// (keyed ``pairKey(_:_:)``).
public struct SimilarityCounts: Sendable {
    public var items: [(id: String, label: String)]
    public var totals: [Int]
    public var shared: [UInt64: Int]

    public init(items: [(id: String, label: String)], totals: [Int], shared: [UInt64: Int]) {
        self.items = items
        self.totals = totals
        self.shared = shared
    }

    /// The key of the pair of items numbered `a` and `b` (in either order).
    public static func pairKey(_ a: Int, _ b: Int) -> UInt64 { UInt64(min(a, b)) << 32 | UInt64(max(a, b)) }
}

/// Similarity networks counted from occurrences: two items are joined by the number of groups
/// holding both (a_ij), and each node records its own number of groups (s_i) as the attribute
/// "occurrences". The edge weight is a_ij, or a normalized strength with a_ij kept as the edge
/// attribute "count". Edges come heaviest first, ties by node ids.
public enum SimilarityNetwork {
    /// Builds the network keeping pairs with `a_ij >= minCount`; repeated occurrences of an item
    /// in one group count once. Given `groupTotal` (all groups, including those without items,
    /// e.g. every sentence), each edge also carries its NPMI as the attribute "npmi".
    ///
    /// Given `top` (the caller keeps only the `top` heaviest edges, ``GraphFilter``) and count
    /// weights, only pairs that can be among those edges are counted: a pair never outweighs the
    /// smaller of its two items' totals, so once the `top`-th heaviest pair among the items of
    /// largest totals outweighs every item left out, no pair with a left-out item can reach the
    /// cut. The graph then holds every edge the cut keeps (and some more), in memory bounded by
    /// the items counted rather than by every co-occurring pair of the corpus.
    public static func build(occurrences: [Occurrence], nodeType: String, minCount: Int = 1,
                             normalization: Normalization? = nil, groupTotal: Int? = nil, top: Int? = nil) -> Graph {
        var numbers = [String: Int]()
        var items = [(id: String, label: String)]()
        var members = [String: Set<Int>]()
        for occurrence in occurrences {
            let number = numbers[occurrence.item] ?? items.count
            if number == items.count {
                numbers[occurrence.item] = number
                items.append((occurrence.item, occurrence.itemLabel))
            }
            members[occurrence.group, default: []].insert(number)
        }
        let groups = members.values.map { $0.sorted() }
        members = [:]
        return build(groups: groups, items: items.map(\.id), labels: { $0.map { items[$0].label } }, nodeType: nodeType,
                     minCount: minCount, normalization: normalization, groupTotal: groupTotal, top: top)
    }

    /// Builds the network from groups of item numbers (each group sorted, without repeats;
    /// items numbered by first appearance, `items` holding their ids): what
    /// ``build(occurrences:nodeType:minCount:normalization:groupTotal:top:)`` makes of the
    /// occurrences, for callers that number items themselves. `labels` is asked once for the
    /// labels of the items left in the graph.
    public static func build(groups: [[Int]], items: [String], labels: ([Int]) throws -> [String], nodeType: String,
                             minCount: Int = 1, normalization: Normalization? = nil, groupTotal: Int? = nil,
                             top: Int? = nil) rethrows -> Graph {
        // Pairs are keyed by two packed item numbers: hashing strings for every pair was the
        // whole cost on large corpora.
        var totals = [Int](repeating: 0, count: items.count)
        for group in groups { for item in group { totals[item] += 1 } }
        let shared = top.map { top in normalization == nil
            ? pairsReachingTop(groups, totals: totals, top: max(0, top), minCount: max(1, minCount))
            : pairs(groups, counted: nil) } ?? pairs(groups, counted: nil)
        return try assemble(items: items, labels: labels, totals: totals, shared: shared, nodeType: nodeType,
                            minCount: minCount, normalization: normalization, groupTotal: groupTotal)
    }

    /// Builds the network from counts already made (kept at write time): the same graph
    /// ``build(occurrences:nodeType:minCount:normalization:groupTotal:top:)`` makes from the
    /// occurrences these counts summarize.
    public static func build(counts: SimilarityCounts, nodeType: String, minCount: Int = 1,
                             normalization: Normalization? = nil, groupTotal: Int? = nil) -> Graph {
        assemble(items: counts.items.map(\.id), labels: { $0.map { counts.items[$0].label } }, totals: counts.totals,
                 shared: counts.shared, nodeType: nodeType, minCount: minCount, normalization: normalization,
                 groupTotal: groupTotal)
    }

    private static func assemble(items: [String], labels: ([Int]) throws -> [String], totals: [Int], shared: [UInt64: Int],
                                 nodeType: String, minCount: Int, normalization: Normalization?,
                                 groupTotal: Int?) rethrows -> Graph {
        var edges = [Edge]()
        var linked = [Bool](repeating: false, count: items.count)
        for (key, count) in shared where count >= max(1, minCount) {
            let a = Int(key >> 32), b = Int(key & 0xFFFF_FFFF)
            linked[a] = true
            linked[b] = true
            var attributes = [String: Double]()
            if let groupTotal { attributes["npmi"] = npmi(count, totals[a], totals[b], total: groupTotal) }
            var weight = Double(count)
            if let normalization {
                attributes["count"] = weight
                weight = normalization.strength(shared: count, totals[a], totals[b])
            }
            let (source, target) = items[a] < items[b] ? (items[a], items[b]) : (items[b], items[a])
            edges.append(Edge(source: source, target: target, weight: weight, attributes: attributes))
        }
        let nodeItems = items.indices.filter { linked[$0] }
        let nodeLabels = try labels(nodeItems)
        let nodes = zip(nodeItems, nodeLabels).map { item, label in
            Node(id: items[item], label: label, type: nodeType, attributes: ["occurrences": .integer(totals[item])])
        }
        return Graph(nodes: nodes, edges: GraphFilter.heaviestFirst(edges), directed: false)
    }

    /// Groups shared by each pair of items (packed `a << 32 | b`, a < b), counting only items
    /// marked in `counted` (all when nil).
    static func pairs(_ groups: [[Int]], counted: [Bool]?) -> [UInt64: Int] {
        var shared = [UInt64: Int]()
        for group in groups {
            let kept = counted.map { flags in group.filter { flags[$0] } } ?? group
            for (index, a) in kept.enumerated() {
                for b in kept[(index + 1)...] { shared[UInt64(a) << 32 | UInt64(b), default: 0] += 1 }
            }
        }
        return shared
    }

    /// The pairs among the items of largest totals, growing that set until the `top`-th heaviest
    /// pair (at least `minCount`) outweighs the largest total left out (see ``build``).
    static func pairsReachingTop(_ groups: [[Int]], totals: [Int], top: Int, minCount: Int) -> [UInt64: Int] {
        let order = totals.indices.filter { totals[$0] >= minCount }.sorted { totals[$0] > totals[$1] }
        var size = min(order.count, max(64, 4 * Int(Double(top).squareRoot())))
        while true {
            var counted = [Bool](repeating: false, count: totals.count)
            for item in order.prefix(size) { counted[item] = true }
            let shared = pairs(groups, counted: counted)
            if size == order.count { return shared }
            let weights = shared.values.filter { $0 >= minCount }.sorted(by: >)
            if top > 0, weights.count >= top, totals[order[size]] < weights[top - 1] { return shared }
            size = min(order.count, size * 2)
        }
    }

    /// Normalized PMI in [-1, 1] (``AssociationMeasures``); 1 when the pair occurs in every group.
    static func npmi(_ count: Int, _ a: Int, _ b: Int, total: Int) -> Double {
        AssociationMeasures(count: count, countA: a, countB: b, total: total).npmi
    }
}
