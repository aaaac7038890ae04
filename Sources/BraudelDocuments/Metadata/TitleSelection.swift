import BraudelText
import Foundation

/// Chooses the title among the first lines of a document set one field to a line. The byline
/// is the anchor: the title is the block of title-shaped lines closest above it, skipping a
/// venue or date line ("World Forum, Porto Alegre 2005") and joining the parts of a title that
/// layout broke over lines or blank lines (a part ending in ":" or in "of the", a part
/// starting in lowercase, all-caps parts). Page furniture, catalogue fields and labels above
/// the title are never candidates (``HeadLine/Kind``). Without a byline the first title-shaped
/// block is the title.
enum TitleSelection {
    /// How far down the byline is looked for, in lines.
    static let bylineLines = 30
    /// The most lines a title is set on.
    static let maxTitleLines = 4

    /// `common`, when given, tells a line of ordinary words set in capitals ("Relaciones
    /// Internacionales") from a byline, so the byline under it is found.
    static func select(_ lines: [HeadLine], common: CommonWordEvidence? = nil) -> TitleBlock? {
        if let labelled = labelledTitle(lines) { return labelled }
        if let repeated = repeatedBrokenTitle(lines) { return repeated }
        if let pair = titleOverByline(lines, common: common) { return pair }
        var byline = firstByline(lines, common: common)
        // "The Title - by Ana Moreno": a heading that carries its byline after a dash, before
        // any byline of its own line.
        if let dashed = dashedBylineTitle(lines, before: byline?.index ?? bylineLines) { return dashed }
        // A PDF page's running header names the author above the title block, which prints the
        // byline again under the title: the second one anchors the title.
        if let first = byline, let again = repeatedByline(first, in: lines) { byline = again }
        if let byline, let title = titleAbove(byline.index, in: lines) {
            return TitleBlock(title: title.text, authors: byline.allNames(in: lines),
                              lines: title.lines)
        }
        guard let title = firstTitle(lines) else {
            // A byline with no title above it still names the authors.
            return byline.map { TitleBlock(title: nil, authors: $0.allNames(in: lines), lines: []) }
        }
        var block = TitleBlock(title: title.text, authors: [], lines: title.lines)
        // A byline set above the title ("NAME University, E-mail: …" then the title).
        if let first = title.lines.min(), let previous = previousText(before: first, in: lines),
           let names = Bylines.parse(lines[previous].text) {
            block.authors = names
            return block
        }
        // The byline may sit on a line that repeats the title ("SECTION Title Name, University").
        if let last = title.lines.max() {
            var index = last
            for _ in 0..<3 {
                guard let next = nextText(after: index, in: lines) else { break }
                if let inline = InlineTitleBlock.parse(lines[next].text),
                   Self.key(inline.title).hasSuffix(Self.key(title.text)) {
                    block.authors = inline.authors
                    break
                }
                index = next
            }
        }
        return block
    }

    /// Catalogue pages that label their fields: "Title: …" and "Author: …" (in any order), or
    /// a landing page's sentence that names them ("The article titled “…” and authored by …").
    private static func labelledTitle(_ lines: [HeadLine]) -> TitleBlock? {
        for (index, line) in lines.enumerated().prefix(3) where line.isText || line.kind == .publication {
            if let described = describedTitle(line.text) { return TitleBlock(title: described.title, authors: described.authors, lines: [index]) }
        }
        for (index, line) in lines.enumerated().prefix(bylineLines) where line.isText {
            guard let value = TitleLabels.value(of: line.text), !value.isEmpty else { continue }
            let title = value.hasSuffix(".") && !value.hasSuffix("..") ? String(value.dropLast()) : value
            var authors = [String]()
            for other in lines.prefix(bylineLines) where other.isText {
                if let names = Bylines.labelled(other.text).flatMap(Bylines.parseLabelled) { authors = names; break }
            }
            return TitleBlock(title: title, authors: authors, lines: [index])
        }
        return nil
    }

