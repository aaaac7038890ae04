import Foundation

/// The repository root, for the corpus fixtures.
let repository = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
/// The hand-written sidecars in Zotero's export shapes.
let libraryFixtures = repository.appendingPathComponent("corpus/library")

func fixture(_ name: String) throws -> (text: String, path: String) {
    let url = libraryFixtures.appendingPathComponent(name)
    return (try String(contentsOf: url, encoding: .utf8), url.path)
}

/// A fresh temporary folder, removed by the caller.
func temporaryFolder() throws -> URL {
    let url = FileManager.default.temporaryDirectory.appendingPathComponent("braudel-library-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
    return url
}
