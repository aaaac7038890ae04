import Foundation

/// One line at the top of a document, as the title-block reader sees it: its text without
/// list bullets or Markdown heading marks, and what kind of line it is.
struct HeadLine {
    /// What a line above or around a title can be.
    enum Kind: Equatable {
        case blank
        /// Page furniture of a web or repository copy: page counters ("You are on page 1 of 14",
        /// "1/19"), render and access dates, addresses, lines without letters. Never a title,
        /// never a source of the publication year.
        case furniture
        /// A journal, volume, ISSN, DOI or copyright line: never a title, but it dates the work.
        case publication
        /// A label that sits in the title block but is not the title: "CHAPTER 3", "Part II".
        case label
        /// A label that ends the title block: "Abstract", "Introduction", "Keywords: …".
        case end
        case text
    }

    let text: String
    private(set) var kind: Kind

    init(_ raw: String) {
        var text = Self.stripped(raw)
        // Some PDF extractions set a tab between every word ("La\tTeoría\tMarxista").
        if text.utf8.contains(0x09) {
            text = text.split(whereSeparator: { $0 == "\t" || $0 == " " }).joined(separator: " ")
        }
        self.text = text
        // A paragraph-long line is classified by its start: every shape `kind` looks for (a
        // label, a field, a counter, a date, a notice) shows there, and checking up to 800
        // characters of each of 40 lines made the head a third of all analysis time.
        // `utf8.count` is constant-time, so it screens lines before any character is walked.
        let long = text.utf8.count > 2 * Self.classifiedCharacters
        self.kind = Self.kind(of: long ? String(text.prefix(Self.classifiedCharacters)) : text, long: long)
    }

    /// How many characters of a long line decide its kind.
    static let classifiedCharacters = 240

    /// Without leading list bullets, emoji, quote marks of Markdown, heading hashes and table
    /// bars ("• Writer: …", "# Title", "| Editors: …", "🟩 Introduction"), which a copied web page keeps in front of its
    /// fields.
    static func stripped(_ raw: String) -> String {
        var scalars = Substring(raw).unicodeScalars
        while let first = scalars.first, "•·*#>|▪◦–-=".unicodeScalars.contains(first) || first.properties.isWhitespace
                || first.properties.isEmojiPresentation {
            // A leading hyphen is a bullet only when a space follows ("- Name"), not "-1".
            if first == "-" || first == "–" {
                let rest = scalars.dropFirst()
                guard rest.first == " " else { break }
            }
            scalars = scalars.dropFirst()
        }
        // A MediaWiki heading closes as it opens ("= Title =", "== History ==").
        if raw.trimmingCharacters(in: .whitespaces).hasPrefix("=") {
            while let last = scalars.last, last == "=" || last.properties.isWhitespace { scalars = scalars.dropLast() }
        }
        return String(scalars).trimmingCharacters(in: .whitespaces)
    }

    /// The lines of a head with image captions set aside: a short line right under an image
    /// address ("…/napoleon.jpg" then "Emperor Bonaparte") names the picture, and is neither
    /// title nor byline.
    static func head(_ raw: [String]) -> [HeadLine] {
        let raw = raw.flatMap(ungluedLabel).flatMap(splitPageRange).flatMap(splitTrailingDOI)
        var lines = raw.map(HeadLine.init)
        var previous: Int?
        for index in lines.indices where !lines[index].isBlank {
            if let previous, isImageAddress(lines[previous].text), lines[index].isText, lines[index].text.count <= 80 {
                lines[index].kind = .furniture
            }
            // The item a navigation label links to ("Next Article in Journal" then its title).
            if let previous, lines[index].isText, isNavigationLabel(lines[previous].text.lowercased()) {
                lines[index].kind = .furniture
            }
            // A short line whose value, on the next line, is only a number or a date ("Working
            // Paper Number" then "2022-04", "Publication Date" then "2022") is a field label.
            if let previous, lines[previous].isText, lines[previous].words.count <= 4, lines[index].kind == .furniture,
               lines[index].text.count <= 12, lines[index].text.filter(\.isNumber).count >= 4 {
                lines[previous].kind = .furniture
                // "Publication Date" over "2022": the value dates the work.
                let label = lines[previous].text.lowercased()
                if ["date", "year", "published", "publication"].contains(where: label.contains) { lines[index].kind = .publication }
            }
            previous = index
        }
        markNavigationRuns(raw, in: &lines)
        return lines
    }