    /// "… titled “The Title” and authored by Ana Moreno, was published …": the quoted title after
    /// "titled"/"entitled", and the names after "authored by"/"written by" up to the next comma.
    static func describedTitle(_ line: String) -> (title: String, authors: [String])? {
        let lower = line.lowercased()
        guard let marker = lower.range(of: "titled “") ?? lower.range(of: "titled \""),
              let close = line[marker.upperBound...].firstIndex(where: { $0 == "”" || $0 == "\"" }) else { return nil }
        let title = String(line[marker.upperBound..<close]).trimmingCharacters(in: .whitespaces)
        guard title.split(separator: " ").count >= 2 else { return nil }
        var authors = [String]()
        let rest = line[close...]
        if let by = rest.range(of: "authored by ") ?? rest.range(of: "written by ") {
            let value = rest[by.upperBound...].prefix { $0 != "," && $0 != ";" && $0 != "(" }
            authors = PersonNames.parseByline(String(value)) ?? []
        }
        return (title, authors)
    }

    /// A byline found in the head: its first and last line, its names, and whether a declared
    /// count ("2 authors:") says they are all.
    private struct Byline {
        let index: Int
        let last: Int
        let names: [String]
        let complete: Bool

        init(_ index: Int, _ last: Int, _ names: [String], _ complete: Bool) {
            (self.index, self.last, self.names, self.complete) = (index, last, names, complete)
        }

        /// The byline's names and those on the lines after it, unless a count closed the list.
        func allNames(in lines: [HeadLine]) -> [String] {
            complete ? names : names + TitleSelection.moreAuthors(after: last, in: lines)
        }
    }

    /// Names on the lines after the byline ending at `index`: a byline broken after a comma
    /// or before "and", and further name-and-affiliation lines ("Ana Moreno Department of …"
    /// under "Jin Lee Department of …"), past the affiliation and address lines between them.
    private static func moreAuthors(after index: Int, in lines: [HeadLine]) -> [String] {
        var authors = [String]()
        var cursor = index
        var broken = lines[index].text.hasSuffix(",") || lines[index].text.hasSuffix(" and")
        var skipped = 0
        while let next = nextText(after: cursor, in: lines), skipped <= 3 {
            let text = lines[next].text
            // "and" alone on a line between two name blocks.
            if text == "and" || text == "&" {
                broken = true
                cursor = next
                continue
            }
            if broken || text.hasPrefix("and ") || text.hasPrefix("& ") {
                let value = text.hasPrefix("and ") ? String(text.dropFirst(4)) : text.hasPrefix("& ") ? String(text.dropFirst(2)) : text
                guard let more = Bylines.parse(value) else { break }
                authors += more
                broken = text.hasSuffix(",") || text.hasSuffix(" and")
                cursor = next
                continue
            }
            // Authors set one to a line, with no blank line between ("Ana Moreno" over "Jin
            // Lee"): each line is a single name and nothing else.
            if next == cursor + 1, skipped == 0, Bylines.labelled(text) == nil,
               let previous = PersonNames.parseByline(lines[cursor].text), previous.count == 1,
               let more = PersonNames.parseByline(text), more.count == 1, !text.contains(",") {
                authors += more
                cursor = next
                continue
            }
            // An affiliation note under the name ("1National University of …") names no one.
            if let first = text.utf8.first, UTF8Bytes.isDigit(first),
               text.unicodeScalars.dropFirst().first.map(UTF8Bytes.isLetter) == true {
                cursor = next
                skipped += 1
                continue
            }
            // A further author with an affiliation on the same line, or on the line under it
            // (name and affiliation blocks alternating).
            let affiliationUnder = nextText(after: next, in: lines).map { isAffiliationOrAddress(lines[$0].text) } ?? false
            if let more = Bylines.parse(text),
               affiliationUnder || Bylines.namesBeforeAffiliation(Bylines.words(text), email: nil) != nil {
                authors += more
                cursor = next
                skipped = 0
                continue
            }
            // A department or address line without a keyword ("Sociology") is passed over
            // when an "and" alone on its line follows within the block: more names come.
            guard isAffiliationOrAddress(text) || andLineFollows(next, in: lines) else { break }
            cursor = next
            skipped += 1
        }
        return authors
    }

    /// Whether an "and" or "&" alone on its line comes within the next three lines of a name
    /// block, with no blank line or prose before it.
    private static func andLineFollows(_ index: Int, in lines: [HeadLine]) -> Bool {
        var cursor = index + 1
        while cursor < lines.count, cursor <= index + 3, lines[cursor].isText, !isProse(lines[cursor].text) {
            if lines[cursor].text == "and" || lines[cursor].text == "&" { return true }
            cursor += 1
        }
        return false
    }

