import Foundation
import Testing

/// `braudel clusters` and `graph --layout` on the corpus: partitions judged by networkx on the
/// exported graph, reproducible runs, labels drawn from the lexicon, exports that carry the analysis.
@Suite(.serialized) final class ClustersCLITests {
    let folder: URL

    init() throws {
        folder = try CLIRunner.scratchCopyOfCorpus()
        let indexed = try CLIRunner.run(["index", "corpus"], in: folder)
        #expect(indexed.status == 0, "\(indexed.stderr)")
    }

    deinit { try? FileManager.default.removeItem(at: folder) }

    func clusters(_ arguments: [String]) throws -> [String: Any] {
        let result = try CLIRunner.run(["clusters"] + arguments + ["--format", "json"], in: folder)
        #expect(result.status == 0, "\(arguments): \(result.stderr)")
        return try #require(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any])
    }

    static func python(_ script: String, _ arguments: [String]) throws -> String {
        let result = try CLIGraphFormats.python(["-c", script] + arguments)
        #expect(result.status == 0, "\(result.output)")
        return result.output
    }

    @Test(.enabled(if: CLIGraphFormats.networkxAvailable, "python3 with networkx is not installed"),
          arguments: [["cocitation"], ["coupling"], ["authors", "--method", "louvain"], ["concepts", "--normalize", "association"],
                      ["cocitation", "--method", "leiden-cpm", "--resolution", "0.5"], ["cocitation", "--resolution", "2", "--top", "150"]])
    func modularityEqualsNetworkxOnTheExportedGraph(arguments: [String]) throws {
        let listing = try clusters(arguments)
        let clusterList = try #require(listing["clusters"] as? [[String: Any]])
        let graphFile = folder.appendingPathComponent("clustered-\(UUID().uuidString).graphml").path
        let graphArguments = arguments.enumerated().filter { index, argument in
            !["--method", "--resolution"].contains(argument) && !["--method", "--resolution"].contains(arguments[max(0, index - 1)])
        }.map(\.element)
        let exported = try CLIRunner.run(["graph"] + graphArguments + ["--output", graphFile], in: folder)
        #expect(exported.status == 0, "\(exported.stderr)")
        let membership = clusterList.map { ($0["nodes"] as? [[String: Any]] ?? []).compactMap { $0["id"] as? String } }
        let partitionFile = folder.appendingPathComponent("partition-\(UUID().uuidString).json")
        try JSONSerialization.data(withJSONObject: membership).write(to: partitionFile)
        let output = try Self.python("""
            import json, sys, networkx as nx
            g = nx.read_graphml(sys.argv[1])
            groups = [set(c) for c in json.load(open(sys.argv[2]))]
            covered = sorted(n for c in groups for n in c)
            print(covered == sorted(g.nodes()), repr(nx.community.modularity(g, groups, weight="weight")))
            """, [graphFile, partitionFile.path])
        let fields = output.split(separator: " ")
        #expect(fields.first == "True", "every node in exactly one cluster: \(output)")
        let theirs = try #require(Double(fields.last?.trimmingCharacters(in: .whitespacesAndNewlines) ?? ""))
        let ours = try #require((listing["modularity"] as? NSNumber)?.doubleValue)
        #expect(abs(ours - theirs) < 1e-9, "\(arguments)")
        #expect(clusterList.map { $0["size"] as? Int ?? 0 } == membership.map(\.count))
    }

    static let pythonIgraphAvailable: Bool = (try? CLIGraphFormats.python(["-c", "import igraph"]).status) == 0

