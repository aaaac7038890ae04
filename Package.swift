// swift-tools-version:6.1
import PackageDescription

let package = Package(
    name: "Braudel",
    platforms: [.macOS(.v14)],
    products: [
        .executable(name: "braudel", targets: ["BraudelCLI"]),
        // For the libFuzzer harnesses in fuzz/ (a package of its own, built with sanitizers).
        .library(name: "BraudelParsers", targets: ["BraudelDocuments", "BraudelConcepts", "BraudelCitations", "BraudelIndex"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
        .package(url: "https://github.com/groue/GRDB.swift", from: "7.10.0"),
        .package(url: "https://github.com/jpsim/Yams", from: "6.2.2"),
        .package(url: "https://github.com/weichsel/ZIPFoundation", from: "0.9.20"),
        .package(url: "https://github.com/hummingbird-project/hummingbird", from: "2.28.1"),
        .package(url: "https://github.com/apple/swift-log", from: "1.6.0"),
    ],
    targets: [
        // ICU hidden behind plain C types: ICU's versioned symbols and its clash with
        // Foundation's private ICU make a direct module unusable from Swift on Linux.
        .target(
            name: "CICU",
            linkerSettings: [.linkedLibrary("icuuc"), .linkedLibrary("icui18n")]
        ),
        .systemLibrary(
            name: "CLibXML2",
            pkgConfig: "libxml-2.0",
            providers: [.apt(["libxml2-dev"])]
        ),
        .systemLibrary(
            name: "CTextCat",
            pkgConfig: "libexttextcat",
            providers: [.apt(["libexttextcat-dev"])]
        ),
        // Snowball stemmers (Debian's libstemmer-dev ships no pkg-config file).
        .systemLibrary(
            name: "CStemmer",
            providers: [.apt(["libstemmer-dev"])]
        ),
        .target(name: "BraudelText", dependencies: ["CICU", "CTextCat", "CStemmer"]),
        // The one safe libxml2 wrapper every XML and HTML parse goes through.
        .target(name: "BraudelXML", dependencies: ["CLibXML2"]),
        .target(
            name: "BraudelDocuments",
            dependencies: ["BraudelText", "BraudelXML", "CICU", "CLibXML2", "Yams", .product(name: "ZIPFoundation", package: "ZIPFoundation")]
        ),
        .target(name: "BraudelConcepts", dependencies: ["BraudelText", "BraudelXML", "CLibXML2", "Yams"]),
        .target(name: "BraudelCitations", dependencies: ["BraudelText"]),
        // The researcher's library: BibTeX, RIS and CSL-JSON sidecars read, matched to
        // documents, and written back out (bibliographies of documents and cited works).
        .target(name: "BraudelLibrary", dependencies: ["BraudelText", "BraudelCitations", "BraudelDocuments"]),
        .target(
            name: "BraudelAnalysis",
            dependencies: ["BraudelText", "BraudelDocuments", "BraudelConcepts", "BraudelCitations", "BraudelLibrary"]
        ),
        // Scoring against gold annotations (`braudel eval`, the accuracy tests); not part of analysis.
        .target(name: "BraudelEvaluation", dependencies: ["BraudelAnalysis"]),
        .target(
            name: "BraudelIndex",
            dependencies: ["BraudelAnalysis", "BraudelMeasures", .product(name: "GRDB", package: "GRDB.swift")]
        ),
        // Corpus orchestration: walking the folders, shard slices, change detection by stamp and
        // hash, parallel analysis feeding the index's single writer.
        .target(name: "BraudelCorpus", dependencies: ["BraudelAnalysis", "BraudelIndex", "BraudelLibrary"]),
        // The one implementation of each association and similarity measure (PMI in bits, NPMI,
        // G², Dice, logDice, association strength, cosine, Jaccard), shared by co-occurrence
        // queries and network builders.
        .target(name: "BraudelMeasures"),
        .target(name: "BraudelNetworks", dependencies: ["BraudelText", "BraudelMeasures"]),
        // igraph (C) for community detection, layouts and centralities: Debian's libigraph-dev.
        .systemLibrary(
            name: "CIgraph",
            pkgConfig: "igraph",
            providers: [.apt(["libigraph-dev"])]
        ),
        .target(name: "BraudelAnalytics", dependencies: ["BraudelNetworks", "BraudelIndex", "CIgraph"]),
        // What the commands report, shared by the CLI and any other front end: result rows with
        // their one set of column names, the writers, concept-name resolution, network sources.
        .target(name: "BraudelReports", dependencies: ["CICU", "BraudelText", "BraudelConcepts", "BraudelCorpus", "BraudelIndex", "BraudelLibrary", "BraudelNetworks", "BraudelAnalytics"]),
        // `braudel serve`: the JSON API (what the commands print with --format json, through
        // BraudelReports) and the browser explorer's static pages, on Hummingbird.
        .target(
            name: "BraudelServer",
            dependencies: ["BraudelReports", "BraudelIndex", "BraudelConcepts", .product(name: "Hummingbird", package: "hummingbird"),
                           .product(name: "Logging", package: "swift-log")]
        ),
        .executableTarget(
            name: "BraudelCLI",
            dependencies: [
                "BraudelAnalysis", "BraudelCorpus", "BraudelEvaluation", "BraudelIndex", "BraudelLibrary", "BraudelMeasures", "BraudelNetworks", "BraudelReports",
                "BraudelAnalytics", "BraudelServer",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        .testTarget(name: "BraudelTextTests", dependencies: ["BraudelText"]),
        .testTarget(name: "BraudelDocumentsTests", dependencies: ["BraudelDocuments"], exclude: ["Fixtures"]),
        .testTarget(name: "BraudelConceptsTests", dependencies: ["BraudelConcepts"], exclude: ["Fixtures"]),
        .testTarget(name: "BraudelCitationsTests", dependencies: ["BraudelCitations"], exclude: ["Fixtures"]),
        .testTarget(name: "BraudelAnalysisTests", dependencies: ["BraudelAnalysis"]),
        .testTarget(name: "BraudelLibraryTests", dependencies: ["BraudelLibrary"]),
        .testTarget(name: "BraudelEvaluationTests", dependencies: ["BraudelEvaluation"]),
        .testTarget(name: "BraudelIndexTests", dependencies: ["BraudelIndex", "BraudelCorpus", "BraudelMeasures"]),
        .testTarget(name: "BraudelCorpusTests", dependencies: ["BraudelCorpus"]),
        .testTarget(name: "BraudelNetworksTests", dependencies: ["BraudelNetworks", "BraudelMeasures"]),
        .testTarget(name: "BraudelReportsTests", dependencies: ["BraudelReports", "BraudelText"]),
        .testTarget(name: "BraudelAnalyticsTests", dependencies: ["BraudelAnalytics", "BraudelNetworks"], exclude: ["Reference"]),
        .testTarget(name: "BraudelServerTests", dependencies: ["BraudelServer", "BraudelIndex", "BraudelConcepts",
                                                             .product(name: "GRDB", package: "GRDB.swift"),
                                                             .product(name: "HummingbirdTesting", package: "hummingbird")]),
        .testTarget(name: "BraudelCLITests", dependencies: ["BraudelCitations"], exclude: ["Fixtures"]),
    ]
)
