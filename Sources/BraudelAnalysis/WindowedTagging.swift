import BraudelCitations
import BraudelConcepts
import BraudelText

/// Segments a document, tags its concepts and scans its in-text citations a window of whole
/// paragraphs at a time, so that a long document never holds all its scalars (4 bytes each),
/// tokens (32 bytes each, about one per six characters) nor ICU's buffers at once: only the
/// sentences, mentions and citations of windows already done are kept.
///
/// Each window is a core — the text it answers for — with context each side (whole
/// paragraphs, at least ``margin`` characters, or the document's edge). Context rules look up
/// to a rule's window of tokens around a match, borrowing from the next sentences when a
/// sentence is short, and topic evidence looks two sentences away within the paragraph: the
/// context gives them what the whole text would. Cores end at blank lines, where the segmenter
/// always ends a sentence and a paragraph, so a document whose paragraphs are shorter than the
/// window is cut into the very sentences, tokens and mentions of the whole text (tested with a
/// tiny window on corpus/). A paragraph longer than a window is cut at a likely sentence end
/// ("…. A"), else at a space: there, ICU might have read a sentence across the cut.
struct WindowedTagging {
    let matcher: ConceptMatcher
    /// Characters (Unicode scalars) per window's core.
    let size: Int
    /// The document's language, for the matcher's stems.
    let language: String?

    /// Characters per core by default: ICU's word buffers for a window are about 8 bytes each.
    static let defaultSize = 1 << 20
    /// Context each side of a core, in characters (rounded up to a paragraph).
    static let margin = 4096

    /// The sentence layout, concept mentions and in-text citations of `text`; the span
    /// `excluding` (a reference list) gets neither mentions nor citations. Only one window's
    /// scalars are decoded at a time; `evidence` is what the citation scan shares across them.
    func run(_ text: ScalarText, excluding: Range<Int>?, evidence: InTextCitationExtractor.Evidence) throws
        -> (layout: SentenceLayout, mentions: [ConceptMention], citations: [InTextCitation]) {
        var layout = SentenceLayout(sentences: [], tokenCount: 0, characterCount: text.count)
        var mentions = [ConceptMention]()
        var citations = [InTextCitation]()
        var start = 0
        repeat {
            // The scalars every cut below may look at: the window's widest extent and two more.
            let region = max(0, start - 2 * Self.margin - 2)..<min(text.count, start + size + 2 * Self.margin + 2)
            let scalars = text.scalars(in: region)
            let base = region.lowerBound
            let target = base + Self.cut(in: scalars, atOrBefore: min(text.count, start + size) - base, after: start - base)
            let window = (base + Self.cut(in: scalars, atOrBefore: max(0, start - Self.margin) - base, after: start - 2 * Self.margin - base))
                ..< (base + Self.cut(in: scalars, atOrAfter: target + Self.margin - base, before: target + 2 * Self.margin - base))
            let whole = window == 0..<text.count
            let windowScalars = Array(scalars[(window.lowerBound - base)..<(window.upperBound - base)])
            let segmented = try Segmenter.segment(whole ? text.text : TextUnits.string(windowScalars[...]))
            let core = (start - window.lowerBound)..<(target - window.lowerBound)
            // The core's sentences: those starting in it; the last may run past its end when the
            // cut was a guess, and the next core then starts where that sentence ends.
            let kept = segmented.sentences.indices.filter { core.contains(segmented.sentences[$0].start) }
            let firstSentence = layout.sentences.count
            let tokenBase = layout.tokenCount - (kept.first.map { segmented.sentences[$0].tokens.lowerBound } ?? 0)
            var end = target
            for index in kept {
                var sentence = segmented.sentences[index]
                end = max(end, window.lowerBound + sentence.end)
                sentence.start += window.lowerBound
                sentence.end += window.lowerBound
                sentence.tokens = (sentence.tokens.lowerBound + tokenBase)..<(sentence.tokens.upperBound + tokenBase)
                layout.sentences.append(sentence)
            }
            if let last = kept.last { layout.tokenCount = segmented.sentences[last].tokens.upperBound + tokenBase }
            let local = excluding.map { ($0.lowerBound - window.lowerBound)..<($0.upperBound - window.lowerBound) }
            let sentenceShift = firstSentence - (kept.first ?? 0)
            for var mention in matcher.mentions(in: segmented, excluding: local, language: language) where core.contains(mention.start) {
                mention.start += window.lowerBound
                mention.end += window.lowerBound
                mention.sentence += sentenceShift
                mentions.append(mention)
            }
            // Citations answer for the same core as the sentences (up to `end`), so none is
            // found twice or lost between cores.
            citations += InTextCitationExtractor.extract(window: windowScalars, base: window.lowerBound,
                                                         core: start..<max(end, target), excluding: excluding, evidence: evidence)
            start = max(end, target)
        } while start < text.count
        if layout.sentences.isEmpty { layout.sentences.append(Sentence(start: 0, end: text.count, tokens: 0..<0)) }
        return (layout, mentions, citations)
    }

    /// The best place to end a window at or before `limit` and after `floor`: just after a blank
    /// line, else after a likely sentence end, else after a space, else `limit` itself.
    static func cut(in scalars: [Unicode.Scalar], atOrBefore limit: Int, after floor: Int) -> Int {
        guard limit < scalars.count, limit > 0 else { return max(0, limit) }
        let lowest = max(floor + 1, 2)
        guard lowest <= limit else { return limit }
        for kind in CutKind.allCases {
            for position in stride(from: limit, through: lowest, by: -1) where kind.allows(scalars, position) {
                return position
            }
        }
        return limit
    }

    /// The best place to end a window's context at or after `limit` and before `ceiling`.
    static func cut(in scalars: [Unicode.Scalar], atOrAfter limit: Int, before ceiling: Int) -> Int {
        guard limit < scalars.count else { return scalars.count }
        let highest = min(scalars.count - 1, ceiling)
        guard limit <= highest else { return limit }
        for kind in CutKind.allCases {
            for position in max(2, limit)...highest where kind.allows(scalars, position) { return position }
        }
        return limit
    }

    /// Places a window may end, best first.
    enum CutKind: CaseIterable {
        /// After a blank line, before the next paragraph's first character.
        case paragraph
        /// After ". " (or ! ?) before a capital letter.
        case sentence
        /// After a space.
        case space

        func allows(_ s: [Unicode.Scalar], _ p: Int) -> Bool {
            switch self {
            case .paragraph: return s[p - 1] == "\n" && s[p - 2] == "\n" && s[p] != "\n"
            case .sentence: return s[p - 1] == " " && ".!?".unicodeScalars.contains(s[p - 2]) && s[p].properties.isUppercase
            case .space: return s[p - 1] == " " && s[p] != " "
            }
        }
    }
}
