import BraudelText

/// German closed compounds read by their parts, so that a compound names a lexicon concept the
/// way its words do: German compounds are right-headed, so "Welthegemon" (world hegemon) is a
/// hegemon and "Drogenabhängigkeit" a kind of Abhängigkeit, while "Hegemoniezyklen" (cycles) and
/// "Weltsystemzonen" (zones) are not what their first part names. One exception is built in: a
/// zone of the world-system followed by a territorial head ("Peripherieländer",
/// "Halbperipheriestaaten") names the zone's countries, as the lexicon's own "Kernländer" does.
struct GermanCompounds: Sendable {
    /// Heads that turn a zone into the territories belonging to it.
    static let territorialHeads: Set<String> = [
        "land", "länder", "ländern", "staat", "staaten", "region", "regionen", "zone", "zonen",
        "gebiet", "gebiete", "gebieten", "ökonomien", "gesellschaften",
    ]
    /// Inflectional endings a head label may take inside a compound ("Hegemonien").
    static let headEndings = ["", "n", "en", "s", "es", "e"]
    /// A modifier shorter than this is a prefix ("un" in "Unabhängigkeit"), not a word.
    static let minimumModifier = 3
    /// The group whose concepts are zones of the world-system.
    static let zoneGroup = "zones"

    /// Folded one-word German labels → concept index, longest first.
    private let heads: [(label: String, concept: Int)]
    /// Folded one-word German labels of zone concepts → concept index.
    private let zones: [(label: String, concept: Int)]
    /// The last four letters of every head with every ending: most words end otherwise and are
    /// ruled out by one lookup.
    private let headTails: Set<Substring>
    /// Modifiers a concept's context rule forbids right before it ("pfad" as in "Pfadabhängigkeit").
    private let forbiddenModifiers: [Int: Set<String>]

    init(concepts: [Concept]) {
        var heads = [(String, Int)](), zones = [(String, Int)](), forbidden = [Int: Set<String>]()
        for (index, concept) in concepts.enumerated() where !concept.abstract {
            for label in concept.labels["de"] ?? [] where !label.contains(" ") && !label.contains("-") && !label.hasSuffix("*") {
                let folded = Folding.fold(label)
                heads.append((folded, index))
                if concept.broader == Self.zoneGroup { zones.append((folded, index)) }
            }
            if let rule = concept.context {
                forbidden[index] = Set(rule.forbidBefore.filter { $0.count == 1 }.map { $0[0] })
            }
        }
        self.heads = heads.sorted { $0.0.count > $1.0.count }
        self.zones = zones.sorted { $0.0.count > $1.0.count }
        forbiddenModifiers = forbidden
        headTails = Set(heads.flatMap { head in Self.headEndings.map { (head.0 + $0).suffix(4) } })
    }

    /// The concept one folded German word names as a compound, or nil when it is not one.
    func concept(of word: String) -> Int? {
        guard word.count >= 7 else { return nil }
        for zone in zones where word.hasPrefix(zone.label) {
            var rest = word.dropFirst(zone.label.count)
            if rest.first == "n" || rest.first == "s", !Self.territorialHeads.contains(String(rest)) { rest = rest.dropFirst() }
            if Self.territorialHeads.contains(String(rest)) { return zone.concept }
        }
        guard headTails.contains(word.suffix(4)) else { return nil }
        for head in heads {
            for ending in Self.headEndings where word.hasSuffix(head.label + ending) {
                let modifier = word.dropLast(head.label.count + ending.count)
                guard modifier.count >= Self.minimumModifier else { continue }
                let bare = modifier.hasSuffix("s") ? String(modifier.dropLast()) : String(modifier)
                if let forbidden = forbiddenModifiers[head.concept], forbidden.contains(String(modifier)) || forbidden.contains(bare) {
                    return nil
                }
                return head.concept
            }
        }
        return nil
    }
}