    /// An affiliation, address or e-mail line under a name.
    private static func isAffiliationOrAddress(_ text: String) -> Bool {
        text.contains("@") || text.split(separator: " ").contains { Bylines.affiliationWords.contains(Bylines.bare($0)) }
    }

    /// The first byline: a text line that parses as one, below at least one text line, or the
    /// line after a bare author label ("by" alone on its line). One paragraph of notice text
    /// ("Dear reader, …") may come before the title; a second ends the head. The value of an
    /// empty field label ("Font Type:" then "Arial Georgia Verdana") is not a byline.
    private static func firstByline(_ lines: [HeadLine], common: CommonWordEvidence?) -> Byline? {
        let parse = { (text: String) -> [String]? in
            guard let names = Bylines.parse(text) else { return nil }
            guard let common else { return names }
            return names.allSatisfy({ PersonNames.isMadeOfOrdinaryWords($0, common) }) ? nil : names
        }
        var sawText = false
        var proseSeen = 0
        var previous: HeadLine?
        for (index, line) in lines.enumerated().prefix(bylineLines) {
            defer { if !line.isBlank { previous = line } }
            if Bylines.isBareLabel(line.text), let next = nextText(after: index, in: lines),
               var names = Bylines.parseLabelled(lines[next].text) {
                if let count = Bylines.declaredCount(line.text) {
                    // "2 authors:" over one name a line: the label says how many to read.
                    var cursor = next
                    var passed = 0
                    // Each name may have its affiliation and counts under it.
                    while names.count < count, passed <= 3, let following = nextText(after: cursor, in: lines) {
                        if let more = PersonNames.parseByline(lines[following].text) { names += more; passed = 0 } else { passed += 1 }
                        cursor = following
                    }
                    return Byline(index, cursor, Array(names.prefix(count)), true)
                }
                return Byline(index, next, names, false)
            }
            // The value of an empty field label, or the end of a title broken after "in", "of".
            let afterEmptyLabel = previous.map {
                ($0.text.hasSuffix(":") && !Bylines.isBareLabel($0.text))
                    || ($0.text.split(separator: " ").last.map { danglingWords.contains($0.lowercased()) } ?? false)
            } ?? false
            // A publication line may carry the byline ("Ana Moreno … Copyright 1995 Ana Moreno").
            if line.kind == .publication, sawText, !afterEmptyLabel, let names = parse(line.text) ?? creditedNames(line.text) {
                return Byline(index, index, names, false)
            }
            guard line.isText else { continue }
            // A labelled byline ("por Ana Moreno", "By Jin Lee") is one even as the first line.
            if sawText || Bylines.labelled(line.text) != nil, !afterEmptyLabel, let names = parse(line.text) {
                return Byline(index, index, names, false)
            }
            if isProse(line.text) {
                proseSeen += 1
                if proseSeen > 1 { return nil }
                continue
            }
            sawText = true
        }
        return nil
    }

    /// A head of two text lines, the second a byline ("A long title. with its subtitle in
    /// lowercase." over "Ana Moreno *", then the abstract): the first is the title whatever its
    /// length or final stop, since nothing else is there to be it.
    private static func titleOverByline(_ lines: [HeadLine], common: CommonWordEvidence?) -> TitleBlock? {
        let texts = lines.indices.filter { lines[$0].isText }
        guard texts.count == 2, texts[1] == texts[0] + 1, lines[texts[0]].text.count <= 250,
              lines[texts[0]].text.first?.isUppercase == true, Bylines.parse(lines[texts[0]].text) == nil,
              let names = Bylines.parse(lines[texts[1]].text),
              common.map({ common in !names.allSatisfy { PersonNames.isMadeOfOrdinaryWords($0, common) } }) ?? true else { return nil }
        return TitleBlock(title: joined([lines[texts[0]].text]), authors: names, lines: [texts[0]])
    }

    /// A title-shaped line that ends in a dash and a labelled byline ("Long Waves Reconsidered
    /// - by Ana Moreno"), among the lines above `limit`: the title and the names.
    private static func dashedBylineTitle(_ lines: [HeadLine], before limit: Int) -> TitleBlock? {
        for (index, line) in lines.enumerated().prefix(min(limit, bylineLines)) where line.isText && line.text.utf8.count <= 200 {
            guard let range = dashedByline(in: line.text) else { continue }
            let title = String(line.text[..<range.lowerBound]).trimmingCharacters(in: .whitespaces)
            guard title.split(separator: " ").count >= 2, isTitleShaped([title], allowLowercaseStart: false),
                  let names = Bylines.parse(String(line.text[range.upperBound...])) else { continue }
            return TitleBlock(title: joined([title]), authors: names, lines: [index])
        }
        return nil
    }

