import Foundation

/// Place, publisher and volume of a book or report: `Vol. 1. Harmondsworth: Penguin`,
/// `Boulder, CO: Westview Press`, Chicago notes' `New York: Academic Press, 1974`, APA 7's bare
/// `Monthly Review Press`.
enum BookDetails {
    /// "Vol. 1", and a volume of a multivolume work: "Vol. 3 of Civilization and Capitalism",
    /// "Vol. 1, A History of Power from the Beginning to A.D. 1760".
    private nonisolated(unsafe) static let volumeSentence =
        #/^vol(?:ume)?\.?\s*(?<volume>\w+)(?:\s+of\s.*|,\s.*)?$/#.ignoresCase()
    /// A trailing year, "n.d." or page range after the publisher ("…Press, 1974", "…, pp. 9–30").
    private nonisolated(unsafe) static let publisherTail =
        #/,\s*(?:pp?\.\s*(?<pages>[A-Za-z]?\d+(?:\s*[-–—]\s*[A-Za-z]?\d+)?)|\d{4}[a-z]?|n\.\s?d|\[\d{4}\]\s*\d{4})\s*$/#
    /// Sentences that describe the kind of work, not who published it.
    private nonisolated(unsafe) static let genre =
        #/dissertation|thesis|manuscript|paper presented|working paper|unpublished|report no|mimeo|edition|translated|in press|forthcoming/#.ignoresCase()

    static func parse(_ body: String, into details: inout ReferenceDetails) {
        let sentences = ReferenceText.sentences(body)
        for sentence in sentences where sentence.first == "V" || sentence.first == "v" {
            if let m = sentence.firstMatch(of: volumeSentence) { details.volume = String(m.volume) }
        }
        if let imprint = sentences.last(where: { $0.contains(": ") }) {
            placeAndPublisher(imprint, into: &details)
        } else if let last = sentences.last, isBarePublisher(last) {
            details.publisher = last
        }
    }

    /// Reads "Place: Publisher" from an imprint; the part before the colon keeps only its last
    /// sentence ("2nd ed. London" → "London").
    static func placeAndPublisher(_ imprint: String, into details: inout ReferenceDetails) {
        guard let colon = imprint.range(of: ": ", options: .backwards) else { return }
        var place = String(imprint[..<colon.lowerBound])
        if let dot = place.range(of: ". ", options: .backwards),
           !isInitial(place[..<dot.lowerBound]) {
            place = String(place[dot.upperBound...])
        }
        var publisher = String(imprint[colon.upperBound...])
        while publisher.contains(","), let m = publisher.firstMatch(of: publisherTail) {
            if let pages = m.pages, details.pages == nil { details.pages = String(pages) }
            publisher = String(publisher[..<m.range.lowerBound])
        }
        let keepsPeriod = place.hasSuffix(".") && isInitial(place.dropLast())
        details.place = ReferenceText.nonEmpty(place).map { keepsPeriod ? $0 + "." : $0 }
        details.publisher = ReferenceText.nonEmpty(publisher)
    }

    /// "D. C" in "Washington, D. C. Brookings" or "D.C" in "Washington, D.C.": a capital
    /// initial whose period belongs to the place.
    private static func isInitial(_ before: Substring) -> Bool {
        guard let last = before.last, last.isUppercase else { return false }
        let previous = before.dropLast().last
        return previous == nil || previous == " " || previous == "."
    }

    /// APA 7 prints the publisher alone: a capitalized name without digits or genre words.
    private static func isBarePublisher(_ sentence: String) -> Bool {
        guard let first = sentence.first, first.isUppercase, sentence.count <= 80 else { return false }
        guard !sentence.contains(where: \.isNumber), sentence.firstMatch(of: genre) == nil else { return false }
        return sentence.split(separator: " ").count <= 8
    }
}
