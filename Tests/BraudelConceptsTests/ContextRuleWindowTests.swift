import BraudelText
import Testing
@testable import BraudelConcepts

/// The window of a context rule, word by word: which side it reaches, exactly how far, and
/// that forbidden phrases stop at the sentence. Each row would pass with a window one word
/// shorter or longer, or one-sided, only by luck (issue 18: these mutations survived).
@Suite struct ContextRuleWindowTests {
    /// "core" kept only with "state" within 3 words; rejected after "hard", before "values";
    /// no topic evidence, so the window alone decides.
    static let matcher = ConceptMatcher(lexicon: Lexicon(name: "window", version: "1", concepts: [
        Concept(id: "core", label: "core", context: ContextRule(
            window: 3, requireAny: ["state"], forbidBefore: [["hard"]], forbidAfter: [["values"]], topicEvidence: 0)),
    ]))

    static func kept(_ text: String) throws -> Bool {
        !matcher.mentions(in: try Segmenter.segment(text)).isEmpty
    }

    @Test(arguments: [
        // The required word before the term, at distance 1…4 (the window is 3).
        ("state core", true),
        ("state a b core", true),
        ("state a b c core", false),
        // After the term, the same distances.
        ("core state", true),
        ("core a b state", true),
        ("core a b c state", false),
        // The window stays inside the sentence, on both sides.
        ("The state. A core grew here today.", false),
        ("A core grew there slowly. The state was there.", false),
    ])
    func windowReachesExactlyItsWidthOnBothSides(text: String, expected: Bool) throws {
        #expect(try Self.kept(text) == expected, "\(text)")
    }

    @Test(arguments: [
        // A forbidden phrase right before or after the term rejects it…
        ("the state had a hard core", false),
        ("the state has core values", false),
        // …but not from the previous or the next sentence.
        ("It was hard. Core state grew strongly there.", true),
        ("The state kept its core. Values changed later on.", true),
    ])
    func forbiddenPhrasesStopAtTheSentence(text: String, expected: Bool) throws {
        #expect(try Self.kept(text) == expected, "\(text)")
    }
}
