import Foundation
import BraudelText

/// The publication year shown at the top of a document. Only a year the head presents as the
/// work's date counts: a journal, volume or copyright line ("Review, X, 1, Summer 1986",
/// "PGDT 8 (2009) 263-294", "Copyright ©2011", "© 2001"), a dated field ("First published on:
/// 05 November 2010"), or a line that is only a date ("Thursday, 14 March 2013"). A year in the
/// title, in a venue line ("Porto Alegre 2005"), in an access stamp ("Accessed: 02-10-2019"),
/// or in an in-text citation ("(Wallerstein 1984; 1974)") is never taken; when nothing dates
/// the work the year stays unknown.
enum PublicationYear {
    /// How many lines of text (page furniture not counted) are searched.
    static let searchLines = 20
    static let range = 1900...2099

    /// The year, never from the title's lines, by the strength of what dates it: a publication
    /// line (journal, copyright, date field or date line) first; then a working paper's version
    /// line, the latest ("v. 2/21/13"; a presentation date under it is older); then a date in
    /// a dating context on another short line. `header` is a run-together head, searched
    /// although it goes on as prose.
    static func find(in lines: [HeadLine], excluding title: Set<Int>, header: Int? = nil) -> Int? {
        var searched = 0
        var versions = [Int]()
        var dated: Int?
        for (index, line) in lines.enumerated() where !line.isBlank {
            guard searched < searchLines else { break }
            if line.kind != .furniture { searched += 1 }
            if let version = versionYear(line.text) { versions.append(version) }
            // Prose is never searched: a date in a sentence is an event ("in Oslo (June 1997)");
            // a publication line as long as prose is searched only where the context dates.
            let prose = TitleSelection.isProse(line.text) && index != header
            if title.contains(index) || line.kind == .furniture || (line.isText && prose) { continue }
            // A date of receipt is older than the work's publication: it counts only when
            // nothing better dates the work.
            if line.kind == .publication, isReceipt(line.text) {
                if dated == nil { dated = firstYear(line.text, anyContext: !prose) }
                continue
            }
            if line.kind == .publication, let year = firstYear(line.text, anyContext: !prose) { return year }
            if line.kind != .publication, dated == nil { dated = firstYear(line.text, anyContext: false) }
        }
        return versions.max() ?? dated
    }

    /// A field giving when the manuscript came in ("Received: …", "Fecha de recepción: …",
    /// "Recibido: …", "Submitted: …"), whatever else follows on its line.
    static func isReceipt(_ line: String) -> Bool {
        guard let colon = line.firstIndex(of: ":") else { return false }
        let label = line[..<colon].lowercased()
        return ["received", "submitted", "submission", "recibido", "recebido", "recepción", "reçu"].contains(where: label.contains)
    }

    /// The year of a working paper's version line: "v. 2/21/13 9144 words", "draft v. 9-16-14".
    static func versionYear(_ line: String) -> Int? {
        let lower = line.lowercased()
        guard let marker = lower.range(of: "v. ") ?? (lower.hasPrefix("v.") ? lower.range(of: "v.") : nil),
              marker.lowerBound == lower.startIndex || lower[lower.index(before: marker.lowerBound)] == " " else { return nil }
        let date = lower[marker.upperBound...].prefix { $0.isNumber || $0 == "/" || $0 == "-" }
        let parts = date.split(whereSeparator: { $0 == "/" || $0 == "-" })
        guard parts.count == 3, let last = parts.last, let value = Int(last) else { return nil }
        switch last.count {
        case 2: return value <= 50 ? 2000 + value : 1900 + value
        case 4: return range.contains(value) ? value : nil
        default: return nil
        }
    }

    /// The first year of `text` in a dating context; on a publication line any year not inside
    /// an access stamp or a citation. A year after a slash is part of a numeric date
    /// ("7/27/2019", a render stamp), never taken.
    private static func firstYear(_ text: String, anyContext: Bool) -> Int? {
        let scalars = Array(text.unicodeScalars)
        for span in YearFinder.spans(in: scalars) where range.contains(span.value) {
            let start = span.start, end = span.end
            if start > 0 && scalars[start - 1] == "/" { continue }
            let before = String(String.UnicodeScalarView(scalars[max(0, start - 24)..<start])).lowercased()
            if !isAccessStamp(before), !isCitation(scalars, start: start),
               anyContext || isDatingContext(scalars, start: start, end: end, before: before) {
                return span.value
            }
        }
        return nil
    }

