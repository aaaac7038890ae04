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

/// Similarity networks counted from occurrences: two items are joined by the number of groups
/// holding both (a_ij), and each node records its own number of groups (s_i) as the attribute
/// "occurrences". The edge weight is a_ij, or a normalized strength with a_ij kept as the edge
/// attribute "count". Edges come heaviest first, ties by node ids.
public enum SimilarityNetwork {
    /// Builds the network keeping pairs with `a_ij >= minCount`; repeated occurrences of an item
    /// in one group count once. Given `groupTotal` (all groups, including those without items,
    /// e.g. every sentence), each edge also carries its NPMI as the attribute "npmi".
    public static func build(occurrences: [Occurrence], nodeType: String, minCount: Int = 1,
                             normalization: Normalization? = nil, groupTotal: Int? = nil) -> Graph {
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
        var totals = [Int](repeating: 0, count: items.count)
        var shared = [UInt64: Int]()
        for group in members.values {
            let sorted = group.sorted()
            for (index, a) in sorted.enumerated() {
                totals[a] += 1
                for b in sorted[(index + 1)...] { shared[UInt64(a) << 32 | UInt64(b), default: 0] += 1 }
            }
        }
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
            let (source, target) = items[a].id < items[b].id ? (items[a].id, items[b].id) : (items[b].id, items[a].id)
            edges.append(Edge(source: source, target: target, weight: weight, attributes: attributes))
        }
        let nodes = items.indices.filter { linked[$0] }.map {
            Node(id: items[$0].id, label: items[$0].label, type: nodeType, attributes: ["occurrences": .integer(totals[$0])])
        }
        return Graph(nodes: nodes, edges: GraphFilter.heaviestFirst(edges), directed: false)
    }

    /// Normalized PMI in [-1, 1] (``AssociationMeasures``); 1 when the pair occurs in every group.
    static func npmi(_ count: Int, _ a: Int, _ b: Int, total: Int) -> Double {
        AssociationMeasures(count: count, countA: a, countB: b, total: total).npmi
    }
}