    /// The dash before a byline label inside a line (" - by ", " – by ", " — By "), if any.
    private static func dashedByline(in text: String) -> Range<String.Index>? {
        // Screen by bytes for " by " / " By " before any Foundation search: almost no line has it.
        var window: UInt32 = 0
        guard text.utf8.contains(where: { byte in
            window = (window << 8) | UInt32(byte)
            return window | 0x0020_0000 == 0x2062_7920
        }) else { return nil }
        for dash in [" - ", " – ", " — "] {
            guard let found = text.range(of: dash) else { continue }
            let rest = text[found.upperBound...]
            if rest.hasPrefix("by ") || rest.hasPrefix("By ") { return found }
        }
        return nil
    }

    /// The author a source line credits ("Originally published: Harbour Weekly, May 3, 2018 by
    /// Ana Moreno (more by Harbour Weekly)"): the names after " by ", up to a parenthesis, bar
    /// or dash.
    private static func creditedNames(_ text: String) -> [String]? {
        guard let by = text.range(of: " by ") else { return nil }
        return Bylines.parseLabelled(String(text[by.upperBound...]))
    }

    /// The same names printed as a byline again further down the head, with a title-shaped
    /// line between the two.
    private static func repeatedByline(_ byline: Byline, in lines: [HeadLine]) -> Byline? {
        let names = byline.names.map(key)
        var between = false
        let end = min(lines.count, byline.index + bylineLines)
        guard byline.last + 1 < end else { return nil }
        for index in (byline.last + 1)..<end where lines[index].isText {
            if let again = Bylines.parse(lines[index].text), again.map(key) == names {
                return between ? Byline(index, index, again, false) : nil
            }
            if isTitleShaped([lines[index].text], allowLowercaseStart: false) { between = true }
            if isProse(lines[index].text) { return nil }
        }
        return nil
    }

    /// A copy's own title line on top ("Ports of the Semiperiphery") printed again below,
    /// broken over two to four lines by the page's layout: those lines are the title, whatever
    /// their shape (a last part "Unequal Exchange" reads like a name), and the byline follows.
    private static func repeatedBrokenTitle(_ lines: [HeadLine]) -> TitleBlock? {
        guard let top = firstTextIndex(lines), lines[top].text.count <= 200 else { return nil }
        let target = key(lines[top].text)
        guard target.count >= 12 else { return nil }
        let limit = min(lines.count, top + bylineLines)
        for start in (top + 1)..<max(top + 1, limit) where lines[start].isText {
            var run = [start]
            var combined = key(lines[start].text)
            guard target.hasPrefix(combined), combined != target else { continue }
            while combined.count < target.count, run.count < maxTitleLines, let last = run.last,
                  last + 1 < limit, lines[last + 1].isText {
                run.append(last + 1)
                combined += key(lines[last + 1].text)
            }
            guard combined == target, run.count >= 2, let last = run.last else { continue }
            let byline = nextText(after: last, in: lines).flatMap { index in Bylines.parse(lines[index].text).map { (index, $0) } }
            let authors = byline.map { $0.1 + moreAuthors(after: $0.0, in: lines) } ?? []
            return TitleBlock(title: joined(run.map { lines[$0].text }), authors: authors, lines: Set(run + [top]))
        }
        return nil
    }

