/// Repairs spacing damage that PDF and web extraction leave in running text, before lines are
/// joined. Each repair fires only on a shape that ordinary prose never has, so it cannot
/// damage a correct text:
///
/// - a lowercase function word glued to a capitalized word (`andWallerstein`,
///   `ofArrighi`): no English word starts with "and", "of", "by"… followed by a capital, so
///   the space a lost line break or tag took away is put back;
/// - a capitalized name glued to the year after it inside a citation (`Seidman2005)`,
///   `Smith1998;`): a word of letters running into a year 1500–2099 that closes the
///   parenthesis or the citation is never one word, so the lost space is put back;
/// - the link label a publisher's reader writes before each year of a citation (`(Byres and
///   Shanin Citation1973, 1)`, `Arrighi (Citation1994)`): "Citation" glued to a year that closes
///   the citation is a button, not a word of the text, and is dropped;
/// - a year split by a stray space inside a citation (`(OECD 201 3)`, `(1 974a)`): three
///   digits and one (or one and three) that make a year 1900–2099 and close the parenthesis
///   or the citation (`)`, `;`, `,`, `:`) are one number, since no citation ends in two
///   numbers that way;
/// - a word split inside by a stray space (`Ar righi`): joined only on the document's own
///   evidence, when the joined form occurs elsewhere in the document as a word and neither
///   half stands alone anywhere else, so "He re" stays as it is in a text that writes "he".
enum ExtractionRepairs {
    /// Function words that are found glued to the name after them.
    static let gluedWords: Set<String> = ["and", "of", "by", "see", "in", "to", "the", "from", "with", "on", "at", "for", "cf"]

    /// The UTF-8 bytes of a document with the repairs made.
    static func repair(_ bytes: [UInt8]) -> [UInt8] {
        var bytes = StrayMarkup.remove(bytes)
        insertGluedSpaces(&bytes)
        removeCitationLinkLabels(&bytes)
        separateGluedYears(&bytes)
        joinSplitYears(&bytes)
        joinSplitWords(&bytes)
        return bytes
    }

    // MARK: glued function words

    private static func insertGluedSpaces(_ bytes: inout [UInt8]) {
        var inserts = [Int]()
        var index = 0
        while index < bytes.count {
            guard isLower(bytes[index]), index == 0 || !isLetterByte(bytes[index - 1]) else { index += 1; continue }
            var end = index
            while end < bytes.count && isLower(bytes[end]) && end - index <= 4 { end += 1 }
            if end + 2 < bytes.count, isUpper(bytes[end]), isLower(bytes[end + 1]), isLower(bytes[end + 2]),
               gluedWords.contains(String(decoding: bytes[index..<end], as: UTF8.self)) {
                inserts.append(end)
            }
            index = end
        }
        insertSpaces(at: inserts, into: &bytes)
    }

    /// Inserts a space before each of the sorted `positions` in one pass.
    private static func insertSpaces(at positions: [Int], into bytes: inout [UInt8]) {
        guard !positions.isEmpty else { return }
        var output = [UInt8]()
        output.reserveCapacity(bytes.count + positions.count)
        var from = 0
        for position in positions {
            output.append(contentsOf: bytes[from..<position])
            output.append(0x20)
            from = position
        }
        output.append(contentsOf: bytes[from...])
        bytes = output
    }

    // MARK: link labels glued to years

    private static let linkLabel = Array("Citation".utf8)

    private static func removeCitationLinkLabels(_ bytes: inout [UInt8]) {
        var remove = [Int]()
        var index = 0
        let n = linkLabel.count
        while index + n + 4 < bytes.count {
            guard bytes[index] == linkLabel[0], index == 0 || [0x20, 0x28, 0x3B].contains(bytes[index - 1]),
                  Array(bytes[index..<(index + n)]) == linkLabel else { index += 1; continue }
            var after = index + n + 4
            guard (index + n..<after).allSatisfy({ isDigit(bytes[$0]) }), isCitationYear(Array(bytes[(index + n)..<after]))
            else { index += 1; continue }
            if after < bytes.count, bytes[after] >= 0x61 && bytes[after] <= 0x63 { after += 1 }
            if after == bytes.count || [0x29, 0x5D, 0x3B, 0x2C, 0x3A].contains(bytes[after]) {
                remove.append(contentsOf: index..<(index + n))
            }
            index = after
        }
        removeBytes(at: remove, from: &bytes)
    }

    // MARK: names glued to years