    private static func isAccessStamp(_ before: String) -> Bool {
        ["accessed", "downloaded", "retrieved", "uploaded", "updated"].contains { before.contains($0) }
    }

    /// ", 8(3)", " 226–249", " 12:162", ", Vol.": a journal header goes on with the volume.
    private static func followedByVolume(_ scalars: [Unicode.Scalar], end: Int) -> Bool {
        var cursor = end
        if cursor < scalars.count, scalars[cursor] == "," || scalars[cursor] == ";" { cursor += 1 }
        guard cursor < scalars.count, scalars[cursor] == " " else { return false }
        cursor += 1
        guard cursor < scalars.count else { return false }
        if isDigit(scalars[cursor]) { return true }
        let rest = String(String.UnicodeScalarView(scalars[cursor..<min(scalars.count, cursor + 7)])).lowercased()
        return rest.hasPrefix("vol") || rest.hasPrefix("no.") || rest.hasPrefix("issue")
    }

    /// Inside an open parenthesis within the last 80 characters ("(Wallerstein 1984, 23)").
    private static func insideParenthesis(_ scalars: [Unicode.Scalar], start: Int) -> Bool {
        var cursor = start - 1
        while cursor >= max(0, start - 80) {
            if scalars[cursor] == ")" { return false }
            if scalars[cursor] == "(" { return true }
            cursor -= 1
        }
        return false
    }

    /// A year of an in-text citation: right after a capitalized word that is not a month,
    /// season or label ("Wallerstein 1984", "Porto Alegre 2005"), or after "; " or ", " inside
    /// a parenthesis that opens with such a word ("(Wallerstein 1984; 1974)").
    private static func isCitation(_ scalars: [Unicode.Scalar], start: Int) -> Bool {
        // "Sustainability 2016, 8(3)": a journal name before the year of its volume.
        if !insideParenthesis(scalars, start: start), followedByVolume(scalars, end: start + 4) { return false }
        var cursor = start
        while cursor > 0 && scalars[cursor - 1] == " " { cursor -= 1 }
        guard cursor > 0 else { return false }
        if UTF8Bytes.isLetter(scalars[cursor - 1]) {
            return isNameWord(wordEnding(at: cursor, in: scalars))
        }
        guard scalars[cursor - 1] == ";" || scalars[cursor - 1] == "," else { return false }
        var open = cursor - 1
        while open > max(0, start - 80) && scalars[open] != "(" && scalars[open] != ")" { open -= 1 }
        guard scalars[open] == "(" else { return false }
        var wordEnd = open + 1
        while wordEnd < start && UTF8Bytes.isLetter(scalars[wordEnd]) { wordEnd += 1 }
        return wordEnd > open + 1 && isNameWord(String(String.UnicodeScalarView(scalars[(open + 1)..<wordEnd])))
    }

    private static func wordEnding(at end: Int, in scalars: [Unicode.Scalar]) -> String {
        var start = end
        while start > 0 && (UTF8Bytes.isLetter(scalars[start - 1]) || scalars[start - 1] == "-") { start -= 1 }
        return String(String.UnicodeScalarView(scalars[start..<end]))
    }

    /// A capitalized word that is not a month, season, weekday or a label that dates.
    private static func isNameWord(_ word: String) -> Bool {
        guard let first = word.unicodeScalars.first, UTF8Bytes.isUppercase(first) else { return false }
        let lower = word.lowercased()
        // A range of months ("Julio-diciembre 2020", "January-June 2019") dates the issue.
        if lower.split(separator: "-").contains(where: { DateLine.periods.contains(String($0)) }) { return false }
        return !DateLine.periods.contains(lower) && !DateLine.weekdays.contains(lower)
            && !["copyright", "volume", "vol", "no", "issue", "published", "spring", "revised", "draft"].contains(lower)
    }


