/// A kept line of extracted text and where it sits in the paragraph structure.
struct PlannedLine {
    /// Index into the source lines.
    var line: Int
    /// Whether this line begins a paragraph (otherwise it is joined to the previous line).
    var startsParagraph: Bool
    /// Whether the paragraph this line begins is a heading.
    var isHeading: Bool
    /// Whether the line lies in a bibliography or notes list (no footnote-marker repair there).
    var inList: Bool
}

/// Decides where paragraphs begin in PDF-extracted lines. A blank line starts one; so does an
/// indented line after a sentence end, a line after a short sentence-final line (the last
/// line of a paragraph is short), and a heading-like line standing between paragraphs. After
/// a References heading every line that starts an entry starts a paragraph; after a Notes
/// heading, every numbered line. Page furniture and the blank lines around it are transparent,
/// so a sentence that runs across a page break is rejoined.
struct ParagraphPlanner {
    private enum Mode { case body, references, notes }

    let bytes: [UInt8]
    let lines: [SourceLine]
    let roles: [LineRole]
    /// Lines shorter than this (in scalars) end a paragraph when they end a sentence.
    let shortLength: Int
    /// Lines longer than this were never wrapped: each is a paragraph when it ends a sentence.
    static let unwrappedLength = 160

    init(bytes: [UInt8], lines: [SourceLine], roles: [LineRole]) {
        self.bytes = bytes
        self.lines = lines
        self.roles = roles
        self.shortLength = Self.shortLength(lines, roles)
    }

    /// 80% of the typical full line width (the 90th percentile of text line lengths).
    private static func shortLength(_ lines: [SourceLine], _ roles: [LineRole]) -> Int {
        var histogram = [Int](repeating: 0, count: 202)
        var total = 0
        for (index, line) in lines.enumerated() where roles[index] == .text {
            histogram[min(line.length, 201)] += 1
            total += 1
        }
        guard total > 0 else { return 0 }
        var seen = 0
        for (length, count) in histogram.enumerated() {
            seen += count
            if seen * 10 >= total * 9 { return length * 4 / 5 }
        }
        return 160
    }

    func plan() -> [PlannedLine] {
        var planned = [PlannedLine]()
        planned.reserveCapacity(lines.count)
        var mode = Mode.body
        var pendingBlank = false, zoneArtifact = false
        var previous: SourceLine?
        var paragraphIsHeading = false
        var paragraphLines = 0
        for index in lines.indices {
            switch roles[index] {
            case .blank: pendingBlank = true; continue
            case .pageNumber, .runningHeader: zoneArtifact = true; continue
            case .text: break
            }
            let line = lines[index]
            if line.pageBreakBefore { zoneArtifact = true }
            let hard = previous == nil || (pendingBlank && !zoneArtifact)
            pendingBlank = false
            zoneArtifact = false
            let decision = decide(index, line, previous: previous, hard: hard,
                                  afterHeading: paragraphIsHeading ? paragraphLines : 0, mode: &mode)
            if decision.starts {
                paragraphIsHeading = decision.heading
                paragraphLines = 0
            }
            paragraphLines += 1
            planned.append(PlannedLine(line: index, startsParagraph: decision.starts,
                                       isHeading: decision.heading, inList: mode != .body && !decision.heading))
            previous = line
        }
        return planned
    }

    /// `afterHeading` is the number of lines of the heading this line follows (0 if none).
    private func decide(_ index: Int, _ line: SourceLine, previous: SourceLine?, hard: Bool,
                        afterHeading: Int, mode: inout Mode) -> (starts: Bool, heading: Bool) {
        var starts = hard || afterHeading > 0
        let previousEndsSentence = previous.map { LineShapes.endsSentence(bytes, $0.range) } ?? true
        let next = nextText(after: index)
        let nextContinues = !next.hard && next.line.map { LineShapes.startsLowercase(bytes, $0.range) } == true
        if let previous, continuesHeading(line, previous: previous, hard: hard, afterHeading: afterHeading,
                                          nextHard: next.hard, mode: mode) {
            return (false, true)
        }
        if let keyword = LineShapes.headingKeyword(bytes, line), !nextContinues,
           let newMode = Self.mode(forHeading: keyword),
           starts || previousEndsSentence || (previous?.length ?? 0) < shortLength {
            mode = newMode
            return (true, true)
        }
        if !starts, let previous {
            switch mode {
            case .references:
                starts = ReferenceEntries.startsEntry(bytes, line.range,
                                                      previousEndsEntry: ReferenceEntries.endsEntry(bytes, previous.range))
            case .notes:
                starts = ReferenceEntries.startsNumbered(String(decoding: bytes[line.range], as: UTF8.self))
            case .body:
                break
            }
            if !starts && previousEndsSentence {
                starts = line.indent >= previous.indent + 2 || previous.length < shortLength
                    || previous.length > Self.unwrappedLength
            }
        }
        guard mode == .body, starts || previousEndsSentence, !nextContinues,
              LineShapes.isHeadingLike(bytes, line),
              line.length < shortLength || (hard && next.hard) else { return (starts, false) }
        // The byline under a title is a paragraph of its own, not a new section.
        if afterHeading > 0 && PersonNames.parseByline(String(decoding: bytes[line.range], as: UTF8.self)) != nil {
            return (true, false)
        }
        return (true, true)
    }

    /// A title or heading set on two lines ("Semiperipheral States in the Contemporary" /
    /// "World-Economy"): a second heading-like line right under a one-line heading, with a blank
    /// line after it. Numbered lines and bylines are paragraphs of their own.
    private func continuesHeading(_ line: SourceLine, previous: SourceLine, hard: Bool, afterHeading: Int,
                                  nextHard: Bool, mode: Mode) -> Bool {
        guard mode == .body, afterHeading == 1, !hard, nextHard,
              !LineShapes.endsSentence(bytes, previous.range),
              LineShapes.isHeadingLike(bytes, line), LineShapes.headingKeyword(bytes, line).flatMap(Self.mode(forHeading:)) == nil
        else { return false }
        guard !isNumbered(line), !isNumbered(previous) else { return false }
        // A byline under a title is its own paragraph, not the title's second line.
        return PersonNames.parseByline(String(decoding: bytes[line.range], as: UTF8.self)) == nil
    }

    private func isNumbered(_ line: SourceLine) -> Bool {
        let words = String(decoding: bytes[line.range], as: UTF8.self).split(separator: " ")
        return LineShapes.numberedRemainder(words) != nil
    }

    private static func mode(forHeading keyword: String) -> Mode? {
        if LineShapes.referenceHeadings.contains(keyword) { return .references }
        if LineShapes.noteHeadings.contains(keyword) { return .notes }
        if LineShapes.backMatterHeadings.contains(keyword) { return .body }
        return nil
    }

    /// The next text line after `index` and whether a paragraph break (a blank line not
    /// belonging to page furniture) lies before it.
    private func nextText(after index: Int) -> (line: SourceLine?, hard: Bool) {
        var blank = false, artifact = false
        var cursor = index + 1
        while cursor < lines.count {
            switch roles[cursor] {
            case .blank: blank = true
            case .pageNumber, .runningHeader: artifact = true
            case .text:
                if lines[cursor].pageBreakBefore { artifact = true }
                return (lines[cursor], blank && !artifact)
            }
            cursor += 1
        }
        return (nil, true)
    }
}