    @Test(.enabled(if: pythonIgraphAvailable, "python-igraph is not installed"))
    func pythonIgraphReadsTheLayoutExportsAndAgreesOnModularityAndCentralities() throws {
        let graphml = folder.appendingPathComponent("igraph.graphml").path, net = folder.appendingPathComponent("igraph.net").path
        for (format, file) in [("graphml", graphml), ("pajek", net)] {
            let result = try CLIRunner.run(["graph", "coupling", "--layout", "fr", "--format", format, "--output", file], in: folder)
            #expect(result.status == 0, "\(result.stderr)")
        }
        let listing = try clusters(["coupling"])
        let ours = try #require((listing["modularity"] as? NSNumber)?.doubleValue)
        let output = try Self.python("""
            import sys, igraph
            g = igraph.Graph.Read_GraphML(sys.argv[1])
            p = igraph.Graph.Read_Pajek(sys.argv[2])
            clu = [int(line) - 1 for line in open(sys.argv[3]).read().split()[2:]]
            q = g.modularity([int(c) for c in g.vs["cluster"]], weights=g.es["weight"])
            bc = g.betweenness(directed=False)
            pr = g.pagerank(weights=g.es["weight"], damping=0.85)
            print(repr(q), clu == [int(c) for c in g.vs["cluster"]], p.vcount() == g.vcount(), p.ecount() == g.ecount(),
                  max(abs(a - b) for a, b in zip(bc, g.vs["betweenness"])) < 1e-9,
                  max(abs(a - b) for a, b in zip(pr, g.vs["pagerank"])) < 1e-9)
            """, [graphml, net, folder.appendingPathComponent("igraph.clu").path])
        let fields = output.split(separator: " ").map { $0.trimmingCharacters(in: .whitespacesAndNewlines) }
        #expect(fields.dropFirst() == ["True", "True", "True", "True", "True"], "\(output)")
        // `graph --layout` clusters with the defaults of `clusters`: the same partition, the same Q.
        #expect(abs((Double(fields.first ?? "") ?? .nan) - ours) < 1e-9, "\(output)")
    }

    @Test func cocitationClustersAreReproducibleAndLabelledWithLexiconConcepts() throws {
        let first = try CLIRunner.run(["clusters", "cocitation", "--format", "json"], in: folder)
        let second = try CLIRunner.run(["clusters", "cocitation", "--format", "json"], in: folder)
        #expect(first.status == 0 && first.stdout == second.stdout)
        let listing = try clusters(["cocitation"])
        let clusterList = try #require(listing["clusters"] as? [[String: Any]])
        #expect(clusterList.count > 1)
        let concepts = try CLIRunner.run(["concepts", "--format", "json"], in: folder)
        let known = Set(((try JSONSerialization.jsonObject(with: Data(concepts.stdout.utf8)) as? [[String: Any]]) ?? [])
            .compactMap { $0["label"] as? String })
        // A cluster whose works are cited only in sentences naming no concept (real corpora have
        // them; corpus/real-shapes-titled-works.txt does) has no label; most clusters here have one.
        let labelled = clusterList.filter { !($0["labels"] as? [String] ?? []).isEmpty }
        #expect(labelled.count * 2 > clusterList.count)
        for cluster in clusterList {
            let labels = cluster["labels"] as? [String] ?? []
            #expect(labels.allSatisfy(known.contains), "\(labels)")
            #expect(cluster["label"] as? String == labels.first)
            let year = try #require((cluster["mean_year"] as? NSNumber)?.doubleValue)
            #expect((1900...2030).contains(year))
        }
        // Sizes non-increasing: clusters are numbered largest first.
        let sizes = clusterList.map { $0["size"] as? Int ?? 0 }
        #expect(sizes == sizes.sorted(by: >) && clusterList.map { $0["id"] as? Int ?? -1 } == Array(0..<sizes.count))
    }

