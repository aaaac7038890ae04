/// What a line of extracted text is, as far as page furniture goes.
enum LineRole: Equatable {
    case text
    case blank
    /// A bare page number ("217", "- 12 -", "Page 12 of 40").
    case pageNumber
    /// A running header or footer repeated on many pages.
    case runningHeader
}

/// Finds page furniture in PDF-extracted text: bare page numbers and running headers/footers.
enum PageArtifactDetector {
    /// Lines longer than this are body text, never a running header.
    static let maxHeaderLength = 80
    /// A header must recur at least this often.
    static let minHeaderRepeats = 3
    /// How many lines away from a page break an occurrence still counts as "at the page edge".
    static let pageEdgeWindow = 4
    /// Without page-edge evidence, occurrences this far apart are page furniture, while nearer
    /// repeats are content (quiz options, refrains, table labels).
    static let minSpacingWithoutPageEdges = 12

    static func roles(of lines: [SourceLine], in bytes: [UInt8]) -> [LineRole] {
        var roles = [LineRole](repeating: .text, count: lines.count)
        for (index, line) in lines.enumerated() {
            if line.isBlank { roles[index] = .blank }
            else if isPageNumber(bytes, line.range) { roles[index] = .pageNumber }
        }
        markRunningHeaders(lines, bytes, &roles)
        return roles
    }

    // MARK: Page numbers

    /// A line that is only a page number: 1–4 digits, optionally framed by dashes or written
    /// "Page 12" / "Page 12 of 40". A bare four-digit number from 1500 to 2099 is kept: alone
    /// on a line it is far more often a year (a date line, a table cell) than a page beyond 1500.
    static func isPageNumber(_ bytes: [UInt8], _ range: Range<Int>) -> Bool {
        var start = range.lowerBound, end = range.upperBound
        stripDashesAndSpaces(bytes, &start, &end)
        var sawPageWord = false
        if end - start > 5, UTF8Bytes.lowercasedASCII(bytes, start..<(start + 5)) == "page " {
            start += 5
            sawPageWord = true
        }
        let digitsStart = start
        while start < end && UTF8Bytes.isDigit(bytes[start]) { start += 1 }
        let digitCount = start - digitsStart
        guard digitCount >= 1 && digitCount <= 4 else { return false }
        if start < end {
            // "Page 12 of 40"
            guard sawPageWord, end - start > 4, UTF8Bytes.lowercasedASCII(bytes, start..<(start + 4)) == " of " else { return false }
            var rest = start + 4
            while rest < end && UTF8Bytes.isDigit(bytes[rest]) { rest += 1 }
            guard rest == end && rest > start + 4 else { return false }
        }
        if digitCount == 4 && !sawPageWord {
            let value = bytes[digitsStart..<(digitsStart + 4)].reduce(0) { $0 * 10 + Int($1 - 0x30) }
            if value >= 1500 && value <= 2099 { return false }
        }
        return true
    }

    /// Strips ASCII hyphens, en and em dashes and spaces from both ends.
    private static func stripDashesAndSpaces(_ bytes: [UInt8], _ start: inout Int, _ end: inout Int) {
        func dashWidth(at index: Int) -> Int {
            let byte = bytes[index]
            if byte == 0x2D || byte == 0x20 { return 1 }
            if byte == 0xE2, index + 2 < end, bytes[index + 1] == 0x80,
               bytes[index + 2] == 0x93 || bytes[index + 2] == 0x94 { return 3 }
            return 0
        }
        while start < end {
            let width = dashWidth(at: start)
            guard width > 0 else { break }
            start += width
        }
        while end > start {
            if bytes[end - 1] == 0x2D || bytes[end - 1] == 0x20 { end -= 1; continue }
            if end - 3 >= start, bytes[end - 3] == 0xE2, bytes[end - 2] == 0x80,
               bytes[end - 1] == 0x93 || bytes[end - 1] == 0x94 { end -= 3; continue }
            break
        }
    }

    // MARK: Running headers and footers

    private struct HeaderStats {
        var count = 0
        var lastIndex = -1
        var minSpacing = Int.max
        var nearPageEdge = 0
        /// Occurrences right at a page edge: first or last text line of a page, or next to a
        /// page number.
        var atPageEdge = 0
    }

    /// Marks short lines that recur (compared after trimming, lowercasing and collapsing digit
    /// runs, so "Okafor / Semiperipheral States 217" and "... 219" agree) and sit at page edges
    /// or recur far apart.
    private static func markRunningHeaders(_ lines: [SourceLine], _ bytes: [UInt8], _ roles: inout [LineRole]) {
        let nearEdge = pageEdgeFlags(lines, roles)
        let atEdge = pageEdgeNeighbours(lines, roles)
        let firstPageEnd = lines.indices.first { lines[$0].pageBreakBefore || roles[$0] == .pageNumber } ?? lines.count
        var keys = [UInt64](repeating: 0, count: lines.count)
        var stats = [UInt64: HeaderStats]()
        for (index, line) in lines.enumerated() where roles[index] == .text && line.length <= maxHeaderLength {
            guard let key = headerKey(bytes, line.range) else { continue }
            keys[index] = key
            var entry = stats[key, default: HeaderStats()]
            if entry.lastIndex >= 0 { entry.minSpacing = min(entry.minSpacing, index - entry.lastIndex) }
            entry.count += 1
            entry.lastIndex = index
            if nearEdge[index] { entry.nearPageEdge += 1 }
            if atEdge[index] { entry.atPageEdge += 1 }
            stats[key] = entry
        }
        for index in lines.indices where keys[index] != 0 {
            guard let entry = stats[keys[index]], entry.count >= 2 else { continue }
            if isHeader(entry, nearEdge: nearEdge[index], atEdge: atEdge[index], onFirstPage: index < firstPageEnd,
                        standalone: isStandalone(lines, index)) {
                roles[index] = .runningHeader
            }
        }
    }