    /// A copyright sign or word, a month or season, a publication label or a volume right
    /// before the year, a year in parentheses after a volume number ("8 (2009)"), a volume,
    /// issue or page range right after it ("Sustainability 2016, 8(3)", "Aspects 2019 226–249",
    /// "Studies 1983 12:162"), or a field whose whole value is the year ("Year: 2004").
    private static func isDatingContext(_ scalars: [Unicode.Scalar], start: Int, end: Int, before: String) -> Bool {
        if followedByVolume(scalars, end: end) { return true }
        if before.hasSuffix(":") || before.hasSuffix(": ") || before.hasSuffix("："),
           end == scalars.count || !scalars[end...].contains(where: { UTF8Bytes.isLetter($0) || isDigit($0) }) {
            return true
        }
        let near = before.suffix(14)
        if near.contains("©") || near.contains("copyright") || near.contains("(c)") { return true }
        var words = before.split { !$0.isLetter && !$0.isNumber && $0 != "." }
        // Romance dates join day, month and year with "de" ("13 de septiembre de 2017").
        while let last = words.last, DateLine.connectors.contains(String(last)) { words.removeLast() }
        if let last = words.last, DateLine.periods.contains(String(last).trimmingCharacters(in: .punctuationCharacters)) {
            return true
        }
        // "September 9, 2018": a month, the day, then the year.
        if words.count >= 2, let day = Int(words[words.count - 1]), (1...31).contains(day),
           DateLine.periods.contains(String(words[words.count - 2]).trimmingCharacters(in: .punctuationCharacters)) {
            return true
        }
        if let last = words.last, ["vol.", "volume", "published", "publié", "publicado"].contains(String(last)) { return true }
        // "PGDT 8 (2009) 263-294", "Review 10 (1986)": a volume number, then the year in parentheses.
        if start >= 2, scalars[start - 1] == "(", end < scalars.count, scalars[end] == ")",
           let last = words.last, last.allSatisfy(\.isNumber) {
            return true
        }
        return false
    }

    private static func isDigit(_ scalar: Unicode.Scalar) -> Bool { scalar.value >= 0x30 && scalar.value <= 0x39 }
}

/// Lines that are only a date: "March 2004", "Thursday, 14 March 2013", "Apr 16", "Spring 2003".
enum DateLine {
    /// Months, abbreviations and seasons, which date a line when they stand right before a year.
    static let periods: Set<String> = [
        "january", "february", "march", "april", "may", "june", "july", "august", "september",
        "october", "november", "december", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep",
        "sept", "oct", "nov", "dec", "spring", "summer", "fall", "autumn", "winter",
        "janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre", "octobre",
        "novembre", "décembre", "enero", "febrero", "marzo", "abril", "mayo", "junio", "julio",
        "agosto", "septiembre", "octubre", "noviembre", "diciembre", "setiembre",
        "janeiro", "fevereiro", "março", "maio", "junho", "julho", "setembro", "outubro", "novembro", "dezembro",
        "januar", "jänner", "februar", "märz", "juni", "juli", "oktober", "dezember",
        "printemps", "automne", "hiver", "primavera", "verano", "otoño", "invierno", "verão", "outono", "inverno",
        "frühjahr", "frühling",
    ]

    /// Words that join a day, a month and a year: "12 de mayo de 2019", "13 do setembro", "14th of March".
    static let connectors: Set<String> = ["de", "del", "do", "of", "the"]

    static let weekdays: Set<String> = [
        "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
        "mon", "tue", "wed", "thu", "fri", "sat", "sun",
        "lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche",
        "lunes", "martes", "miércoles", "jueves", "viernes", "sábado", "domingo",
        "segunda-feira", "terça-feira", "quarta-feira", "quinta-feira", "sexta-feira",
        "montag", "dienstag", "mittwoch", "donnerstag", "freitag", "samstag", "sonntag",
    ]

    /// A title with a date after it on the same line ("The Title February 1991 Revision"): the
    /// title without the date and the year. The date must be a month or season and a year
    /// among the last words, with at most one word after it (a version label).
    static func splitTrailingDate(_ title: String) -> (title: String, year: Int)? {
        let words = title.split(separator: " ")
        guard words.count >= 4 else { return nil }
        for index in max(2, words.count - 3)..<(words.count - 1) {
            let month = words[index].lowercased().trimmingCharacters(in: .punctuationCharacters)
            let yearWord = words[index + 1].trimmingCharacters(in: .punctuationCharacters)
            guard periods.contains(month), yearWord.count == 4, let year = Int(yearWord), PublicationYear.range.contains(year),
                  words.count - index - 2 <= 1 else { continue }
            return (words[..<index].joined(separator: " "), year)
        }
        return nil
    }