    /// A run of three or more bulleted lines at the top ("• Tools and Resources", "• Political
    /// Economy", …) is a site's navigation menu: its short items are neither title nor byline.
    /// Longer items and fields ("• Colin Moreno Department of …", "• Published: …") stay.
    private static func markNavigationRuns(_ raw: [String], in lines: inout [HeadLine]) {
        var items = Set<String>()
        defer {
            // The first section's heading repeats the contents list's first item: the body
            // begins there, and it is no title.
            if !items.isEmpty, let heading = lines.indices.first(where: { lines[$0].isText && items.contains(TitleSelection.key(lines[$0].text)) }) {
                lines[heading].kind = .end
            }
        }
        func bulleted(_ line: String) -> Bool {
            let trimmed = line.trimmingCharacters(in: .whitespaces)
            return ["•", "▪", "◦", "* ", "- "].contains { trimmed.hasPrefix($0) }
        }
        var start = 0
        while start < raw.count {
            guard bulleted(raw[start]) else { start += 1; continue }
            var end = start
            while end + 1 < raw.count, bulleted(raw[end + 1]) { end += 1 }
            if end - start + 1 >= 3 {
                for index in start...end where lines[index].isText && isListItemHeading(lines[index].text) {
                    lines[index].kind = .furniture
                    items.insert(TitleSelection.key(lines[index].text))
                }
            }
            start = end + 1
        }
    }

    /// An item of a menu or a table of contents: a short heading ("Political Economy",
    /// "Frank's Theory of Underdevelopment: An Overview"), not a field ("Writer: …", "Source:
    /// …"), a number or date, or a name with its affiliation.
    private static func isListItemHeading(_ text: String) -> Bool {
        let words = text.split(separator: " ")
        guard words.count <= 12, !text.contains(where: \.isNumber) else { return false }
        if let colon = text.firstIndex(of: ":"), text[..<colon].split(separator: " ").count <= 3,
           fieldLabels.contains(text[..<colon].lowercased()) || Bylines.labelled(text) != nil { return false }
        if words.count > 6, Bylines.parse(text) != nil { return false }
        return true
    }

    /// A section label glued to the end of the line above by extraction ("Ana MorenoSummary",
    /// "… TheoryAbstract") goes back on its own line.
    private static func ungluedLabel(_ raw: String) -> [String] {
        for label in ["Summary", "Abstract", "Keywords", "Introduction"] where raw.hasSuffix(label) {
            let head = raw.dropLast(label.count)
            guard let last = head.last, last.isLowercase, head.contains(" ") else { continue }
            return [String(head), label]
        }
        return [raw]
    }

    /// A title with its DOI on the same line ("The Title - DOI: http://dx.doi.org/10…"): the
    /// title, and the DOI on a line of its own.
    static func splitTrailingDOI(_ raw: String) -> [String] {
        // Screen by bytes for "oi:" before any Foundation search.
        var last2: UInt8 = 0, last1: UInt8 = 0
        let screened = raw.utf8.contains { byte in
            defer { (last2, last1) = (last1, byte) }
            return byte == 0x3A && (last1 | 0x20) == 0x69 && (last2 | 0x20) == 0x6F
        }
        guard screened, raw.utf8.count > 20, let marker = raw.range(of: "DOI:", options: .backwards) ?? raw.range(of: "doi:", options: .backwards),
              marker.lowerBound > raw.startIndex,
              // Only the DOI follows: in a run-together head the title comes after it.
              raw[marker.upperBound...].split(separator: " ").count == 1 else { return [raw] }
        var title = raw[..<marker.lowerBound].trimmingCharacters(in: .whitespaces)
        while let last = title.last, "-–—|,".contains(last) || last == " " { title.removeLast() }
        guard title.split(separator: " ").count >= 3 else { return [raw] }
        return [title, String(raw[marker.lowerBound...])]
    }

