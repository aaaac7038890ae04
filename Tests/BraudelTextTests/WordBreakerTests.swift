import Testing
import BraudelText

@Suite struct WordBreakerTests {
    func count(_ text: String, with breaker: inout WordBreaker) throws -> Int {
        let units = Array(text.utf16)
        return try units.withUnsafeBufferPointer { try breaker.boundaryCount($0) }
    }

    @Test func countsTheBoundariesICUFinds() throws {
        var breaker = WordBreaker()
        // The | | semi | - | periphery | | grew | . : eight segments, nine boundaries.
        #expect(try count("The semi-periphery grew.", with: &breaker) == 9)
        #expect(try count("", with: &breaker) == 1)
    }

    @Test func reusedBuffersGiveTheSameAnswer() throws {
        var breaker = WordBreaker()
        let short = "Arrighi (1994) on systemic cycles."
        let first = try count(short, with: &breaker)
        let long = String(repeating: "The core and the periphery exchange unequally. ", count: 200)
        let longCount = try count(long, with: &breaker)
        #expect(longCount > first)
        #expect(try count(short, with: &breaker) == first)
    }

    @Test func agreesWithTheSegmentersWordTokens() throws {
        let text = "Chase-Dunn (1998) disagreed with Wallerstein’s account of the semiperiphery."
        var breaker = WordBreaker()
        let boundaries = try count(text, with: &breaker)
        let tokens = try Segmenter.segment(text).tokens.count
        // Every word or number token is one segment; spaces and punctuation are the others.
        #expect(tokens == 10)
        #expect(boundaries - 1 > tokens)
    }
}
