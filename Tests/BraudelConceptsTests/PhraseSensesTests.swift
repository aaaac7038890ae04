import BraudelText
import Foundation
import Testing
@testable import BraudelConcepts

/// The noun-phrase grammar of the bundled lexicon's `core`, `center` and `incorporation` rules,
/// and the local topic evidence: each case is one construction, with a technical and an
/// everyday instance.
@Suite struct PhraseSensesTests {
    static let lexiconPath = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .appendingPathComponent("../../lexicons/world-systems.yaml").standardized.path
    let matcher: ConceptMatcher

    init() throws {
        matcher = ConceptMatcher(lexicon: try LexiconLoader.load(path: Self.lexiconPath))
    }

    /// The zone mentions (`core`, `center`) found in `text`, as their words.
    func zones(_ text: String) throws -> [String] {
        try matcher.mentions(in: Segmenter.segment(text)).filter { ["core", "center"].contains($0.concept) }.map(\.text)
    }

    @Test func theNounCoreModifiesDecides() throws {
        #expect(try zones("Core capitalist countries export capital.") == ["Core"])
        #expect(try zones("Core zones and core labor were studied.") == ["Core", "core"])
        #expect(try zones("The core tenets of dependency theory concern trade.") == [])
        #expect(try zones("A core theme of the world-economy literature is trade.") == [])
        #expect(try zones("The core determinants of growth in the world economy differ.") == [])
        #expect(try zones("ILO core labour standards bind states.") == [])
    }

    @Test func theObjectOfOfDecides() throws {
        #expect(try zones("The core of the world-economy shifted.") == ["core"])
        #expect(try zones("The core of the argument concerns state power in the world-economy.") == [])
        #expect(try zones("Amin named the centres of accumulation.") == ["centres"])
        #expect(try zones("The centre of gravity of world trade moved east.") == [])
        #expect(try zones("He put the state at the center of his analysis of the world economy.") == [])
    }

    @Test func prepositionalFrames() throws {
        #expect(try zones("At its core, world-systems analysis is about states.") == [])
        #expect(try zones("Surplus flows to the core.") == ["core"])
        #expect(try zones("Profits were repatriated back to the core.") == ["core"])
        #expect(try zones("The regime was rotten to the core, said the capitalist states.") == [])
        #expect(try zones("Trade is core to the project of world-systems analysis.") == [])
    }

    @Test func coordinationWithAPartnerMeansTheZone() throws {
        #expect(try zones("between core and periphery") == ["core"])
        #expect(try zones("the core, the semiperiphery and the periphery") == ["core"])
        #expect(try zones("the industrial centres and the periphery") == ["centres"])
    }

    @Test func premodifiersAndPossessors() throws {
        #expect(try zones("The imperial core gained.") == ["core"])
        #expect(try zones("The earth's core is hot, like the states of the world-economy.") == [])
        #expect(try zones("A hard core of militants opposed the capitalist states.") == [])
        #expect(try zones("The city centre and the research center of the world-economy.") == [])
        #expect(try zones("The political centre of a world-empire collects tribute.") == [])
    }

    @Test func peripheryIsReadByTheSameGrammar() throws {
        let found = { (text: String) in try matcher.mentions(in: Segmenter.segment(text)).filter { $0.concept == "periphery" }.map(\.text) }
        #expect(try found("Peripheral states export raw materials.") == ["Peripheral"])
        #expect(try found("She saw it in her peripheral vision, near the world-economy exhibit.") == [])
        #expect(try found("The book lies at the periphery of the debate on capitalist states.") == [])
        #expect(try found("The industrial centres faced a periphery whose exports paid for growth.") == ["periphery"])
    }

    @Test func namesAndBareIndefinitesAreNotZones() throws {
        #expect(try zones("The Fernand Braudel Center published papers on the world-economy.") == [])
        #expect(try zones("The Centre for Development Studies studies the periphery.") == [])
        #expect(try zones("Movements in the world-economy coordinate without a center.") == [])
    }

    func found(_ text: String, _ concept: String) throws -> [String] {
        try matcher.mentions(in: Segmenter.segment(text)).filter { $0.concept == concept }.map(\.text)
    }

    @Test func aVerbIsJudgedByWhatItTakes() throws {
        #expect(try found("Britain incorporated the Indian subcontinent into the world-economy.", "incorporation") == ["incorporated"])
        #expect(try found("The regions incorporated in the nineteenth century grew cotton.", "incorporation") == ["incorporated"])
        #expect(try found("The editors incorporated a new logic into the world-economy chapter.", "incorporation") == [])
        #expect(try found("Each chapter incorporates interviews with workers of the capitalist world-economy.", "incorporation") == [])
        #expect(try found("The incorporation debate concerned the Ottoman Empire.", "incorporation") == ["incorporation"])
        #expect(try found("The incorporation of the company took a week.", "incorporation") == [])
    }

    @Test func aSpellingThatNamesTheSchoolNeedsNoNeighbours() throws {
        #expect(try found("Dependency theory needs no such neighbours.", "dependency") == ["Dependency theory"])
        #expect(try found("Path dependency needs no such neighbours.", "dependency") == [])
    }

    @Test func topicEvidenceIsTheMentionsNeighbourhoodNotTheParagraph() throws {
        let field = "The semiperiphery and the capitalist world-economy were its subject. "
        let bare = "Mexico was squeezed between the core above and China below."
        #expect(try zones(field + bare) == ["core"])
        let filler = "It thanks the librarians. It lists the archives. It notes the lost letters. "
        #expect(try zones(field + filler + bare) == [])
    }
}

