import BraudelCitations
import BraudelIndex
import BraudelNetworks

/// Co-citation, coupling and author co-citation networks counted over the numbered document–work
/// incidence (``WorkIncidence``): the same graphs as from ``WorkOccurrence`` rows, whose
/// strings (path, title, label per row) took gigabytes on a 1 GB corpus. Items are numbered in
/// order of first appearance in the rows, as ``SimilarityNetwork`` numbers occurrences.
extension NetworkSource {
    /// Works cited together by documents.
    func cocitationNetwork(_ incidence: WorkIncidence) throws -> Graph {
        var itemOfWork = [Int](repeating: -1, count: incidence.works.count)
        var items = [String]()
        let groups = Self.groups(incidence.links, by: \.document) { link in
            let work = Int(link.work)
            if itemOfWork[work] < 0 {
                itemOfWork[work] = items.count
                items.append(incidence.works[work])
            }
            return itemOfWork[work]
        }
        return try SimilarityNetwork.build(
            groups: groups, items: items, labels: { try index.workNodeDetails(keys: $0.map { items[$0] }).map(\.label) },
            nodeType: "work", minCount: minCount, normalization: normalization, top: top)
    }

    /// Documents citing the same works.
    func couplingNetwork(_ incidence: WorkIncidence) -> Graph {
        var itemOfDocument = [Int](repeating: -1, count: incidence.documents.count)
        var items = [Int]()
        var groups = [[Int]](repeating: [], count: incidence.works.count)
        for link in incidence.links {
            let document = Int(link.document)
            if itemOfDocument[document] < 0 {
                itemOfDocument[document] = items.count
                items.append(document)
            }
            groups[Int(link.work)].append(itemOfDocument[document])
        }
        let documents = items.map { incidence.documents[$0] }
        return SimilarityNetwork.build(
            groups: groups.filter { !$0.isEmpty }, items: documents.map(\.path),
            labels: { $0.map { documents[$0].title ?? displayPath(documents[$0].path) } },
            nodeType: "document", minCount: minCount, normalization: normalization, top: top)
    }

    /// First authors of works cited together by documents; an author is labelled as the work
    /// of its first appearance names them.
    func authorNetwork(_ incidence: WorkIncidence) throws -> Graph {
        var itemOfWork = [Int](repeating: -1, count: incidence.works.count)
        var itemOfAuthor = [String: Int]()
        var items = [String](), firstWork = [Int]()
        let groups = Self.groups(incidence.links, by: \.document) { link in
            let work = Int(link.work)
            if itemOfWork[work] < 0 {
                let node = Self.authorNode(work: incidence.works[work])
                if let known = itemOfAuthor[node] {
                    itemOfWork[work] = known
                } else {
                    itemOfWork[work] = items.count
                    itemOfAuthor[node] = items.count
                    items.append(node)
                    firstWork.append(work)
                }
            }
            return itemOfWork[work]
        }
        return try SimilarityNetwork.build(groups: groups, items: items, labels: { nodes in
            let keys = nodes.map { incidence.works[firstWork[$0]] }
            return try zip(keys, index.workNodeDetails(keys: keys)).map { key, details in
                details.firstAuthor ?? CitedWorkKey(storageKey: key)?.firstAuthor ?? key
            }
        }, nodeType: "author", minCount: minCount, normalization: normalization, top: top)
    }

    /// The items of each run of links sharing `key`, sorted and without repeats; `item` numbers
    /// each link's item in the order links come.
    private static func groups(_ links: [WorkIncidence.Link], by key: KeyPath<WorkIncidence.Link, Int32>,
                               item: (WorkIncidence.Link) -> Int) -> [[Int]] {
        var groups = [[Int]]()
        var current = [Int]()
        var currentKey: Int32?
        for link in links {
            if link[keyPath: key] != currentKey {
                if !current.isEmpty { groups.append(Array(Set(current)).sorted()) }
                current = []
                currentKey = link[keyPath: key]
            }
            current.append(item(link))
        }
        if !current.isEmpty { groups.append(Array(Set(current)).sorted()) }
        return groups
    }
}
