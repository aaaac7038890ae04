import Foundation

/// The repository root, for the lexicon and corpus fixtures.
let repository = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
