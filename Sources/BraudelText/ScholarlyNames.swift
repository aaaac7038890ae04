/// Name particles: the one list every stage uses (bylines, reference entries in cleaning, the
/// citation parsers). Keys are lowercase.
public enum NameParticles {
    /// Particles that belong to a surname: van der Linden, de Souza Santos, Le Roy Ladurie,
    /// Ibn Khaldun, al-Sayyid.
    public static let all: Set<String> = [
        "van", "von", "vom", "der", "den", "de", "da", "di", "du", "la", "le", "lo", "del", "della", "dei",
        "dos", "das", "des", "ten", "ter", "te", "bin", "ibn", "ben", "abu", "al", "el", "zu", "st",
    ]

    /// Words that join the two surnames of one person ("Ortega y Gasset") inside a byline or
    /// a reference entry's name — and that join two authors in a Spanish or Portuguese in-text
    /// citation ("Cardoso y Faletto (1969)"), which is why they are not in `all`.
    public static let joiners: Set<String> = ["y", "e"]
}

/// Headings that open a reference list: the one list the PDF cleaner, the structured readers
/// and the reference-list parser use.
public enum ReferenceHeadings {
    /// Headings that open a reference list wherever they stand alone on a line.
    public static let all: Set<String> = [
        "references", "bibliography", "works cited", "literature cited", "notes and references",
        "references cited", "reference list", "cited references", "select bibliography",
        "selected bibliography", "bibliography and references", "sources and references", "cited works",
        "works consulted",
        // French, Spanish, Portuguese and German
        "bibliographie", "références", "références bibliographiques", "ouvrages cités", "bibliografía",
        "bibliografia", "referencias", "referencias bibliográficas", "obras citadas", "bibliografía citada",
        "referências", "referências bibliográficas", "bibliografia consultada", "literaturverzeichnis", "literatur",
        "quellenverzeichnis", "quellen und literatur",
    ]

    /// Words too common in plain text to open a list there ("Sources" under a table), accepted
    /// only where the format marks the line as a heading (DOCX, ODT, EPUB heading styles).
    public static let markedOnly: Set<String> = ["sources", "literature", "reference"]

    /// The heading's words, lowercased, without a section number ("7.", "VII.") or punctuation:
    /// "7. Bibliography" → "bibliography", "WORKS CITED:" → "works cited".
    public static func key(_ line: String) -> String {
        var words = line.lowercased().split(whereSeparator: { !$0.isLetter }).map(String.init)
        if let first = words.first, words.count > 1, first.allSatisfy({ "ivxl".contains($0) }) { words.removeFirst() }
        return words.joined(separator: " ")
    }

    /// True when `line` is a reference-list heading; `marked` when the format styled it as one.
    public static func isHeading(_ line: String, marked: Bool = false) -> Bool {
        guard line.count <= 48 else { return false }
        let words = key(line)
        return all.contains(words) || (marked && markedOnly.contains(words))
    }
}