    @Test(.enabled(if: CLIGraphFormats.networkxAvailable, "python3 with networkx is not installed"))
    func layoutExportsCarryTypedAttributesThatNetworkxReads() throws {
        let graphml = folder.appendingPathComponent("layout.graphml").path, gexf = folder.appendingPathComponent("layout.gexf").path
        for (format, file) in [("graphml", graphml), ("gexf", gexf)] {
            let result = try CLIRunner.run(["graph", "cocitation", "--layout", "fr", "--format", format, "--output", file], in: folder)
            #expect(result.status == 0, "\(result.stderr)")
        }
        let output = try Self.python("""
            import sys, networkx as nx
            g, h = nx.read_graphml(sys.argv[1]), nx.read_gexf(sys.argv[2])
            n = next(iter(g.nodes()))
            a, b = g.nodes[n], h.nodes[n]
            print(type(a["cluster"]).__name__, type(a["x"]).__name__, type(a["occurrences"]).__name__, type(a["degree"]).__name__)
            print(type(b["cluster"]).__name__, b["viz"]["position"]["x"] == a["x"], b["cluster"] == a["cluster"])
            # Centralities in the export equal networkx's on the same exported graph.
            bc = nx.betweenness_centrality(g, normalized=False)
            pr = nx.pagerank(g, weight="weight", tol=1e-13, max_iter=100000)
            st = dict(g.degree(weight="weight"))
            print(max(abs(g.nodes[v]["betweenness"] - bc[v]) for v in g) < 1e-9,
                  max(abs(g.nodes[v]["pagerank"] - pr[v]) for v in g) < 1e-9,
                  max(abs(g.nodes[v]["strength"] - st[v]) for v in g) < 1e-9,
                  all(g.nodes[v]["degree"] == g.degree(v) for v in g))
            """, [graphml, gexf])
        #expect(output == "int float int int\nint True True\nTrue True True True\n")
    }

