/// Writes a graph in one interchange format. One conforming type per format.
public protocol GraphExporter: Sendable {
    /// Conventional file extension, without the dot ("graphml", "dot").
    var fileExtension: String { get }
    /// The whole document for `graph`.
    func export(_ graph: Graph) -> String
}

/// Number spelling shared by the exporters: integral values without a fraction ("3", not
/// "3.0"), others in Swift's shortest round-trip form; nil for NaN and infinities, which no
/// target format spells the same way.
enum NumberText {
    static func format(_ value: Double) -> String? {
        guard value.isFinite else { return nil }
        if value == value.rounded(), abs(value) < 1e15 { return String(Int64(value)) }
        return "\(value)"
    }
}