    /// A chapter listed with its pages ("6 - The Three Hegemonies  pp. 148-185", "Chapter Title
    /// pp 21–40"): the title without its number, and the page range on a line of its own.
    static func splitPageRange(_ raw: String) -> [String] {
        // Screen by bytes: almost no line holds "pp".
        var previous: UInt8 = 0
        guard raw.utf8.contains(where: { byte in defer { previous = byte }; return byte == 0x70 && previous == 0x70 }) else { return [raw] }
        let text = raw.trimmingCharacters(in: .whitespaces)
        guard let marker = text.range(of: " pp", options: .backwards) else { return [raw] }
        let range = text[marker.upperBound...].drop { $0 == "." || $0 == " " }
        let pieces = range.split(whereSeparator: { $0 == "-" || $0 == "–" }).map { $0.trimmingCharacters(in: .whitespaces) }
        guard pieces.count == 2, pieces.allSatisfy({ !$0.isEmpty && $0.allSatisfy(\.isNumber) }) else { return [raw] }
        var title = Substring(text[..<marker.lowerBound]).trimmingCharacters(in: .whitespaces)[...]
        // The chapter's number before it ("6 - ", "6. ").
        let number = title.prefix { $0.isNumber }
        if (1...3).contains(number.count) {
            let rest = title.dropFirst(number.count).drop { $0 == " " }
            if let mark = rest.first, "-–.:".contains(mark), rest.dropFirst().first == " " {
                title = rest.dropFirst().drop { $0 == " " }
            }
        }
        guard title.split(separator: " ").count >= 3 else { return [raw] }
        return [String(title), "pp. " + pieces.joined(separator: "-")]
    }

    private static func isImageAddress(_ text: String) -> Bool {
        let lower = text.lowercased()
        return !lower.contains(" ") && [".jpg", ".jpeg", ".png", ".gif", ".svg", ".webp"].contains { lower.hasSuffix($0) }
    }

    var isBlank: Bool { kind == .blank }
    var isText: Bool { kind == .text }
    var words: [Substring] { text.split(separator: " ") }

    /// Field labels of catalogue and repository pages ("Source: Review…", "Stable URL: …",
    /// "Accessed: …"): the value is about the copy or the container, never the title.
    static let fieldLabels: Set<String> = [
        "source", "stable url", "url", "accessed", "access details", "published by", "publisher",
        "publication details", "updated", "posted", "uploaded by", "submitted by", "on", "doi",
        "issn", "isbn", "citation", "cite this article", "to cite this article", "received", "accepted",
        "revised", "published", "published online", "first published", "first published on",
        "editors", "editor", "edited by", "series", "volume", "issue", "pages", "license", "licence",
        "journal", "tags", "categories", "category", "filed under", "share", "download", "views",
        "language", "subjects", "type", "item type", "identification number", "official url", "date",
        "reviewed by",
    ]

    /// Labels that end the title block when a line begins with them ("Abstract: …",
    /// "ABSTRACT This article …").
    static let endLabels = [
        "abstract", "summary", "résumé", "resumen", "resumo", "sinopsis", "synopsis", "riassunto", "zusammenfassung",
        "keywords", "key words", "palabras clave", "palavras-chave", "mots-clés",
    ]
    /// Headings that end the title block when they stand alone ("1 Introduction"), but may
    /// open a title ("Introduction to World-Systems Analysis").
    static let endHeadings = ["introduction", "contents", "table of contents", "preface", "acknowledgements", "acknowledgments"]

    private static func kind(of text: String, long: Bool) -> Kind {
        if text.isEmpty { return .blank }
        let lower = text.lowercased()
        // A section number before the label ("1 Introduction", "I. INTRODUCTION") changes nothing.
        var label = Substring(lower)
        if label.first?.isNumber == true { label = label.drop { $0.isNumber || $0 == "." || $0 == " " } }
        else if label.hasPrefix("i. ") { label = label.dropFirst(3) }
        if endLabels.contains(where: { label == $0 || label.hasPrefix($0 + ":") || label.hasPrefix($0 + ".")
            || (label.hasPrefix($0 + " ") && (text.count > 60 || label.split(separator: " ").count <= 3)
                && !isLabelOfTitle(label.dropFirst($0.count + 1))) })
            || endHeadings.contains(where: { label == $0 || label == $0 + "." || label == $0 + ":" }) {
            return .end
        }
        if !text.unicodeScalars.contains(where: UTF8Bytes.isLetter) { return .furniture }
        // A journal line that ends with its page ("Bulletin, No. 1, 2021 Page 15") dates the work.
        if isPageCounter(lower) && !isAccessLine(lower) && TitleBlockParser.isFurniture(text) { return .publication }
        if isPageCounter(lower) || startsWithNumericDate(text) || isAddress(text) || isAccessLine(lower) || isLogo(lower)
            || isInterfaceLine(text) || isFileName(text) || isNavigationLabel(lower) || isWikiTagline(lower) { return .furniture }
        // A licence notice on a line of its own is furniture; one that opens a run-together
        // head ("… licensed under … This journal … Title Name …") goes on to the title.
        if !long, isLicenceLine(lower) { return .furniture }
        if isRunningHeader(text) { return .furniture }
        if let colon = lower.firstIndex(of: ":"), fieldLabels.contains(String(lower[..<colon]).trimmingCharacters(in: .whitespaces)) {
            return isDating(lower) ? .publication : .furniture
        }
        // Any other short label whose value is a date ("Published in print: 01 March 2010").
        if let colon = lower.firstIndex(of: ":"), lower[..<colon].split(separator: " ").count <= 4,
           DateLine.isDateOnly(String(text[text.index(after: colon)...]).trimmingCharacters(in: .whitespaces)) {
            return isAccessLine(lower) ? .furniture : .publication
        }
        if TitleBlockParser.isFurniture(text) { return .publication }
        if isSectionLabel(lower) { return .label }
        if DateLine.isDateOnly(text) || DateLine.isDateline(text) { return .publication }
        return .text
    }