    @Test func vosviewerMapCarriesPositionsClustersAndLinesUpWithTheNetwork() throws {
        let prefix = folder.appendingPathComponent("cocitation.txt").path
        let result = try CLIRunner.run(["graph", "cocitation", "--layout", "fr", "--format", "vosviewer", "--output", prefix], in: folder)
        #expect(result.status == 0, "\(result.stderr)")
        let base = String(prefix.dropLast(4))
        #expect(!FileManager.default.fileExists(atPath: prefix + "_map.txt"))
        let map = try String(contentsOfFile: base + "_map.txt", encoding: .utf8).split(separator: "\n")
            .map { $0.split(separator: "\t", omittingEmptySubsequences: false).map(String.init) }
        #expect(map.first == ["id", "label", "description", "x", "y", "cluster", "weight<Occurrences>", "weight<Links>",
                              "weight<Total link strength>", "score<Avg. pub. year>"])
        let ids = Set(map.dropFirst().compactMap { Int($0[0]) })
        #expect(ids == Set(1...(map.count - 1)))
        #expect(map.dropFirst().allSatisfy { Int($0[5]).map { $0 >= 1 } == true && Double($0[3]) != nil })
        let network = try String(contentsOfFile: base + "_network.txt", encoding: .utf8).split(separator: "\n")
        var links = [Int: Int]()
        for line in network {
            let fields = line.split(separator: "\t").compactMap { Int($0) }
            #expect(ids.contains(fields[0]) && ids.contains(fields[1]))
            for end in fields.prefix(2) { links[end, default: 0] += 1 }
        }
        #expect(map.dropFirst().allSatisfy { Int($0[7]) == links[Int($0[0]) ?? 0] })
    }

    @Test func pajekPartitionAndVectorsSitBesideTheNetwork() throws {
        let net = folder.appendingPathComponent("cocitation.net").path
        let result = try CLIRunner.run(["graph", "cocitation", "--layout", "drl", "--format", "pajek", "--output", net], in: folder)
        #expect(result.status == 0, "\(result.stderr)")
        let vertices = try String(contentsOfFile: net, encoding: .utf8).split(separator: "\r\n").first
        for companion in ["cocitation.clu", "cocitation_pagerank.vec", "cocitation_betweenness.vec", "cocitation_x.vec"] {
            let lines = try String(contentsOfFile: folder.appendingPathComponent(companion).path, encoding: .utf8).split(separator: "\r\n")
            #expect(lines.first == vertices, "\(companion)")
            #expect(lines.dropFirst().allSatisfy { Double($0) != nil }, "\(companion)")
        }
    }

    @Test func citesCentralityColumnsEqualTheGraphExportAttributes() throws {
        let cites = try CLIRunner.run(["cites", "--centrality", "--top", "15", "--format", "json"], in: folder)
        #expect(cites.status == 0, "\(cites.stderr)")
        let rows = try #require(try JSONSerialization.jsonObject(with: Data(cites.stdout.utf8)) as? [[String: Any]])
        let exported = try CLIRunner.run(["graph", "cocitation", "--centrality", "--format", "json"], in: folder)
        let graph = try #require(try JSONSerialization.jsonObject(with: Data(exported.stdout.utf8)) as? [String: Any])
        var nodes = [String: [String: Any]]()
        for node in graph["nodes"] as? [[String: Any]] ?? [] { nodes[node["id"] as? String ?? ""] = node }
        #expect(rows.count == 15)
        for row in rows {
            let node = try #require(nodes[row["work"] as? String ?? ""])
            for measure in ["degree", "strength", "betweenness", "pagerank"] {
                let a = (row[measure] as? NSNumber)?.doubleValue, b = (node[measure] as? NSNumber)?.doubleValue
                #expect(a != nil && a == b, "\(measure)")
            }
        }
        #expect(try CLIRunner.run(["cites", "--centrality", "--concept", "core"], in: folder).status == 2)
    }

    @Test func slicesAreTheNetworksOfTheirYearsLinkedToThePreviousSlice() throws {
        let result = try CLIRunner.run(["clusters", "cocitation", "--slice", "2", "--format", "json"], in: folder)
        #expect(result.status == 0, "\(result.stderr)")
        let object = try #require(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any])
        let slices = try #require(object["slices"] as? [[String: Any]])
        #expect(slices.count > 1)
        var previous = [Set<String>]()
        for slice in slices {
            let begin = slice["begin"] as? Int ?? 0, end = slice["end"] as? Int ?? 0
            #expect(end - begin <= 1)
            // The slice is exactly `clusters --year BEGIN..END`.
            let alone = try clusters(["cocitation", "--year", "\(begin)..\(end)"])
            #expect((alone["modularity"] as? NSNumber)?.doubleValue == (slice["modularity"] as? NSNumber)?.doubleValue)
            let sliced = slice["clusters"] as? [[String: Any]] ?? []
            let members = sliced.map { Set(($0["nodes"] as? [[String: Any]] ?? []).compactMap { $0["id"] as? String }) }
            #expect(members == (alone["clusters"] as? [[String: Any]] ?? []).map {
                Set(($0["nodes"] as? [[String: Any]] ?? []).compactMap { $0["id"] as? String })
            })
            for (cluster, nodes) in zip(sliced, members) {
                let overlap = (cluster["overlap"] as? NSNumber)?.doubleValue ?? -1
                let best = previous.map { Double($0.intersection(nodes).count) / Double($0.union(nodes).count) }.max() ?? 0
                #expect(abs(overlap - best) < 1e-12)
                if let linked = cluster["previous"] as? Int { #expect(abs(Double(previous[linked].intersection(nodes).count)
                    / Double(previous[linked].union(nodes).count) - best) < 1e-12) }
            }
            previous = members
        }
    }

    @Test func graphSlicesWriteOneFilePerPeriod() throws {
        let path = folder.appendingPathComponent("authors.json").path
        let result = try CLIRunner.run(["graph", "authors", "--slice", "2", "--format", "json", "--output", path], in: folder)
        #expect(result.status == 0, "\(result.stderr)")
        let written = try FileManager.default.contentsOfDirectory(atPath: folder.path).filter { $0.hasPrefix("authors_") }.sorted()
        #expect(written.count > 1)
        for name in written {
            let years = name.dropFirst("authors_".count).dropLast(".json".count).split(separator: "-")
            let alone = try CLIRunner.run(["graph", "authors", "--format", "json", "--year", "\(years[0])..\(years[1])"], in: folder)
            #expect(try String(contentsOfFile: folder.appendingPathComponent(name).path, encoding: .utf8) == alone.stdout, "\(name)")
        }
        #expect(try CLIRunner.run(["graph", "authors", "--slice", "2"], in: folder).status == 2)
    }

    @Test func vosviewerJSONMapAgreesWithTheTabSeparatedFiles() throws {
        let prefix = folder.appendingPathComponent("authors").path
        #expect(try CLIRunner.run(["graph", "authors", "--layout", "fr", "--format", "vosviewer", "--output", prefix], in: folder).status == 0)
        let result = try CLIRunner.run(["graph", "authors", "--layout", "fr", "--format", "vosviewer-json"], in: folder)
        #expect(result.status == 0, "\(result.stderr)")
        let object = try #require(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any])
        let network = try #require(object["network"] as? [String: Any])
        let items = network["items"] as? [[String: Any]] ?? [], links = network["links"] as? [[String: Any]] ?? []
        let map = try String(contentsOfFile: prefix + "_map.txt", encoding: .utf8).split(separator: "\n").dropFirst()
            .map { $0.split(separator: "\t", omittingEmptySubsequences: false).map(String.init) }
        let tsvLinks = try String(contentsOfFile: prefix + "_network.txt", encoding: .utf8).split(separator: "\n")
        #expect(items.count == map.count && links.count == tsvLinks.count && !items.isEmpty)
        for (item, row) in zip(items, map) {
            #expect(String(item["id"] as? Int ?? 0) == row[0] && item["label"] as? String == row[1])
            // Foundation's JSON parser may round the last digit, hence the tolerance.
            #expect(String(item["cluster"] as? Int ?? 0) == row[5])
            #expect(abs(((item["x"] as? NSNumber)?.doubleValue ?? .nan) - (Double(row[3]) ?? .nan)) < 1e-12)
            let weights = item["weights"] as? [String: Any] ?? [:]
            #expect(String(weights["Links"] as? Int ?? -1) == row[7])
        }
        let ids = Set(items.compactMap { $0["id"] as? Int })
        #expect(links.allSatisfy { ids.contains($0["source_id"] as? Int ?? 0) && ids.contains($0["target_id"] as? Int ?? 0) })
    }

    @Test(.enabled(if: CLIGraphFormats.networkxAvailable, "python3 with networkx is not installed"))
    func dynamicGEXFSpellsMatchThePerPeriodNetworks() throws {
        let gexf = folder.appendingPathComponent("timeline.gexf").path, json = folder.appendingPathComponent("periods.json").path
        for (format, file) in [("gexf", gexf), ("json", json)] {
            let result = try CLIRunner.run(["graph", "authors", "--slice", "2", "--format", format, "--output", file], in: folder)
            #expect(result.status == 0, "\(result.stderr)")
        }
        let output = try Self.python("""
            import glob, json, os, sys, networkx as nx
            g = nx.read_gexf(sys.argv[1])
            spells, occurrences, edges = {}, {}, {}
            for path in sorted(glob.glob(sys.argv[2] + "_*.json")):
                begin, end = map(int, os.path.basename(path)[len("periods_"):-len(".json")].split("-"))
                h = nx.node_link_graph(json.load(open(path)), edges="links")
                for n, data in h.nodes(data=True):
                    spells.setdefault(n, []).append((begin, end))
                    occurrences.setdefault(n, []).append((data["occurrences"], begin, end))
                for a, b in h.edges():
                    edges.setdefault(frozenset((a, b)), []).append((begin, end))
            print(len(spells) > 0 and sorted(g.nodes()) == sorted(spells),
                  all(g.nodes[n]["spells"] == spells[n] for n in g),
                  all(g.nodes[n]["occurrences"] == occurrences[n] for n in g),
                  all(d["spells"] == edges[frozenset((a, b))] for a, b, d in g.edges(data=True)) and g.number_of_edges() == len(edges))
            """, [gexf, String(json.dropLast(".json".count))])
        #expect(output == "True True True True\n")
    }
}
