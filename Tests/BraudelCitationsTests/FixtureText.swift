import Foundation

/// Fixture texts next to the tests (read from the source tree: the test target declares no
/// resources).
enum FixtureText {
    static func load(_ name: String) throws -> String {
        let url = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
            .appendingPathComponent("Fixtures").appendingPathComponent(name)
        return try String(contentsOf: url, encoding: .utf8)
    }
}
