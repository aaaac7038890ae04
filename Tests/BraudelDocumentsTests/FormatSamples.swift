import Foundation
@testable import BraudelDocuments

/// The format samples in corpus/formats and their gold (title, authors, year, first and last
/// sentence, structured references, callout count).
enum FormatSamples {
    static let directory = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .appendingPathComponent("../../corpus/formats").standardizedFileURL

    struct Reference: Decodable {
        var authors: [String]
        var year: String
        var title: String
    }

    struct Gold: Decodable {
        var title: String
        var authors: [String]
        var year: Int
        var first_sentence: String
        var last_sentence: String
        var references: [Reference]
        var callouts: Int
    }

    static func path(_ name: String) -> String { directory.appendingPathComponent(name).path }

    static func bytes(_ name: String) throws -> [UInt8] { Array(try Data(contentsOf: URL(fileURLWithPath: path(name)))) }

    static func gold(_ name: String) throws -> Gold {
        let data = try Data(contentsOf: directory.appendingPathComponent("gold/\(name).json"))
        return try JSONDecoder().decode(Gold.self, from: data)
    }
}

extension Document {
    /// The text of a scalar range.
    func slice(_ start: Int, _ end: Int) -> String {
        let scalars = Array(text.unicodeScalars)
        return String(String.UnicodeScalarView(scalars[start..<end]))
    }

    /// The text before the rendered reference list.
    var textBeforeReferences: String {
        guard let range = text.range(of: "\n\nReferences\n\n", options: .backwards) else { return text }
        return String(text[..<range.lowerBound])
    }
}