    /// Whether a line gives a full calendar date among its words — a capitalized month with a
    /// day and a year next to it ("December 13, 2011", "13 December 2011", "12 de mayo de
    /// 2019"): a note's or post's date line, never a subtitle.
    /// "2025-12-23": a year, a month and a day joined by hyphens, as record pages print dates.
    static func isISODate(_ word: String) -> Bool {
        let bytes = Array(word.utf8)
        guard bytes.count == 10, bytes[4] == 0x2D, bytes[7] == 0x2D,
              bytes.enumerated().allSatisfy({ $0.offset == 4 || $0.offset == 7 || UTF8Bytes.isDigit($0.element) }) else { return false }
        let month = Int(bytes[5] - 0x30) * 10 + Int(bytes[6] - 0x30)
        let day = Int(bytes[8] - 0x30) * 10 + Int(bytes[9] - 0x30)
        return (1...12).contains(month) && (1...31).contains(day)
    }

    static func containsCalendarDate(_ text: String) -> Bool {
        let words = text.split { $0 == " " || $0 == "," || $0 == "." }.map { String($0) }
        func number(_ index: Int, _ range: ClosedRange<Int>) -> Bool {
            guard words.indices.contains(index), let value = Int(words[index].trimmingCharacters(in: .punctuationCharacters)) else { return false }
            return range.contains(value)
        }
        func skip(_ index: Int, _ step: Int) -> Int {
            var cursor = index
            while words.indices.contains(cursor), connectors.contains(words[cursor].lowercased()) { cursor += step }
            return cursor
        }
        if words.contains(where: isISODate) { return true }
        for (index, word) in words.enumerated() where word.first?.isLetter == true {
            let bare = word.lowercased().trimmingCharacters(in: .punctuationCharacters)
            guard bare.count >= 3, periods.contains(bare), !["spring", "summer", "fall", "autumn", "winter"].contains(bare) else { continue }
            // English months are capitalized; "may" in lowercase is a verb.
            if word.first?.isLowercase == true, ["may", "mar", "march"].contains(bare) { continue }
            let after = skip(index + 1, 1), before = skip(index - 1, -1)
            if number(after, 1...31), number(skip(after + 1, 1), 1000...2100) { return true }
            if number(before, 1...31), number(after, 1000...2100) { return true }
        }
        return false
    }

    /// A newspaper's dateline: a place of at most four words, capitalized but for the particles
    /// of place names, a comma, then a date alone ("São Paulo, domingo, 14 de junho de 1998",
    /// "Rio de Janeiro, sábado, 3 de maio de 2003", "Berlin, 3. Mai 2004").
    static func isDateline(_ text: String) -> Bool {
        guard let comma = text.firstIndex(of: ",") else { return false }
        let place = text[..<comma].split(separator: " ")
        guard (1...4).contains(place.count), place.first?.first?.isUppercase == true,
              place.allSatisfy({ $0.first?.isUppercase == true || NameParticles.all.contains($0.lowercased()) }) else { return false }
        return isDateOnly(String(text[text.index(after: comma)...]).trimmingCharacters(in: .whitespaces))
    }

    /// At most six words, each a month or season, a weekday, a number or an ordinal, with at
    /// least one month or season.
    static func isDateOnly(_ text: String) -> Bool {
        let words = text.lowercased().split { $0 == " " || $0 == "," || $0 == "/" || $0 == "." || $0 == "-" }
        guard !words.isEmpty, words.count <= 6 else { return false }
        var sawPeriod = false
        for word in words {
            let bare = String(word).trimmingCharacters(in: .punctuationCharacters)
            if periods.contains(bare) { sawPeriod = true; continue }
            if weekdays.contains(bare) || connectors.contains(bare) || bare.isEmpty { continue }
            let digits = bare.prefix { $0.isNumber }
            if !digits.isEmpty && ["", "st", "nd", "rd", "th"].contains(String(bare.dropFirst(digits.count))) { continue }
            return false
        }
        return sawPeriod
    }
}
