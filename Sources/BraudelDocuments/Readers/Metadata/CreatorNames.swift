import Foundation

/// Splits a creator field of package metadata (core.xml `dc:creator`, ODF `meta:initial-creator`,
/// OPF `dc:creator`) into authors: "A; B", "A and B", "A & B", "A, B and C" with full names,
/// while keeping an inverted "Wallerstein, Immanuel" or "Arrighi, G." whole. Word fills the
/// field with the account name of whoever made the file, so placeholder accounts are dropped.
enum CreatorNames {
    /// Account names that office suites write when no author was given.
    static let placeholders: Set<String> = [
        "microsoft office user", "administrator", "admin", "user", "owner", "windows user",
        "unknown", "author", "anonymous", "default", "authors", "unknown author", "pandoc",
    ]

    /// The authors named in `field`, in order.
    static func split(_ field: String) -> [String] {
        let trimmed = WhitespaceCollapser.collapse(field)
        guard !trimmed.isEmpty, !placeholders.contains(trimmed.lowercased()) else { return [] }
        var parts = trimmed.split(separator: ";").map(String.init)
        if parts.count == 1 { parts = splitConjunctions(trimmed) }
        let names = parts.flatMap(splitFullNameList)
            .map { $0.trimmingCharacters(in: .whitespaces) }
            .filter { !$0.isEmpty && !placeholders.contains($0.lowercased()) }
        return names
    }

    /// "A and B", "A & B" → ["A", "B"].
    private static func splitConjunctions(_ text: String) -> [String] {
        var normalized = text
        for conjunction in [" and ", " AND ", " & ", " und ", " et "] {
            normalized = normalized.replacingOccurrences(of: conjunction, with: ";")
        }
        return normalized.split(separator: ";").map(String.init)
    }

    /// "Giovanni Arrighi, Beverly J. Silver" → two names; "Wallerstein, Immanuel" → one, since
    /// a part of a single word is a surname or given name of an inverted name.
    private static func splitFullNameList(_ part: String) -> [String] {
        let pieces = part.split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
        guard pieces.count > 1, pieces.allSatisfy({ $0.split(separator: " ").count >= 2 && !$0.hasSuffix(".") }) else {
            return [part]
        }
        return pieces
    }
}