    /// Whether one occurrence of a recurring line is page furniture. When most occurrences sit
    /// at page edges they all go, except those inside the first page: the title and byline
    /// there repeat the running headers of later pages and must stay. Otherwise lines recurring
    /// far apart go.
    private static func isHeader(_ entry: HeaderStats, nearEdge: Bool, atEdge: Bool, onFirstPage: Bool,
                                 standalone: Bool) -> Bool {
        if entry.count >= minHeaderRepeats {
            let atPageEdges = entry.nearPageEdge >= 2 && entry.nearPageEdge * 2 >= entry.count
            if atPageEdges { return nearEdge || !onFirstPage }
            return entry.minSpacing >= minSpacingWithoutPageEdges
        }
        // A short paper repeats each header once or twice, and alternating headers (author on
        // even pages, short title on odd ones) recur only every other page: a line sitting
        // right at two page edges is furniture; so is one that stands alone beside a page
        // break while its other occurrence (often the title on the first page) stays.
        if entry.atPageEdge >= 2 { return atEdge }
        return entry.nearPageEdge >= 1 && nearEdge && standalone
    }

    /// True when blank lines or page furniture surround the line: a header is never part of a
    /// running paragraph.
    private static func isStandalone(_ lines: [SourceLine], _ index: Int) -> Bool {
        let before = index == 0 || lines[index - 1].isBlank || lines[index].pageBreakBefore
        let after = index + 1 >= lines.count || lines[index + 1].isBlank
        return before && after
    }

    /// For each line, whether a page break or a page number lies within the page-edge window.
    private static func pageEdgeFlags(_ lines: [SourceLine], _ roles: [LineRole]) -> [Bool] {
        var prefix = [Int](repeating: 0, count: lines.count + 1)
        for (index, line) in lines.enumerated() {
            let edge = line.pageBreakBefore || roles[index] == .pageNumber
            prefix[index + 1] = prefix[index] + (edge ? 1 : 0)
        }
        return lines.indices.map { index in
            let low = max(0, index - pageEdgeWindow), high = min(lines.count, index + pageEdgeWindow + 1)
            return prefix[high] - prefix[low] > 0
        }
    }

    /// For each line, whether it is the first or last text line of a page, or the nearest text
    /// line to a page number (blank lines between do not count).
    static func pageEdgeNeighbours(_ lines: [SourceLine], _ roles: [LineRole]) -> [Bool] {
        var flags = [Bool](repeating: false, count: lines.count)
        var previousText: Int?
        var edgePending = false
        for index in lines.indices {
            let edgeHere = lines[index].pageBreakBefore || roles[index] == .pageNumber
            if edgeHere, let previousText { flags[previousText] = true }
            if edgeHere { edgePending = true }
            guard roles[index] == .text else { continue }
            if edgePending { flags[index] = true }
            edgePending = false
            previousText = index
        }
        return flags
    }

    /// FNV-1a hash of the line's comparison form, or nil when the line cannot be a header:
    /// fewer than two letters, or starting with a dash run (bibliography repeats "———. 1999.").
    static func headerKey(_ bytes: [UInt8], _ range: Range<Int>) -> UInt64? {
        guard !range.isEmpty else { return nil }
        let first = bytes[range.lowerBound]
        if first == 0x2D || first == 0x5F || (first == 0xE2 && range.count > 2 && bytes[range.lowerBound + 1] == 0x80) {
            return nil
        }
        var hash: UInt64 = 0xcbf29ce484222325
        var letters = 0
        var previous: UInt8 = 0
        for index in range {
            var byte = bytes[index]
            if UTF8Bytes.isDigit(byte) { byte = 0x23 }
            else if UTF8Bytes.isBlank(byte) { byte = 0x20 }
            else if byte < 0x80, byte != 0x2D, !(byte >= 0x41 && byte <= 0x5A), !(byte >= 0x61 && byte <= 0x7A) { continue }
            else if byte >= 0x41 && byte <= 0x5A { byte |= 0x20; letters += 1 }
            else if byte >= 0x61 && byte <= 0x7A { letters += 1 }
            else if byte >= 0xC3 { letters += 1 }
            if (byte == 0x23 || byte == 0x20) && byte == previous { continue }
            previous = byte
            hash = (hash ^ UInt64(byte)) &* 0x100000001b3
        }
        return letters >= 2 ? (hash == 0 ? 1 : hash) : nil
    }
}
