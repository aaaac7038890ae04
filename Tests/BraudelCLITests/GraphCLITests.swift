import BraudelCitations
import Foundation
import Testing

/// `braudel graph` on the corpus: each network checked against what the citation network and
/// search say, each filter against the unfiltered graph, each format read back.
@Suite(.serialized) final class GraphCLITests {
    let folder: URL

    init() throws {
        folder = try CLIRunner.indexedScratchCorpus()
    }

    deinit { try? FileManager.default.removeItem(at: folder) }

    /// A node-link graph as plain values: node id → attributes, and edges.
    struct NodeLink {
        var nodes: [String: [String: Any]]
        var edges: [(source: String, target: String, weight: Double, attributes: [String: Any])]

        func weight(_ a: String, _ b: String) -> Double? {
            edges.first { ($0.source == a && $0.target == b) || ($0.source == b && $0.target == a) }?.weight
        }
    }

    func graph(_ arguments: [String]) throws -> NodeLink {
        let result = try CLIRunner.run(["graph"] + arguments + ["--format", "json"], in: folder)
        #expect(result.status == 0, "\(arguments): \(result.stderr)")
        let object = try #require(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any])
        var nodes = [String: [String: Any]]()
        for node in (object["nodes"] as? [[String: Any]]) ?? [] { nodes[node["id"] as? String ?? ""] = node }
        let edges = ((object["links"] as? [[String: Any]]) ?? []).map {
            ($0["source"] as? String ?? "", $0["target"] as? String ?? "", ($0["weight"] as? NSNumber)?.doubleValue ?? .nan, $0)
        }
        return NodeLink(nodes: nodes, edges: edges)
    }

    /// Cited work keys per document file name (unique in the corpus copy; the graph holds
    /// absolute paths, search shows them relative), from the citation network.
    func worksByDocument(_ extra: [String] = []) throws -> [String: Set<String>] {
        let citations = try graph(["citations"] + extra)
        var works = [String: Set<String>]()
        for edge in citations.edges { works[Self.name(String(edge.source.dropFirst(4))), default: []].insert(String(edge.target.dropFirst(5))) }
        return works
    }

    static func name(_ path: String) -> String { URL(fileURLWithPath: path).lastPathComponent }

    /// Pair counts over groups, the definition the similarity networks must meet.
    static func pairCounts(_ groups: [Set<String>]) -> [String: Double] {
        var counts = [String: Double]()
        for group in groups {
            let sorted = group.sorted()
            for (index, a) in sorted.enumerated() { for b in sorted[(index + 1)...] { counts["\(a) \(b)", default: 0] += 1 } }
        }
        return counts
    }

    static func edgeCounts(_ graph: NodeLink, naming: (String) -> String = { $0 }) -> [String: Double] {
        var counts = [String: Double]()
        for edge in graph.edges {
            let ends = [naming(edge.source), naming(edge.target)].sorted()
            counts["\(ends[0]) \(ends[1])"] = edge.weight
        }
        return counts
    }

    @Test func couplingCountsWorksSharedByTwoDocuments() throws {
        let works = try worksByDocument()
        var byWork = [String: Set<String>]()
        for (document, keys) in works { for key in keys { byWork[key, default: []].insert(document) } }
        let coupling = try graph(["coupling"])
        #expect(!coupling.edges.isEmpty)
        #expect(Self.edgeCounts(coupling, naming: Self.name) == Self.pairCounts(Array(byWork.values)))
        #expect(Set(coupling.nodes.keys.map(Self.name)) == Set(byWork.values.filter { $0.count > 1 }.flatMap { $0 }))
        #expect(coupling.nodes.values.allSatisfy { $0["type"] as? String == "document" })
    }

    @Test func authorCocitationCountsDocumentsCitingBothFirstAuthors() throws {
        let works = try worksByDocument()
        let authorSets = works.values.map { Set($0.map { "author:" + (CitedWorkKey(storageKey: $0)?.firstAuthor ?? $0) }) }
        let authors = try graph(["authors"])
        #expect(Self.edgeCounts(authors) == Self.pairCounts(authorSets))
        #expect(authors.weight("author:arrighi", "author:wallerstein") ?? 0 >= 5)
        #expect(authors.nodes["author:wallerstein"]?["label"] as? String == "Wallerstein")
    }