    /// Prepositions after which a label names what the page holds ("Resumen de <title>",
    /// "Abstract of <title>"): the line is the page's heading, not the start of the abstract.
    static let labelPrepositions: Set<Substring> = ["de", "of", "du", "do", "da", "des", "del", "von", "di"]

    /// Whether the words after a label start with one of ``labelPrepositions``.
    private static func isLabelOfTitle(_ rest: Substring) -> Bool {
        guard let word = rest.split(separator: " ", maxSplits: 1).first else { return false }
        return labelPrepositions.contains(word)
    }

    /// A page heading made of an abstract label and the title ("Resumen de Mareas del sur"):
    /// the title alone.
    static func withoutLabelOfTitle(_ title: String) -> String {
        let words = title.split(separator: " ", maxSplits: 2)
        guard words.count == 3, labelPrepositions.contains(words[1]),
              endLabels.contains(words[0].lowercased()), words[2].first?.isUppercase == true else { return title }
        return String(words[2])
    }

    /// Fields whose value dates the work ("Published: 3 May 2004", "Source: Review …, 1986").
    private static func isDating(_ lower: String) -> Bool {
        ["source", "published", "first published", "published online", "received", "accepted", "revised",
         "journal", "citation", "volume", "issue"].contains { lower.hasPrefix($0 + ":") || lower.hasPrefix($0 + " ") }
    }

    /// "You are on page 1 of 14", "Sie sind auf Seite 1von 33", "Página 1 de 41", "Page 3",
    /// "Total Page:16": a number, a short word and a number, or "page" before a number, on a
    /// short line. The language of the viewer does not matter, only the shape.
    static func isPageCounter(_ lower: String) -> Bool {
        let words = lower.split(separator: " ")
        guard words.count <= 8 else { return false }
        let scalars = Array(lower.unicodeScalars)
        var index = 0
        while index < scalars.count {
            guard isDigit(scalars[index]) else { index += 1; continue }
            var cursor = index
            while cursor < scalars.count && isDigit(scalars[cursor]) { cursor += 1 }
            // digits, optional space, 1–4 letters, a space, digits
            var letters = cursor
            while letters < scalars.count && scalars[letters] == " " { letters += 1 }
            let wordStart = letters
            while letters < scalars.count && UTF8Bytes.isLetter(scalars[letters]) { letters += 1 }
            // A viewer may pad the counter with extra spaces ("1  sur  207").
            var number = letters
            while number < scalars.count && scalars[number] == " " { number += 1 }
            if (1...4).contains(letters - wordStart), number > letters, number < scalars.count, isDigit(scalars[number]) {
                return true
            }
            index = cursor
        }
        for (position, word) in words.enumerated() where ["page", "seite", "página", "pagina"].contains(where: { word.hasSuffix($0) || word.hasPrefix($0 + ":") }) {
            if word.contains(where: \.isNumber) { return true }
            if position + 1 < words.count, words[position + 1].first?.isNumber == true { return true }
        }
        return false
    }

