/// One paragraph read from a structured document part, before assembly into cleaned text.
struct TextBlock: Sendable, Hashable {
    var text: String
    var isHeading: Bool
    /// Starts a new section even without a heading (a new EPUB chapter).
    var startsSection: Bool

    init(_ text: String, isHeading: Bool = false, startsSection: Bool = false) {
        self.text = text
        self.isHeading = isHeading
        self.startsSection = startsSection
    }
}