    /// The title closest above the byline at `byline`: each block above, joined with the parts
    /// above it that it continues, keeps its longest title-shaped tail ("advertisement" above
    /// the title is left out); a venue or date line is passed over.
    private static func titleAbove(_ byline: Int, in lines: [HeadLine]) -> (text: String, lines: Set<Int>)? {
        let chunks = chunksAbove(byline, in: lines)
        let first = firstTextIndex(lines)
        for position in 0..<min(3, chunks.count) {
            var parts = chunks[position]
            var above = position + 1
            while above < chunks.count, parts.count < maxTitleLines,
                  let top = parts.first, let bottom = chunks[above].last,
                  (bottom + 1..<top).allSatisfy({ lines[$0].isBlank }),
                  continues(chunks[above].map { lines[$0].text }, into: parts.map { lines[$0].text }) {
                parts = chunks[above] + parts
                above += 1
            }
            // A byline printed twice is not a title over the second.
            guard let tail = titleTail(parts, in: lines, firstLine: first),
                  !(tail.count == 1 && lines[tail[0]].text == lines[byline].text) else { continue }
            let texts = tail.map { lines[$0].text }
            if isVenueOrDate(texts) || isInstitution(texts) || texts.contains(where: DateLine.containsCalendarDate) { continue }
            // A bilingual head sets the title's translation under it: the first language's
            // lines are the title.
            let titleLines = originalLanguage(tail, in: lines)
            let text = joined(titleLines.map { lines[$0].text })
            guard text.split(separator: " ").count >= 2 else { continue }
            // The subtitle may itself be broken over blank lines ("A Study of" / "Harbour Leagues").
            if tail.first == parts.first, let title = mainTitle(above: tail, in: lines) {
                if TitleLanguage.isTranslation(lines[tail[0]].text, of: lines[title].text) {
                    return (joined([lines[title].text]), Set(tail + [title]))
                }
                return (withSubtitle([lines[title].text], text), Set(titleLines + [title]))
            }
            return (text, Set(tail))
        }
        return nil
    }

    /// Runs of consecutive text lines above `index`, closest first; furniture, publication
    /// lines and labels end a run and are skipped (and parts they separate are never joined).
    private static func chunksAbove(_ index: Int, in lines: [HeadLine]) -> [[Int]] {
        var chunks = [[Int]]()
        var current = [Int]()
        var cursor = index - 1
        while cursor >= 0 {
            if lines[cursor].isText {
                current.insert(cursor, at: 0)
            } else if !current.isEmpty {
                chunks.append(current)
                current = []
            }
            cursor -= 1
        }
        if !current.isEmpty { chunks.append(current) }
        return chunks
    }

    /// The longest run of a block's last lines that is shaped like a title. A title in
    /// lowercase ("review of a classic: …") is accepted only as the document's first text line.
    private static func titleTail(_ chunk: [Int], in lines: [HeadLine], firstLine: Int?) -> [Int]? {
        for count in stride(from: min(maxTitleLines, chunk.count), through: 1, by: -1) {
            let tail = Array(chunk.suffix(count))
            let texts = tail.map { lines[$0].text }
            if isTitleShaped(texts, allowLowercaseStart: count == 1 && tail.first == firstLine) { return tail }
        }
        return nil
    }

    /// The first title-shaped block, joined with the parts that continue it, when no byline
    /// anchors the title.
    private static func firstTitle(_ lines: [HeadLine]) -> (text: String, lines: Set<Int>)? {
        var index = 0
        var chunks = [[Int]]()
        var current = [Int]()
        while index < lines.count {
            // A labelled byline ("By Ana Moreno") is a block of its own even without a blank line.
            let labelled = lines[index].isText && Bylines.labelled(lines[index].text) != nil
            if lines[index].isText && !labelled { current.append(index) }
            else if !current.isEmpty { chunks.append(current); current = [] }
            if labelled { chunks.append([index]) }
            index += 1
        }
        if !current.isEmpty { chunks.append(current) }
        for (position, chunk) in chunks.prefix(4).enumerated() {
            let texts = chunk.map { lines[$0].text }
            // Prose ends the search, unless short title lines head it with no blank line between
            // ("Semiperipheries" over a paragraph set on one long line).
            if texts.contains(where: isProse) {
                // A run of keywords above the title (an image's alt text, a tag list) is long but
                // holds no sentence: the search goes on past it.
                if position == 0, chunk.count == 1, !hasSentenceEnd(texts[0]) { continue }
                guard !isProse(texts[0]), let head = titleHead(chunk, in: lines) else { return nil }
                let headTexts = head.map { lines[$0].text }
                let words = joined(headTexts).split(separator: " ")
                guard isTitleShaped(headTexts, allowLowercaseStart: false), !isVenueOrDate(headTexts),
                      words.count >= 2 || isOneWordTitle(words[0]) else { return nil }
                return (joined(headTexts), Set(head))
            }
            // A button label printed twice as a line of its own ("Rate this book" over and under
            // the title) makes its block interface, not a title.
            if chunk.count > 1, chunk.contains(where: { isRepeatedShortLine($0, in: lines) }) { continue }
            // A byline above the title (or printed twice) is not the title; a line shaped like
            // a name with text under it is ("WHAT KONDRATIEV SAID").
            if texts.count == 1, Bylines.parse(texts[0]) != nil, position + 1 < chunks.count {
                let next = chunks[position + 1].map { lines[$0].text }
                if Bylines.labelled(texts[0]) != nil || (next.count == 1 && Bylines.parse(next[0]) != nil)
                    || (isTitleShaped(next, allowLowercaseStart: false) && !next.contains(where: isProse)) { continue }
            }
            var parts = chunk
            var below = position + 1
            while below < chunks.count, parts.count < maxTitleLines,
                  continues(parts.map { lines[$0].text }, into: chunks[below].map { lines[$0].text }) {
                parts += chunks[below]
                below += 1
            }
            var headOfParagraph = false
            if parts == chunk, let head = titleHead(chunk, in: lines) { parts = head; headOfParagraph = true }
            let partTexts = parts.map { lines[$0].text }
            let words = joined(partTexts).split(separator: " ")
            let overText = headOfParagraph
                || (position == 0 && chunk.count == 1 && below < chunks.count && chunks[below].contains { isProse(lines[$0].text) }
                    && (chunk[0] + 1..<chunks[below][0]).allSatisfy { lines[$0].kind == .furniture || lines[$0].kind == .blank })
            guard isTitleShaped(partTexts, allowLowercaseStart: false), !isVenueOrDate(partTexts),
                  words.count >= 2 || (overText && isOneWordTitle(words[0])) else { continue }
            if !headOfParagraph, let subtitle = subtitleBelow(parts, chunks: chunks, at: below, in: lines) {
                return (withSubtitle(partTexts, joined(subtitle.map { lines[$0].text })), Set(parts + subtitle))
            }
            return (joined(partTexts), Set(parts))
        }
        return nil
    }

