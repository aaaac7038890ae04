import Testing
@testable import BraudelCitations

/// The byte path for ASCII names and the scalar path for the rest must give the same answers.
@Suite struct EditDistanceTests {
    @Test(arguments: [
        ("wallerstein", "wallerstein", true), ("wallerstein", "walerstein", true),
        ("wallerstein", "wallersteinn", true), ("arrighi", "arirghi", true), ("amin", "amni", true),
        ("amin", "main", true), ("amin", "mina", false), ("frank", "franks", true), ("frank", "fank", true), ("frank", "fnark", false),
        ("", "a", true), ("", "ab", false), ("silver", "sliver", true), ("chase-dunn", "chasedunn", true),
        ("bértola", "bertola", true), ("bértola", "bértolla", true), ("bértola", "bretola", false),
        ("søren", "soren", true), ("ø", "", true), ("müller", "muller", true), ("müller", "mueler", false),
    ])
    func withinOne(pair: (String, String, Bool)) {
        #expect(EditDistance.isWithinOne(pair.0, pair.1) == pair.2)
        #expect(EditDistance.isWithinOne(pair.1, pair.0) == pair.2)
    }
}
