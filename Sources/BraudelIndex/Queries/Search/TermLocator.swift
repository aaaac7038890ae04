import BraudelText
import Foundation

/// Finds where a word, prefix or phrase of a query occurs in a sentence, for highlighting,
/// folding case and diacritics the way the full-text index (unicode61, diacritics removed) does.
struct TermLocator {
    private enum Mode {
        case phrase(PhraseLocator)
        case prefix(String)
    }

    private let mode: Mode

    /// Nil for terms that are not text (concepts, filters) or hold no letter or digit.
    init?(_ term: SearchExpression) {
        switch term {
        case .word(let text, prefix: true) where !text.unicodeScalars.contains(where: Self.isSeparator):
            let stem = TermFolding.fold(text)
            guard !stem.isEmpty else { return nil }
            mode = .prefix(stem)
        case .word(let text, _), .phrase(let text):
            guard let locator = PhraseLocator(phrase: text) else { return nil }
            mode = .phrase(locator)
        default:
            return nil
        }
    }

    /// Scalar spans of every occurrence in `scalars`.
    func spans(in scalars: [Unicode.Scalar]) -> [QuerySpan] {
        switch mode {
        case .phrase(let locator):
            return locator.ranges(in: scalars).map { QuerySpan(start: $0.lowerBound, end: $0.upperBound) }
        case .prefix(let stem):
            let text = String(String.UnicodeScalarView(scalars))
            guard let segmented = try? Segmenter.segment(text) else { return [] }
            return segmented.tokens.compactMap { token in
                let word = String(String.UnicodeScalarView(scalars[token.start..<token.end]))
                return TermFolding.fold(word).hasPrefix(stem) ? QuerySpan(start: token.start, end: token.end) : nil
            }
        }
    }

    private static func isSeparator(_ scalar: Unicode.Scalar) -> Bool {
        !(scalar.properties.isAlphabetic || scalar.properties.numericType != nil)
    }
}

/// Case and diacritic folding for comparing query text with stored text ("Bértola" = "bertola").
enum TermFolding {
    static func fold(_ text: String) -> String {
        Folding.withoutDiacritics(text)
    }
}