    private static func separateGluedYears(_ bytes: inout [UInt8]) {
        var inserts = [Int]()
        var index = 0
        while index < bytes.count {
            guard isUpper(bytes[index]), index == 0 || !isLetterByte(bytes[index - 1]) else { index += 1; continue }
            var end = index + 1
            while end < bytes.count && isLower(bytes[end]) { end += 1 }
            var after = end + 4
            if end - index >= 3, after <= bytes.count, (end..<after).allSatisfy({ isDigit(bytes[$0]) }),
               isCitationYear(Array(bytes[end..<after])) {
                if after < bytes.count, bytes[after] >= 0x61 && bytes[after] <= 0x63 { after += 1 }
                if after < bytes.count, [0x29, 0x5D, 0x3B, 0x2C, 0x3A].contains(bytes[after]) { inserts.append(end) }
            }
            index = end
        }
        insertSpaces(at: inserts, into: &bytes)
    }

    /// A year a citation can carry: 1500–2099.
    private static func isCitationYear(_ digits: [UInt8]) -> Bool {
        (digits[0] == 0x31 && digits[1] >= 0x35) || (digits[0] == 0x32 && digits[1] == 0x30)
    }

    // MARK: split years

    private static func joinSplitYears(_ bytes: inout [UInt8]) {
        var remove = [Int]()
        var index = 0
        while index < bytes.count {
            guard isDigit(bytes[index]), index == 0 || !isDigit(bytes[index - 1]) else { index += 1; continue }
            var end = index
            while end < bytes.count && isDigit(bytes[end]) { end += 1 }
            let first = end - index
            // "201 3" or "1 974": digits, one space, digits, four in all.
            if (first == 3 || first == 1), end + 1 < bytes.count, bytes[end] == 0x20, isDigit(bytes[end + 1]) {
                var second = end + 1
                while second < bytes.count && isDigit(bytes[second]) { second += 1 }
                let digits = Array(bytes[index..<end]) + Array(bytes[(end + 1)..<second])
                var after = second
                if after < bytes.count, bytes[after] >= 0x61 && bytes[after] <= 0x63 { after += 1 }
                let closes = after < bytes.count && [0x29, 0x5D, 0x3B, 0x2C, 0x3A].contains(bytes[after])
                let opens = index > 0 && (bytes[index - 1] == 0x28 || (bytes[index - 1] == 0x20 && index > 1 && isLetterByte(bytes[index - 2])))
                if digits.count == 4, closes, opens, isYear(digits) {
                    remove.append(end)
                    index = second
                    continue
                }
            }
            index = end
        }
        removeBytes(at: remove, from: &bytes)
    }

    /// Removes the bytes at the sorted `positions` in one pass.
    private static func removeBytes(at positions: [Int], from bytes: inout [UInt8]) {
        guard !positions.isEmpty else { return }
        var output = [UInt8]()
        output.reserveCapacity(bytes.count)
        var from = 0
        for position in positions {
            output.append(contentsOf: bytes[from..<position])
            from = position + 1
        }
        output.append(contentsOf: bytes[from...])
        bytes = output
    }

    private static func isYear(_ digits: [UInt8]) -> Bool {
        (digits[0] == 0x31 && digits[1] == 0x39) || (digits[0] == 0x32 && digits[1] == 0x30)
    }

    // MARK: words split by a space

    /// Pairs "Ab cdef": a capitalized fragment of two to five ASCII letters, one space, a
    /// lowercase fragment of two or more letters.
    private static func splitCandidates(_ bytes: [UInt8]) -> [(first: Range<Int>, second: Range<Int>)] {
        var found = [(first: Range<Int>, second: Range<Int>)]()
        var index = 0
        while index < bytes.count {
            guard isUpper(bytes[index]), index == 0 || !isLetterByte(bytes[index - 1]) else { index += 1; continue }
            var end = index + 1
            while end < bytes.count && isLower(bytes[end]) { end += 1 }
            guard (2...5).contains(end - index), end + 2 < bytes.count, bytes[end] == 0x20, isLower(bytes[end + 1]) else {
                index = end
                continue
            }
            var second = end + 1
            while second < bytes.count && isLower(bytes[second]) { second += 1 }
            if second - end - 1 >= 2, second == bytes.count || !isLetterByte(bytes[second]) {
                found.append((index..<end, (end + 1)..<second))
            }
            index = end
        }
        return found
    }