    /// When nothing else in the head reads as a title: the document's first text line set
    /// alone in lowercase ("commodity chains", a question as asked), as ``titleTail`` accepts
    /// one above a byline. A sharing site's lowercased copy title over a run-together head is
    /// read there first (``InlineTitleBlock``).
    static func lowercaseFirstLine(_ lines: [HeadLine]) -> TitleBlock? {
        guard let first = firstTextIndex(lines), first + 1 < lines.count, !lines[first + 1].isText else { return nil }
        let text = lines[first].text
        let words = text.split(separator: " ").count
        guard (2...12).contains(words), !isProse(text), !text.hasSuffix("."),
              isTitleShaped([text], allowLowercaseStart: true) else { return nil }
        return TitleBlock(title: joined([text]), authors: [], lines: [first])
    }

    /// Whether the line at `index`, of at most four words, is printed again alone further down.
    private static func isRepeatedShortLine(_ index: Int, in lines: [HeadLine]) -> Bool {
        let text = lines[index].text
        guard text.utf8.count <= 40, lines[index].words.count <= 4 else { return false }
        return lines[(index + 1)...].contains { $0.isText && $0.text == text }
    }

    /// Whether a line ends a sentence anywhere: a stop, question or exclamation mark at its end
    /// or before a space.
    private static func hasSentenceEnd(_ text: String) -> Bool {
        var previous: UInt8 = 0
        for byte in text.utf8 {
            if byte == 0x20, previous == 0x2E || previous == 0x3F || previous == 0x21 { return true }
            previous = byte
        }
        return previous == 0x2E || previous == 0x3F || previous == 0x21
    }

    /// The title lines at the top of a block that goes on with the text after one newline
    /// ("Title\nFirst line of the paragraph …"): at most three lines, each clearly shorter than
    /// the lines after them and not ending in a word that leaves the line open. Wrapped prose
    /// has lines of one width, so its first line is never taken.
    private static func titleHead(_ chunk: [Int], in lines: [HeadLine]) -> [Int]? {
        guard chunk.count >= 2, !isTitleShaped(chunk.map { lines[$0].text }, allowLowercaseStart: false) else { return nil }
        // A byline over the text ("Ana Moreno and Jin Lee" then the first paragraph) is no title.
        guard Bylines.parse(lines[chunk[0]].text) == nil else { return nil }
        for count in stride(from: min(3, chunk.count - 1), through: 1, by: -1) {
            let head = chunk.prefix(count).map { lines[$0].text }
            let widest = chunk.dropFirst(count).map { lines[$0].text.count }.max() ?? 0
            guard head.allSatisfy({ Double($0.count) <= 0.8 * Double(widest) }), let last = head.last,
                  let word = last.split(separator: " ").last, !danglingWords.contains(word.lowercased()),
                  isTitleShaped(head, allowLowercaseStart: false) else { continue }
            return Array(chunk.prefix(count))
        }
        return nil
    }

