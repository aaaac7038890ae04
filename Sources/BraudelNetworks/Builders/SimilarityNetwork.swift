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
        // Items are numbered by first appearance and pairs keyed by two packed numbers: hashing
        // strings for every pair was the whole cost on large corpora.
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
        var totals = [Int](repeating: 0, count: items.count)
        for group in groups { for item in group { totals[item] += 1 } }
        let shared = top.map { top in normalization == nil
            ? pairsReachingTop(groups, totals: totals, top: max(0, top), minCount: max(1, minCount))
            : pairs(groups, counted: nil) } ?? pairs(groups, counted: nil)
        return build(counts: SimilarityCounts(items: items, totals: totals, shared: shared), nodeType: nodeType,
                     minCount: minCount, normalization: normalization, groupTotal: groupTotal)
    }

    /// Builds the network from counts already made (kept at write time, or streamed from the
    /// index): the same graph ``build(occurrences:nodeType:minCount:normalization:groupTotal:top:)``
    /// makes from the occurrences these counts summarize.
    public static func build(counts: SimilarityCounts, nodeType: String, minCount: Int = 1,
                             normalization: Normalization? = nil, groupTotal: Int? = nil) -> Graph {
        let items = counts.items, totals = counts.totals
        var edges = [Edge]()
        var linked = [Bool](repeating: false, count: items.count)
        for (key, count) in counts.shared where count >= max(1, minCount) {
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
            let (source, target) = items[a].id < items[b].id ? (items[a].id, items[b].id) : (items[b].id, items[a].id)
            edges.append(Edge(source: source, target: target, weight: weight, attributes: attributes))
        }
        let nodes = items.indices.filter { linked[$0] }.map {
            Node(id: items[$0].id, label: items[$0].label, type: nodeType, attributes: ["occurrences": .integer(totals[$0])])
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