    private static func joinSplitWords(_ bytes: inout [UInt8]) {
        var candidates = splitCandidates(bytes)
        guard !candidates.isEmpty else { return }
        // Most pairs are ordinary ("The system"): a hash of each joined form, checked against
        // the hashes of the document's words in one scan, keeps only pairs whose joined form
        // occurs, before any form is copied out.
        let text = bytes
        let joinedHash = { (candidate: (first: Range<Int>, second: Range<Int>)) -> UInt64 in
            hash(text, candidate.second, seed: hash(text, candidate.first, seed: 0xcbf29ce484222325))
        }
        let wanted = Set(candidates.map(joinedHash))
        let longest = candidates.map { $0.first.count + $0.second.count }.max() ?? 0
        let present = wordHashes(in: bytes, longest: longest).intersection(wanted)
        candidates = candidates.filter { present.contains(joinedHash($0)) }
        guard !candidates.isEmpty else { return }
        let lower = { (range: Range<Int>) in text[range].map { $0 | 0x20 } }
        var joinedForms = Set<[UInt8]>(), halves = Set<[UInt8]>()
        for candidate in candidates {
            halves.insert(lower(candidate.first))
            halves.insert(lower(candidate.second))
            joinedForms.insert(lower(candidate.first) + lower(candidate.second))
        }
        // The joined form elsewhere: the split occurrences, having a space, never count.
        let joinedPresent = DocumentWords.present(joinedForms, in: bytes)
        guard !joinedPresent.isEmpty else { return }
        // A half stands alone elsewhere when it occurs more often than in the plausible splits
        // (those whose joined form the document writes).
        let counts = wordCounts(halves, in: bytes)
        var inSplits = [[UInt8]: Int]()
        let plausible = candidates.filter { joinedPresent.contains(lower($0.first) + lower($0.second)) }
        for candidate in plausible {
            inSplits[lower(candidate.first), default: 0] += 1
            inSplits[lower(candidate.second), default: 0] += 1
        }
        let alone = { (half: [UInt8]) in (counts[half] ?? 0) > (inSplits[half] ?? 0) }
        var remove = [Int]()
        for candidate in plausible where !alone(lower(candidate.first)) && !alone(lower(candidate.second)) {
            remove.append(candidate.first.upperBound)
        }
        removeBytes(at: remove, from: &bytes)
    }

    /// FNV-1a over the ASCII-lowercased bytes of `range`, continuing from `seed`.
    private static func hash(_ bytes: [UInt8], _ range: Range<Int>, seed: UInt64) -> UInt64 {
        var value = seed
        for index in range { value = (value ^ UInt64(bytes[index] | 0x20)) &* 0x100000001b3 }
        return value
    }

    /// The hashes of the capitalized ASCII words of at most `longest` letters: the split half
    /// is capitalized ("Ar righi"), and so is the whole word elsewhere (a name, a sentence's
    /// first word).
    private static func wordHashes(in bytes: [UInt8], longest: Int) -> Set<UInt64> {
        var hashes = Set<UInt64>()
        var index = 0
        while index < bytes.count {
            guard isLetterByte(bytes[index]) else { index += 1; continue }
            var end = index
            var ascii = true
            while end < bytes.count && isLetterByte(bytes[end]) { ascii = ascii && bytes[end] < 0x80; end += 1 }
            if ascii, isUpper(bytes[index]), end - index <= longest { hashes.insert(hash(bytes, index..<end, seed: 0xcbf29ce484222325)) }
            index = end
        }
        return hashes
    }

    /// How often each wanted form (lowercase ASCII) occurs as a whole word; a byte of a
    /// multi-byte character counts as a letter, so "re" is not found inside "reçu".
    private static func wordCounts(_ wanted: Set<[UInt8]>, in bytes: [UInt8]) -> [[UInt8]: Int] {
        let longest = wanted.map(\.count).max() ?? 0
        var byHash = [UInt64: [UInt8]]()
        for form in wanted { byHash[hash(form, 0..<form.count, seed: 0xcbf29ce484222325)] = form }
        var counts = [[UInt8]: Int]()
        var index = 0
        while index < bytes.count {
            guard isLetterByte(bytes[index]) else { index += 1; continue }
            var end = index
            while end < bytes.count && isLetterByte(bytes[end]) { end += 1 }
            if end - index <= longest, let form = byHash[hash(bytes, index..<end, seed: 0xcbf29ce484222325)],
               form.count == end - index, zip(form, bytes[index..<end]).allSatisfy({ $0 == $1 | 0x20 }) {
                counts[form, default: 0] += 1
            }
            index = end
        }
        return counts
    }

    private static func isLower(_ byte: UInt8) -> Bool { byte >= 0x61 && byte <= 0x7A }
    private static func isUpper(_ byte: UInt8) -> Bool { byte >= 0x41 && byte <= 0x5A }
    private static func isDigit(_ byte: UInt8) -> Bool { byte >= 0x30 && byte <= 0x39 }
    /// ASCII letters and any byte of a multi-byte character (accented letters).
    private static func isLetterByte(_ byte: UInt8) -> Bool { isLower(byte) || isUpper(byte) || byte >= 0x80 }
}