    /// Whether `lower` goes on from `upper` across a blank line: `upper` ends in ":", "-" or a
    /// word that cannot end a title ("of", "the"), `lower` starts with the colon, or both are
    /// set in capitals. (A part in
    /// lowercase alone proves nothing: a title followed by a paragraph starting in lowercase.)
    static func continues(_ upper: [String], into lower: [String]) -> Bool {
        guard let last = upper.last, let first = lower.first, !isProse(last), !isProse(first) else { return false }
        if last.hasSuffix(":") || last.hasSuffix("-") || last.hasSuffix("–") { return true }
        // The subtitle's colon carried to the start of its line ("Long Waves" / ": A Debate").
        if first.hasPrefix(":") { return true }
        if let word = last.split(separator: " ").last, danglingWords.contains(word.lowercased()) { return true }
        return isCapitals(last) && isCapitals(first)
    }

    /// Words a title never ends with: a line ending in one was broken by layout.
    static let danglingWords: Set<String> = [
        "of", "the", "and", "in", "for", "to", "a", "an", "on", "with", "from", "between", "into", "its",
        "de", "la", "le", "les", "des", "du", "et", "del", "y", "e", "da", "do", "und", "der",
        "el", "en", "los", "las", "al", "em", "os", "dos", "das", "au", "aux", "sur", "dans", "pour", "par",
        "die", "den", "dem", "im", "zur", "zum", "von", "über", "für", "mit",
    ]

    /// The lines of a title as one string; a line-end hyphen joins, footnote marks at the end go.
    /// Digits glued to the last word ("… Today1") are a note marker, not part of the title.
    static func joined(_ lines: [String]) -> String {
        var title = ""
        for line in lines {
            if title.hasSuffix("-") { title += line } else { title += (title.isEmpty ? "" : " ") + line }
        }
        var scalars = Array(title.unicodeScalars)
        while let last = scalars.last, "*†‡¹²³⁴⁵⁶⁷⁸⁹⁰ ".unicodeScalars.contains(last) { scalars.removeLast() }
        var digits = scalars.count
        while digits > 0 && scalars[digits - 1].properties.numericType != nil && scalars[digits - 1].isASCII { digits -= 1 }
        if digits < scalars.count, scalars.count - digits <= 2, digits > 0, UTF8Bytes.isLowercase(scalars[digits - 1]) {
            scalars.removeLast(scalars.count - digits)
        }
        // "… A POSIÇÃO DA CHINA 1": a note number set apart after a title in capitals.
        if digits < scalars.count, scalars.count - digits <= 2, digits > 1, scalars[digits - 1] == " " {
            let words = String(String.UnicodeScalarView(scalars[..<(digits - 1)])).split(separator: " ")
            if words.count >= 5, let word = words.last, word.count >= 3, word.allSatisfy(\.isUppercase) {
                scalars.removeLast(scalars.count - digits + 1)
            }
        }
        // A full stop closing a one-sentence title is typography, not part of it.
        let text = String(String.UnicodeScalarView(scalars))
        if text.hasSuffix("."), !text.hasSuffix(".."), let word = text.split(separator: " ").last, word.count > 4 {
            return String(text.dropLast())
        }
        return text
    }

    private static func firstTextIndex(_ lines: [HeadLine]) -> Int? { lines.firstIndex(where: \.isText) }

    private static func previousText(before index: Int, in lines: [HeadLine]) -> Int? {
        var cursor = index - 1
        while cursor >= 0 {
            if lines[cursor].isText { return cursor }
            if lines[cursor].kind != .blank && lines[cursor].kind != .furniture { return nil }
            cursor -= 1
        }
        return nil
    }

    /// The next text line after `index`, past blank lines and page furniture.
    private static func nextText(after index: Int, in lines: [HeadLine]) -> Int? {
        var cursor = index + 1
        while cursor < lines.count {
            if lines[cursor].isText { return cursor }
            if lines[cursor].kind != .blank && lines[cursor].kind != .furniture { return nil }
            cursor += 1
        }
        return nil
    }

    /// Letters and digits, lowercased, for comparing a title with its repetition.
    static func key(_ text: String) -> String {
        TitleBlockSeparator.comparisonKey(text)
    }
}
