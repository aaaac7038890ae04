import BraudelText

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
/// line of a paragraph is short, unless it is a fragment of a line cut by wide justification),
/// a labeled block ("Abstract.", "Keywords:"), and a heading-like line standing between
/// paragraphs. After
/// a References heading every line that starts an entry starts a paragraph; after a Notes
/// heading, every numbered line. Page furniture and the blank lines around it are transparent,
/// so a sentence that runs across a page break is rejoined; so are footnotes at the foot of a
/// page or column (``PageFootnotes``), which follow the paragraph they interrupted, and the blank
/// line pdftotext sets between two columns inside a sentence.
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
        var previousIsFragment = false
        var firstPage = true
        var previousIsByline = false
        var previousIsAffiliation = false
        var paragraphIsHeading = false
        var paragraphLines = 0
        // Footnotes met at the foot of a page or column wait for the end of the paragraph they
        // interrupt; blank lines and furniture since the last text line end a note.
        var notes = PageFootnotes(bytes: bytes)
        var deferredNotes = [PlannedLine]()
        var brokenSinceText = false
        for index in lines.indices {
            switch roles[index] {
            case .blank: pendingBlank = true; brokenSinceText = true; continue
            case .pageNumber, .runningHeader: zoneArtifact = true; firstPage = false; brokenSinceText = true; continue
            case .text: break
            }
            let line = lines[index]
            if line.pageBreakBefore { zoneArtifact = true; firstPage = false }
            if mode == .body {
                let kind = notes.classify(line, broken: brokenSinceText)
                brokenSinceText = false
                if kind != .body {
                    deferredNotes.append(PlannedLine(line: index, startsParagraph: kind == .noteStart, isHeading: false, inList: true))
                    zoneArtifact = true   // like furniture, the note does not break the body around it
                    continue
                }
            }
            brokenSinceText = false
            var hard = previous == nil || (pendingBlank && !zoneArtifact) || previousIsByline
                || (previousIsAffiliation && !LineShapes.startsLowercase(bytes, line.range))
            if hard, !previousIsByline, mode == .body, let previous, continuesAcrossColumns(previous, line) { hard = false }
            pendingBlank = false
            zoneArtifact = false
            var decision = decide(index, line, previous: previous, previousIsFragment: previousIsFragment, hard: hard,
                                  afterHeading: paragraphIsHeading ? paragraphLines : 0, firstPage: firstPage, mode: &mode)
            // Under a byline comes an affiliation ("Department of History, Boğaziçi University"),
            // not a section, unless the line is a numbered or a front-matter heading.
            if previousIsByline && decision.heading && !isNumbered(line)
                && LineShapes.headingKeyword(bytes, line).map(Self.frontMatterHeadings.contains) != true {
                decision.heading = false
            }
            if decision.starts {
                paragraphIsHeading = decision.heading
                paragraphLines = 0
                planned += deferredNotes
                deferredNotes.removeAll()
                if decision.heading { notes.endNote() }
            }
            paragraphLines += 1
            planned.append(PlannedLine(line: index, startsParagraph: decision.starts,
                                       isHeading: decision.heading, inList: mode != .body && !decision.heading))
            previousIsFragment = !decision.starts && previous.map(isShortContinued) == true
            // The one line under a byline (an affiliation) is a paragraph of its own too, when it
            // reads as a heading (it does not run on with a comma).
            previousIsAffiliation = previousIsByline && decision.starts && LineShapes.isHeadingLike(bytes, line)
            // A byline ends its paragraph: the affiliation under it is another.
            previousIsByline = decision.starts && !decision.heading && mode == .body && firstPage
                && LineShapes.isHeadingLike(bytes, line) && isByline(line)
            previous = line
        }
        return planned + deferredNotes
    }

    /// A blank line inside a sentence: pdftotext sets one between two columns (or around a
    /// figure), so a line that stops mid-sentence — on a word, a comma or a hyphen, and does
    /// not read as a heading — followed by a line starting in lowercase continues the paragraph.
    private func continuesAcrossColumns(_ previous: SourceLine, _ line: SourceLine) -> Bool {
        guard LineShapes.startsLowercase(bytes, line.range), !previous.range.isEmpty else { return false }
        let last = UTF8Bytes.scalar(bytes, before: previous.end, start: previous.start).scalar
        if LineJoiner.trailingHyphen(bytes, previous.range) != nil { return true }
        return (last.properties.isAlphabetic || last == ",") && !LineShapes.isHeadingLike(bytes, previous)
    }

    /// `afterHeading` is the number of lines of the heading this line follows (0 if none).
    private func decide(_ index: Int, _ line: SourceLine, previous: SourceLine?, previousIsFragment: Bool, hard: Bool,
                        afterHeading: Int, firstPage: Bool, mode: inout Mode) -> (starts: Bool, heading: Bool) {
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
            // A hanging indent: in a reference list a line indented deeper than the one before
            // continues its entry ("Amsden, Alice H. 1989. Asia's Next Giant." / "    New York:
            // Oxford University Press."); only a line that reads as an entry start begins one.
            let hangingContinuation = mode == .references && line.indent > previous.indent
            if !starts && previousEndsSentence && !hangingContinuation {
                starts = line.indent >= previous.indent + 2 || (previous.length < shortLength && !previousIsFragment)
                    || previous.length > Self.unwrappedLength
            }
            if !starts && mode == .body && LineShapes.startsLabeledBlock(bytes, line.range) { starts = true }
        }
        guard mode == .body, starts || previousEndsSentence, !nextContinues,
              LineShapes.isHeadingLike(bytes, line),
              line.length < shortLength || (hard && next.hard) else { return (starts, false) }
        // The byline under a title, or anywhere in the first page's title block, is a paragraph
        // of its own, not a new section.
        if (afterHeading > 0 || firstPage) && PersonNames.parseByline(String(decoding: bytes[line.range], as: UTF8.self)) != nil {
            return (true, false)
        }
        return (true, true)
    }

    /// A single word that does not end a sentence, on a line of its own. The line after it is
    /// then a fragment whose shortness says nothing about paragraph ends: pdftotext cuts a
    /// widely justified line into one word per line ("exchange" / "(Emmanuel" / "1972;" /
    /// "Amin" / "1976)." / "The").
    private func isShortContinued(_ line: SourceLine) -> Bool {
        line.length < shortLength && !bytes[line.range].contains(0x20) && !LineShapes.endsSentence(bytes, line.range)
            && LineJoiner.trailingHyphen(bytes, line.range) == nil
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

    /// Headings that may follow a byline directly.
    static let frontMatterHeadings: Set<String> = ["abstract", "introduction", "summary", "keywords", "key words", "contents"]

    private func isByline(_ line: SourceLine) -> Bool {
        PersonNames.parseByline(String(decoding: bytes[line.range], as: UTF8.self)) != nil
    }

    private func isNumbered(_ line: SourceLine) -> Bool {
        let words = String(decoding: bytes[line.range], as: UTF8.self).split(separator: " ")
        return LineShapes.numberedRemainder(words) != nil
    }

    private static func mode(forHeading keyword: String) -> Mode? {
        if ReferenceHeadings.all.contains(keyword) { return .references }
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