    /// "7/27/2019 Chase-Dunn: Semi Periphery", "2019-07-27 …": a viewer's render date.
    private static func startsWithNumericDate(_ text: String) -> Bool {
        guard let first = text.split(separator: " ").first else { return false }
        let digits = first.filter(\.isNumber).count
        return digits >= 4 && first.allSatisfy { $0.isNumber || $0 == "/" || $0 == "-" || $0 == "." }
            && first.contains(where: { $0 == "/" || $0 == "-" || $0 == "." })
    }

    /// A web address or a bare host and path ("brill.nl/pgdt", "jwsr.org"): one token, no
    /// spaces, with a dot or slash between letters.
    private static func isAddress(_ text: String) -> Bool {
        guard !text.contains(" ") else { return false }
        return text.contains("/") || (text.contains(".") && !text.hasSuffix(".") && text.lowercased() == text)
    }

    /// Access and download stamps of repository copies: the date of the copy, not of the work.
    private static func isAccessLine(_ lower: String) -> Bool {
        ["downloaded", "accessed", "this content", "all use subject", "retrieved", "uploaded by", "submitted by",
         "access details", "powered by", "skip to", "sign in", "log in", "cookies", "embed size", "citation preview",
         "top of page", "read more", "share this", "publication details"]
            .contains { lower.hasPrefix($0) } || lower.contains("downloaded from") || lower.contains("downloaded by")
            || lower.contains("uploaded by")
    }

    /// The licence a copy is published under ("This work is licensed under a Creative Commons
    /// …", "CC BY-NC 4.0 — …"): about the copy, never its title or byline.
    private static func isLicenceLine(_ lower: String) -> Bool {
        lower.hasPrefix("cc by") || lower.contains("creative commons") || lower.contains("licensed under")
    }

    /// Words of a web page's own controls and navigation, which are closed vocabulary: a short
    /// line made of nothing else ("Jump to content", "Top Menu", "SHOW MORE", "ArticlePDF
    /// Available", "Download") is interface, not text.
    static let interfaceWords: Set<String> = [
        "jump", "skip", "to", "content", "main", "top", "menu", "banner", "show", "more", "less", "hide",
        "download", "downloads", "share", "print", "cite", "pdf", "html", "epub", "full", "text", "view",
        "views", "article", "available", "posts", "post", "search", "home", "login", "log", "in", "sign",
        "subscribe", "register", "navigation", "toggle", "close", "open", "next", "previous", "back",
        "page", "of", "the", "recommend", "recommends", "like", "comment", "comments", "save", "follow",
        "read", "listen", "email", "export", "citation", "citations", "metrics", "related", "articles",
        "documents", "document", "details", "info", "information", "abstract", "figures", "and", "references",
        "preview", "embed", "size", "px", "go", "here", "click", "upload", "sections", "tools", "contents",
        "collection", "collections", "shares", "recommended", "advertisement", "survey", "cookies", "summary", "logo", "reads", "bibliographic", "description",
        // The same controls on French, Spanish, Portuguese and German pages ("Aller à la navigation
        // Aller à la recherche", "Zur Navigation springen", "Nenhum resultado encontrado").
        "aller", "à", "la", "recherche", "accueil", "télécharger", "imprimer", "partager", "citer", "sommaire",
        "fermer", "ouvrir", "ir", "a", "navegación", "búsqueda", "buscar", "inicio", "descargar", "compartir",
        "para", "navegação", "pesquisa", "busca", "início", "baixar", "compartilhar", "acessibilidade",
        "reportar", "erro", "nenhum", "resultado", "encontrado", "zur", "springen", "suche", "startseite",
        "drucken", "teilen", "herunterladen", "inhalt", "menü",
    ]

    /// A wiki's tagline under its article title ("From Wikipedia, the free encyclopedia", "Un
    /// article de Wikipédia, l'encyclopédie libre", "aus Wikipedia, der freien Enzyklopädie").
    private static func isWikiTagline(_ lower: String) -> Bool {
        (lower.contains("wikipedia") || lower.contains("wikipédia"))
            && (lower.contains("encyclop") || lower.contains("enciclop") || lower.contains("enzyklop")) && lower.count <= 80
    }

