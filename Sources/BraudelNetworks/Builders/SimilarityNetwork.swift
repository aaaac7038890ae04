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
        var members = [String: Set<String>]()
        var labels = [String: String]()
        var order = [String]()
        for occurrence in occurrences {
            if labels[occurrence.item] == nil {
                labels[occurrence.item] = occurrence.itemLabel
                order.append(occurrence.item)
            }
            members[occurrence.group, default: []].insert(occurrence.item)
        }
        var totals = [String: Int]()
        var shared = [ItemPair: Int]()
        for items in members.values {
            let sorted = items.sorted()
            for (index, a) in sorted.enumerated() {
                totals[a, default: 0] += 1
                for b in sorted[(index + 1)...] { shared[ItemPair(a: a, b: b), default: 0] += 1 }
            }
        }
        var edges = [Edge]()
        var linked = Set<String>()
        for (pair, count) in shared where count >= max(1, minCount) {
            linked.formUnion([pair.a, pair.b])
            let a = totals[pair.a] ?? 0, b = totals[pair.b] ?? 0
            var attributes = [String: Double]()
            if let groupTotal { attributes["npmi"] = npmi(count, a, b, total: groupTotal) }
            guard let normalization else {
                edges.append(Edge(source: pair.a, target: pair.b, weight: Double(count), attributes: attributes))
                continue
            }
            attributes["count"] = Double(count)
            edges.append(Edge(source: pair.a, target: pair.b, weight: normalization.strength(shared: count, a, b),
                              attributes: attributes))
        }
        let nodes = order.filter(linked.contains).map {
            Node(id: $0, label: labels[$0] ?? $0, type: nodeType, attributes: ["occurrences": String(totals[$0] ?? 0)])
        }
        return Graph(nodes: nodes, edges: GraphFilter.heaviestFirst(edges), directed: false)
    }

    /// Normalized PMI in [-1, 1]; 1 when the pair occurs in every group.
    static func npmi(_ count: Int, _ a: Int, _ b: Int, total: Int) -> Double {
        guard count > 0, a > 0, b > 0, total > 0 else { return 0 }
        let n = Double(total), joint = Double(count) / n
        guard joint < 1 else { return 1 }
        return log(joint / ((Double(a) / n) * (Double(b) / n))) / -log(joint)
    }

    private struct ItemPair: Hashable {
        let a: String
        let b: String
    }
}
