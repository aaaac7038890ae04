import BraudelDocuments
import BraudelIndex

/// A sentence hit: where it is, the sentence as plain text and the matches' scalar offsets in it
/// (in a table, the sentence with the matches marked « »).
public struct SentenceRow: TabularRecord {
    public var path: String
    public var year: Int?
    public var sentence: Int
    public var match: String
    public var text: String
    public var start: Int?
    public var end: Int?
    public var score: Double?
    /// Every matched span (scalar offsets in `text`); `start`/`end` are the first.
    public var spans: [QuerySpan]?

    public init(_ hit: QueryHit) {
        path = displayPath(hit.path)
        year = hit.year
        sentence = hit.sentence
        text = hit.text
        start = hit.first?.start
        end = hit.first?.end
        score = hit.score
        spans = hit.spans
        let scalars = Array(text.unicodeScalars)
        match = hit.first.map { String(String.UnicodeScalarView(scalars[$0.start..<$0.end])) } ?? ""
    }

    public static let columns = ["path", "year", "sentence", "start", "end", "score", "match", "spans", "text"]
    public var cells: [String] {
        [path, Cell.int(year), String(sentence), Cell.int(start), Cell.int(end), Cell.exact(score), match,
         Cell.json(spans ?? []), text]
    }
    public static let tableColumns = ["path", "year", "sentence", "text"]
    public var tableCells: [String] { [path, Cell.int(year), String(sentence), highlighted(width: 100)] }

    /// The sentence with every match marked « », cut to a window around the first match so that
    /// a mark is always visible in a table.
    public func highlighted(width: Int) -> String {
        // Line breaks become spaces scalar for scalar, so offsets stay valid.
        var scalars = text.unicodeScalars.map { $0.properties.isWhitespace ? " " : $0 }
        while scalars.last == " " { scalars.removeLast() }   // no "…" for trailing space alone
        func string(_ slice: ArraySlice<Unicode.Scalar>) -> String { String(String.UnicodeScalarView(slice)) }
        let marks = (spans ?? []).filter { $0.start >= 0 && $0.end <= scalars.count && $0.start < $0.end }
        guard let first = marks.first else {
            return scalars.count <= width ? string(scalars[...]) : string(scalars[..<(width - 1)]) + "…"
        }
        let room = max(10, (width - (first.end - first.start)) / 2)
        let from = max(0, first.start - room), to = min(scalars.count, first.end + room)
        var out = from > 0 ? "…" : ""
        var position = from
        for mark in marks where mark.start >= position && mark.end <= to {
            out += string(scalars[position..<mark.start]) + "«" + string(scalars[mark.start..<mark.end]) + "»"
            position = mark.end
        }
        return out + string(scalars[position..<to]) + (to < scalars.count ? "…" : "")
    }
}

/// One concordance line.
public struct KWICRow: TabularRecord {
    public var path: String
    public var left: String
    public var match: String
    public var right: String
    public var start: Int
    public var end: Int

    public init(_ line: KWICLine) {
        path = displayPath(line.path)
        left = line.left
        match = line.match
        right = line.right
        start = line.start
        end = line.end
    }

    public static let columns = ["path", "left", "match", "right", "start", "end"]
    public var cells: [String] { [path, left, match, right, String(start), String(end)] }
}

/// A path as shown to people.
public func displayPath(_ path: String) -> String { CorpusWalker.display(path) }

/// Paths as shown to people (see ``displayPath(_:)``), the working folder read once.
public func displayPaths(_ paths: [String]) -> [String] { CorpusWalker.display(paths) }
