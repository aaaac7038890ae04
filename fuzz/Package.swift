// swift-tools-version:6.1
import Foundation
import PackageDescription

// libFuzzer harnesses for Braudel's parsers, kept out of the main package so that its normal
// build never needs the sanitizers. Built and run by scripts/fuzz:
//   swift build --package-path fuzz -c debug -Xswiftc -sanitize=fuzzer,address -Xswiftc -DBRAUDEL_FUZZ
// Without -DBRAUDEL_FUZZ the binary replays files through a harness (for crash reproduction).
// A path dependency's identity is its folder's name, whatever the checkout is called.
let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()

let package = Package(
    name: "BraudelFuzz",
    platforms: [.macOS(.v13)],
    dependencies: [.package(path: "..")],
    targets: [
        .executableTarget(
            name: "BraudelFuzz",
            dependencies: [.product(name: "BraudelParsers", package: root.lastPathComponent.lowercased())]
        ),
    ]
)