    @Test func conceptWorkLinksConceptsToWorks() throws {
        let network = try graph(["concept-work"])
        #expect(!network.edges.isEmpty)
        for edge in network.edges {
            #expect(edge.source.hasPrefix("concept:") && edge.target.hasPrefix("work:") && edge.weight >= 1)
        }
        // Emmanuel's book is where unequal exchange is argued in this corpus.
        #expect(network.weight("concept:unequal-exchange", "work:emmanuel|1972|unequal exchange study") ?? 0 >= 2)
        let heavy = try graph(["concept-work", "--min-weight", "3"])
        #expect(!heavy.edges.isEmpty && heavy.edges.count < network.edges.count)
        for edge in heavy.edges { #expect(edge.weight >= 3 && network.weight(edge.source, edge.target) == edge.weight) }
    }

    @Test func normalizationsDivideTheCountByNodeOccurrences() throws {
        for kind in ["cocitation", "coupling", "authors", "concepts"] {
            let raw = try graph([kind])
            for (measure, formula) in [("association", { (a: Double, s: Double, t: Double) in a / (s * t) }),
                                       ("cosine", { a, s, t in a / (s * t).squareRoot() }),
                                       ("jaccard", { a, s, t in a / (s + t - a) })] {
                let normalized = try graph([kind, "--normalize", measure])
                #expect(normalized.edges.count == raw.edges.count, "\(kind) \(measure)")
                for edge in normalized.edges {
                    let count = try #require((edge.attributes["count"] as? NSNumber)?.doubleValue)
                    let s = (normalized.nodes[edge.source]?["occurrences"] as? NSNumber)?.doubleValue ?? .nan
                    let t = (normalized.nodes[edge.target]?["occurrences"] as? NSNumber)?.doubleValue ?? .nan
                    #expect(raw.weight(edge.source, edge.target) == count)
                    #expect(abs(edge.weight - formula(count, s, t)) < 1e-9, "\(kind) \(measure) \(edge.source) \(edge.target)")
                }
            }
        }
    }

    @Test func sentenceCocitationCountsSentencesCitingBothWorks() throws {
        let bySentence = try graph(["cocitation", "--unit", "sentence"])
        let byDocument = try graph(["cocitation"])
        #expect(!bySentence.edges.isEmpty && bySentence.edges.count < byDocument.edges.count)
        // Works cited in one sentence are cited in one document.
        for edge in bySentence.edges { #expect(byDocument.weight(edge.source, edge.target) != nil, "\(edge.source) \(edge.target)") }
        // Read in the texts: "(Robinson 2004; Sklair 2001)" (hegemonic transitions) and "(Sklair
        // 2001; Robinson 2004)" (world revolutions), one sentence each.
        let robinson = "robinson|2004|theory global capitalism", sklair = "sklair|2001|transnational capitalist class"
        #expect(bySentence.weight(robinson, sklair) == 2)
        // Silver's Forces of Labor and Wallerstein's World-Systems Analysis share three documents
        // but no sentence.
        let silver = "silver|2003|forces labor workers", analysis = "wallerstein|2004|world systems analysis"
        #expect(byDocument.weight(silver, analysis) == 3 && bySentence.weight(silver, analysis) == nil)
        #expect(try graph(["cocitation", "--unit", "document"]).edges.count == byDocument.edges.count)
        #expect(try CLIRunner.run(["graph", "coupling", "--unit", "sentence"], in: folder).status == 2)
        #expect(try CLIRunner.run(["graph", "cocitation", "--unit", "paragraph"], in: folder).status == 2)
    }

    @Test func topKeepsTheHeaviestEdges() throws {
        let all = try graph(["cocitation"])
        let top = try graph(["cocitation", "--top", "5"])
        #expect(top.edges.count == 5)
        #expect(top.edges.map(\.weight).sorted(by: >) == Array(all.edges.map(\.weight).sorted(by: >).prefix(5)))
        let ends = Set(top.edges.flatMap { [$0.source, $0.target] })
        #expect(Set(top.nodes.keys) == ends)
    }

    @Test func yearAndConceptScopesKeepOnlyMatchingDocuments() throws {
        // Each document's year as the index holds it (from its head or a library sidecar).
        let documents = try CLIRunner.run(["stats", "--metadata", "--format", "json"], in: folder)
        let rows = (try JSONSerialization.jsonObject(with: Data(documents.stdout.utf8)) as? [[String: Any]]) ?? []
        var years = [String: Int?]()
        for row in rows { years[Self.name(row["path"] as? String ?? "")] = row["year"] as? Int }
        let all = try worksByDocument()
        #expect(Set(all.keys).isSubset(of: Set(years.keys)), "every citing document is listed")
        let in2019 = try worksByDocument(["--year", "2019..2019"])
        #expect(!in2019.isEmpty)
        #expect(Set(in2019.keys) == Set(all.keys.filter { years[$0] == 2019 }))
        #expect(try worksByDocument(["--year", "1900..1901"]).isEmpty)
        let open = try worksByDocument(["--year", "2000.."])
        #expect(Set(open.keys) == Set(all.keys.filter { (years[$0] ?? nil).map { $0 >= 2000 } ?? false }))

        let exchange = try CLIRunner.run(["search", "concept:unequal-exchange", "--limit", "100000", "--format", "json"], in: folder)
        let mentioning = Set(((try JSONSerialization.jsonObject(with: Data(exchange.stdout.utf8)) as? [[String: Any]]) ?? [])
            .compactMap { ($0["path"] as? String).map(Self.name) })
        let scoped = try worksByDocument(["--concept", "unequal-exchange"])
        #expect(!scoped.isEmpty && scoped.count < all.count)
        #expect(Set(scoped.keys) == Set(all.keys).intersection(mentioning))
        for (document, keys) in scoped { #expect(keys == all[document]) }
        let unknown = try CLIRunner.run(["graph", "citations", "--concept", "unequal-exchnage"], in: folder)
        #expect(unknown.status == 1 && unknown.stderr.contains("did you mean 'unequal-exchange'?"))
        let concepts = try graph(["concepts", "--concept", "unequal-exchange"])
        #expect(concepts.nodes["unequal-exchange"] != nil && !concepts.edges.isEmpty)
    }

    @Test(.enabled(if: CLIGraphFormats.networkxAvailable, "python3 with networkx is not installed"))
    func everyFormatReadsBackWithTheSameCounts() throws {
        let script = """
            import sys, networkx as nx
            f, kind = sys.argv[1], sys.argv[2]
            g = {"graphml": nx.read_graphml, "gexf": nx.read_gexf, "pajek": nx.read_pajek}[kind](f)
            print(g.number_of_nodes(), g.number_of_edges(), max(d["weight"] for _, _, d in g.edges(data=True)))
            """
        for unit in ["document", "sentence"] {
            let reference = try graph(["cocitation", "--min-weight", "2", "--unit", unit])
            let heaviest = reference.edges.map(\.weight).max() ?? 0
            #expect(!reference.edges.isEmpty, "\(unit)")
            for format in ["graphml", "gexf", "pajek"] {
                let file = folder.appendingPathComponent("cocitation-\(unit).\(format)").path
                let written = try CLIRunner.run(["graph", "cocitation", "--min-weight", "2", "--unit", unit, "--format", format,
                                                 "--output", file], in: folder)
                #expect(written.status == 0 && written.stdout.isEmpty, "\(written.stderr)")
                let read = try CLIGraphFormats.python(["-c", script, file, format])
                #expect(read.output == "\(reference.nodes.count) \(reference.edges.count) \(heaviest)\n",
                        "\(unit) \(format): \(read.output)")
            }
        }
    }

    @Test func vosviewerWritesMapAndNetworkFiles() throws {
        let reference = try graph(["authors", "--top", "20"])
        let prefix = folder.appendingPathComponent("authors").path
        let result = try CLIRunner.run(["graph", "authors", "--top", "20", "--format", "vosviewer", "--output", prefix], in: folder)
        #expect(result.status == 0, "\(result.stderr)")
        let map = try String(contentsOfFile: prefix + "_map.txt", encoding: .utf8).split(separator: "\n")
        let network = try String(contentsOfFile: prefix + "_network.txt", encoding: .utf8).split(separator: "\n")
        #expect(map.first == "id\tlabel\tdescription\tweight<Occurrences>\tweight<Links>\tweight<Total link strength>")
        #expect(map.count == reference.nodes.count + 1)
        #expect(network.count == 20)
        var labels = [Int: String]()
        for row in map.dropFirst() {
            let fields = row.split(separator: "\t", omittingEmptySubsequences: false)
            labels[Int(fields[0]) ?? 0] = String(fields[1])
        }
        let first = network[0].split(separator: "\t")
        let heaviest = reference.edges.map(\.weight).max() ?? 0
        #expect(Double(first[2]) == heaviest)
        let names = Set([labels[Int(first[0]) ?? 0], labels[Int(first[1]) ?? 0]].compactMap { $0 })
        let expected = reference.edges.first { $0.weight == heaviest }
            .map { Set([$0.source, $0.target].compactMap { reference.nodes[$0]?["label"] as? String }) }
        #expect(names == expected)
    }

    @Test func misusedOptionsAreUsageErrors() throws {
        #expect(try CLIRunner.run(["graph", "citations", "--normalize", "cosine"], in: folder).status == 2)
        #expect(try CLIRunner.run(["graph", "concept-work", "--normalize", "jaccard"], in: folder).status == 2)
        #expect(try CLIRunner.run(["graph", "cocitation", "--normalize", "pearson"], in: folder).status == 2)
        #expect(try CLIRunner.run(["graph", "authors", "--format", "vosviewer"], in: folder).status == 2)
        #expect(try CLIRunner.run(["graph", "authors", "--year", "2020..1990"], in: folder).status == 2)
        #expect(try CLIRunner.run(["graph", "authors", "--year", "recent"], in: folder).status == 2)
        #expect(try CLIRunner.run(["graph", "authors", "--top", "-1"], in: folder).status == 2)
    }
}

/// Python with networkx, the independent reader of the exported files.
enum CLIGraphFormats {
    static let networkxAvailable: Bool = (try? python(["-c", "import networkx"]).status) == 0

    static func python(_ arguments: [String]) throws -> (status: Int32, output: String) {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["python3"] + arguments
        let pipe = Pipe()
        process.standardOutput = pipe
        process.standardError = pipe
        try process.run()
        let data = pipe.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return (process.terminationStatus, String(decoding: data, as: UTF8.self))
    }
}
