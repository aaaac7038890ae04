/// One concordance line: a match with the document text on either side.
public struct KWICLine: Codable, Sendable, Hashable {
    public var path: String
    public var title: String?
    /// The concept matched, when searching by concept.
    public var concept: String?
    /// Scalar offsets of the match within the document text.
    public var start: Int
    public var end: Int
    /// Up to `width` characters before the match, line breaks turned into spaces.
    public var left: String
    public var match: String
    /// Up to `width` characters after the match, line breaks turned into spaces.
    public var right: String
}