    /// At most eight words, all interface words (glued ones such as "ArticlePDF" split first).
    private static func isInterfaceLine(_ text: String) -> Bool {
        let pieces = text.split(whereSeparator: { !$0.isLetter && !$0.isNumber })
        // Splitting at case changes only adds words: more than eight pieces is never interface
        // (a control repeated for two targets, "Aller à la navigation Aller à la recherche").
        guard pieces.count <= 8 else { return false }
        var words = [String]()
        for word in pieces {
            var current = ""
            for character in word {
                if character.isUppercase, let last = current.last, last.isLowercase { words.append(current); current = "" }
                current.append(character)
            }
            words.append(current)
        }
        guard !words.isEmpty, words.count <= 8 else { return false }
        // "and" alone between two name blocks is text.
        guard words.contains(where: { !["and", "of", "the", "to", "in"].contains($0.lowercased()) }) else { return false }
        return words.allSatisfy { interfaceWords.contains($0.lowercased()) || $0.allSatisfy(\.isNumber) }
    }

    /// A site's logo named by its image text ("Logo Studenta", "Acme Press logo").
    private static func isLogo(_ lower: String) -> Bool {
        guard lower.hasPrefix("logo") || lower.hasSuffix("logo") else { return false }
        let words = lower.split(separator: " ")
        return words.count <= 6 && (words.first == "logo" || words.last == "logo")
    }

    /// An uploaded file's name shown as the copy's heading ("CONICET_Digital_Nro 3f2a…_B",
    /// "final-draft_v2.pdf"): a short line with a word joined by underscores, a file extension or
    /// a long hexadecimal identifier. Titles are set with spaces, never underscores.
    static func isFileName(_ text: String) -> Bool {
        guard text.utf8.count <= 100,
              text.utf8.contains(where: { $0 == 0x5F || $0 == 0x2E || ($0 >= 0x30 && $0 <= 0x39) }) else { return false }
        let words = text.split(separator: " ")
        guard words.count <= 4 else { return false }
        return words.contains { word in
            if word.contains("_") { return true }
            let lower = word.lowercased()
            if [".pdf", ".doc", ".docx", ".txt", ".odt", ".epub"].contains(where: lower.hasSuffix) { return true }
            let hex = lower.filter { $0 != "-" }
            return hex.count >= 16 && hex.allSatisfy(\.isHexDigit) && hex.contains(where: \.isNumber) && hex.contains(where: \.isLetter)
        }
    }

    /// A link label of a page's navigation between items ("Next Article in Journal", "Previous
    /// Article in Special Issue", "Older post"): the next line is the linked item's title.
    static func isNavigationLabel(_ lower: String) -> Bool {
        guard let first = lower.utf8.first, first == 0x6E || first == 0x70 || first == 0x6F else { return false }  // n, p, o
        let words = lower.split(separator: " ")
        guard (2...6).contains(words.count), ["next", "previous", "prev", "older", "newer"].contains(words[0]),
              ["article", "articles", "post", "posts", "chapter", "entry", "story", "item", "paper", "issue"].contains(words[1]) else {
            return false
        }
        return words.dropFirst(2).allSatisfy { ["in", "this", "the", "journal", "special", "issue", "section", "series", "volume"].contains($0) }
    }

    /// A printed page's running header: authors or journal and short title set apart by a
    /// bullet or bar, with the page number at an end ("Moreno and Lee • Long Waves 65",
    /// "12 | Journal of …").
    private static func isRunningHeader(_ text: String) -> Bool {
        guard [" • ", " | ", " · "].contains(where: text.contains) else { return false }
        let words = text.split(separator: " ")
        guard words.count <= 14, let first = words.first, let last = words.last else { return false }
        // "Working Paper · December 2016": a type and a date, not a page number.
        if words.count >= 2, DateLine.periods.contains(words[words.count - 2].lowercased()) { return false }
        return (last.count <= 4 && last.allSatisfy(\.isNumber)) || (first.count <= 4 && first.allSatisfy(\.isNumber))
    }

    /// "CHAPTER 3", "Chapter 7", "Part II", "chapter  7": a numbered part label above a title.
    private static func isSectionLabel(_ lower: String) -> Bool {
        let words = lower.split(separator: " ")
        guard words.count == 2, ["chapter", "part", "section", "chapitre", "capítulo", "lecture", "book"].contains(String(words[0])) else {
            return false
        }
        return words[1].allSatisfy { $0.isNumber || "ivxlc.".contains($0) }
    }

    private static func isDigit(_ scalar: Unicode.Scalar) -> Bool { scalar.value >= 0x30 && scalar.value <= 0x39 }
}
