import Foundation
import Testing
@testable import BraudelCitations

/// Synthetic prose with a known number of planted citations, for a throughput check.
private struct SyntheticCorpus {
    var text = ""
    var planted = 0
    private var state: UInt64 = 0x9E3779B97F4A7C15

    private mutating func next(_ bound: Int) -> Int {
        state = state &* 6364136223846793005 &+ 1442695040888963407
        return Int((state >> 33) % UInt64(bound))
    }

    private static let names = ["Wallerstein", "Arrighi", "Chase-Dunn", "Amin", "Frank", "Silver", "Abu-Lughod",
                                "van der Linden", "Bértola", "Polanyi", "Braudel", "O'Brien"]
    private static let prose = [
        "the world-economy expanded through", "the semiperiphery (a zone of mobility) mediated",
        "in 1992 the IMF imposed conditions on", "the postwar boom (1945–1973) ended as",
        "hegemonic transitions (see Table 2) follow", "profits fell in the 1990s while",
        "the share (about 45 percent) of", "capital accumulation on a world scale proceeded",
        "as the data (p. 45) suggest,", "labor unrest spread\nthrough",
    ]

    private mutating func citation() -> String {
        let a = Self.names[next(Self.names.count)]
        let b = Self.names[next(Self.names.count)]
        let year = 1950 + next(70)
        switch next(6) {
        case 0: planted += 1; return "(\(a) \(year))"
        case 1: planted += 1; return "\(a) (\(year))"
        case 2: planted += 1; return "(\(a) and \(b) \(year): \(1 + next(300)))"
        case 3: planted += 2; return "(e.g., \(a) \(year); see also \(b) et al. \(year + 1))"
        case 4: planted += 2; return "\(a) and \(b) (\(year), \(year + 2))"
        default: planted += 2; return "(\(a) \(year)a, \(year)b)"
        }
    }

    init(bytes: Int) {
        while text.utf8.count < bytes {
            var sentence = "The"
            for _ in 0..<3 { sentence += " " + Self.prose[next(Self.prose.count)] }
            if next(4) == 0 { sentence += " " + citation() }
            text += sentence + (next(8) == 0 ? ".\n\n" : ". ")
        }
    }
}

@Test("throughput on ~10 MB of synthetic prose (run with BRAUDEL_THROUGHPUT=1, ideally -c release)",
      .enabled(if: ProcessInfo.processInfo.environment["BRAUDEL_THROUGHPUT"] != nil))
func throughput() {
    let corpus = SyntheticCorpus(bytes: 10_000_000)
    let scalars = Array(corpus.text.unicodeScalars)
    let clock = ContinuousClock()
    var found = 0
    let elapsed = clock.measure {
        let (entries, section) = ReferenceListParser.parse(scalars)
        found = CitationLinker.link(InTextCitationExtractor.extract(from: scalars, excluding: section), to: entries).count
    }
    let seconds = Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) / 1e18
    let megabytes = Double(corpus.text.utf8.count) / 1_000_000
    print(String(format: "citations throughput: %.1f MB in %.3f s = %.1f MB/s (%d citations)",
                 megabytes, seconds, megabytes / seconds, found))
    #expect(found == corpus.planted)
}
